import { Button, Checkbox, Group, TextInput } from "@mantine/core";
import { CreateTopicBody } from "../../../shared/api/topics.js";
import { FormError } from "../../components/FormError.js";
import { notifySuccess } from "../../lib/notify.js";
import { useForm } from "../../lib/use-form.js";
import { useCreateTopic } from "./topics-api.js";

/** One line: a new topic's name, whether its time is billable, Add. */
export function AddTopicForm() {
  const create = useCreateTopic();
  const form = useForm({
    initialValues: { name: "", billable: "true" },
    schema: CreateTopicBody.pick({ name: true }),
    onSubmit: async ({ name }) => {
      const topic = await create.mutateAsync({ name, billable: form.values.billable === "true" });
      notifySuccess(`${topic.name} is added.`);
      form.reset();
    },
  });
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          aria-label="New topic"
          placeholder="New topic, e.g. Stock count"
          maw={320}
          style={{ flex: 1 }}
          {...form.field("name")}
        />
        <Checkbox
          mt={8}
          label="Billable"
          checked={form.values.billable === "true"}
          onChange={(event) => {
            const billable = event.currentTarget.checked ? "true" : "false";
            form.setValues((current) => ({ ...current, billable }));
          }}
        />
        <Button type="submit" variant="default" loading={form.submitting}>
          Add topic
        </Button>
      </Group>
      <FormError message={form.formError} />
    </form>
  );
}
