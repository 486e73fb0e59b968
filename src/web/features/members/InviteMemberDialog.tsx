import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { type CreatedInvite, InviteBody } from "../../../shared/api/members.js";
import { ROLE_LABELS } from "../../../shared/roles.js";
import { CopyField } from "../../components/CopyField.js";
import { FormError } from "../../components/FormError.js";
import { CheckIcon } from "../../components/icons.js";
import { formatDate } from "../../lib/dates.js";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.js";
import { useForm } from "../../lib/use-form.js";
import { useInviteMember } from "./members-api.js";

const ROLE_CHOICES = [
  { value: "member", description: "Does the client work." },
  { value: "admin", description: "Also runs the company's settings, apps and team." },
] as const;

function InviteForm({
  onCreated,
  onCancel,
}: {
  onCreated: (c: CreatedInvite) => void;
  onCancel: () => void;
}) {
  const invite = useInviteMember();
  const emailInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { email: "", role: "member" },
    schema: InviteBody,
    onSubmit: async (input) => onCreated(await invite.mutateAsync(input)),
  });
  return (
    <form ref={form.formRef} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          ref={emailInput}
          label="E-mail"
          description="The address they will log in with"
          type="email"
          autoComplete="off"
          data-autofocus
          required
          withAsterisk={false}
          {...form.field("email")}
        />
        <Radio.Group
          label="Role"
          value={form.values.role}
          onChange={(role) => form.setValues((values) => ({ ...values, role }))}
          error={form.errors.role}
        >
          <Stack gap="xs" mt={6}>
            {ROLE_CHOICES.map((choice) => (
              <Radio
                key={choice.value}
                value={choice.value}
                label={ROLE_LABELS[choice.value]}
                description={choice.description}
              />
            ))}
          </Stack>
        </Radio.Group>
        <FormError message={form.formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Create invite link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function InviteCreated({
  created,
  onAgain,
  onDone,
}: {
  created: CreatedInvite;
  onAgain: () => void;
  onDone: () => void;
}) {
  const { invite, link, delivery } = created;
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<CheckIcon />} title="Invite created">
        {invite.email} is invited as a {ROLE_LABELS[invite.role]}.
        {delivery === "smtp" && " We are e-mailing them the link."}
      </Alert>
      <CopyField label="Invite link" value={link} focusCopyButton />
      <Text size="sm" c="dimmed">
        {delivery === "smtp"
          ? "You can also "
          : "Kontor has no mail server, so the invite mail waits in the Outbox (Settings → Outbox): "}
        send this link to {invite.email} yourself, and to no one else, since whoever opens it joins as a{" "}
        {ROLE_LABELS[invite.role]}. It works once and expires on {formatDate(invite.expiresAt)}.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onAgain}>
          Invite someone else
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

/** Invite a person by e-mail with a role; shows the link they open to join. */
export function InviteMemberDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  // A new form each time the dialog opens or "Invite someone else" is chosen.
  const [formKey, setFormKey] = useState(0);

  function close() {
    onClose();
    setCreated(null);
    setFormKey((k) => k + 1);
  }

  return (
    <Modal opened={opened} onClose={close} title="Invite a member" centered size="lg">
      {created ? (
        <InviteCreated
          created={created}
          onDone={close}
          onAgain={() => {
            setCreated(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <InviteForm key={formKey} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}
