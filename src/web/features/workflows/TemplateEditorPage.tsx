import { Alert, Anchor, Badge, Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { WorkflowTemplate } from "../../../shared/api/workflows.js";
import { EmptyState } from "../../components/EmptyState.js";
import { FormError } from "../../components/FormError.js";
import { ArrowLeftIcon, CheckIcon, InfoIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useCurrentUser } from "../auth/current-user.js";
import { TaskListEditor } from "./TaskListEditor.js";
import { checkTemplateDraft, newTaskDraft, type TemplateDraft, taskDraft } from "./task-draft.js";
import { useTaskErrors } from "./use-task-errors.js";
import {
  useCloneWorkflowTemplate,
  useCreateWorkflowTemplate,
  useUpdateWorkflowTemplate,
  useWorkflowTemplate,
} from "./workflows-api.js";

const clientsWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;

function BackToTemplates() {
  return (
    <Anchor component={Link} to="/tasks/templates" size="sm" mb="xs" display="inline-block">
      <Group gap={4} wrap="nowrap">
        <ArrowLeftIcon size={14} />
        Workflow templates
      </Group>
    </Anchor>
  );
}

function initialDraft(template: WorkflowTemplate | null): TemplateDraft {
  if (!template) return { name: "", description: "", tasks: [newTaskDraft()] };
  return {
    name: template.name,
    description: template.description ?? "",
    tasks: template.tasks.map(taskDraft),
  };
}

/** The editor's form: a new template (template null) or an existing one. */
function TemplateForm({
  template,
  readOnly,
  canClone,
}: {
  template: WorkflowTemplate | null;
  readOnly: boolean;
  /** Owner and Admins clone templates; Members only read them. */
  canClone: boolean;
}) {
  const navigate = useNavigate();
  const create = useCreateWorkflowTemplate();
  const update = useUpdateWorkflowTemplate();
  const clone = useCloneWorkflowTemplate();
  const [draft, setDraft] = useState(() => initialDraft(template));
  const form = useTaskErrors();
  const saving = create.isPending || update.isPending;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving || readOnly) return;
    const checked = checkTemplateDraft(draft);
    if (checked.errors) return form.showInvalid(checked.errors);
    try {
      const saved = template
        ? await update.mutateAsync({ id: template.id, body: checked.body })
        : await create.mutateAsync(checked.body);
      notifySuccess(template ? `${saved.name} is saved.` : `${saved.name} is added.`);
      navigate("/tasks/templates");
    } catch (error) {
      form.showFailure(error);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-label="Workflow template">
      <Stack gap="lg">
        {template?.builtIn && (
          <Alert color="blue" variant="light" icon={<InfoIcon />} role="note">
            This template comes with Kontor: it can be hidden or cloned, not changed. Clone it to make your
            own.
          </Alert>
        )}
        {template && !template.builtIn && template.clientCount > 0 && (
          <Alert color="blue" variant="light" icon={<InfoIcon />} role="note">
            {clientsWord(template.clientCount)} follow this template: saving changes their future tasks (not
            those already created, nor a client's own copy).
          </Alert>
        )}
        <Group gap="md" align="flex-start" wrap="wrap">
          <TextInput
            label="Name"
            required
            autoComplete="off"
            data-autofocus
            readOnly={readOnly}
            value={draft.name}
            onChange={(e) => {
              setDraft({ ...draft, name: e.currentTarget.value });
              form.clear("name");
            }}
            error={form.errors.name}
            aria-invalid={form.errors.name ? true : undefined}
            w={{ base: "100%", sm: 360 }}
          />
          <Textarea
            label="Description"
            autosize
            minRows={1}
            readOnly={readOnly}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            error={form.errors.description}
            style={{ flex: "1 1 320px" }}
          />
        </Group>
        <TaskListEditor
          tasks={draft.tasks}
          onChange={(tasks) => {
            form.tasksChanged(draft.tasks, tasks);
            setDraft({ ...draft, tasks });
          }}
          errors={form.errors}
          readOnly={readOnly}
        />
        <FormError message={form.problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" component={Link} to="/tasks/templates" disabled={saving}>
            {readOnly ? "Back" : "Cancel"}
          </Button>
          {template && canClone && (
            <Button
              variant={readOnly ? "filled" : "default"}
              loading={clone.isPending}
              onClick={() =>
                clone.mutate(template.id, {
                  onSuccess: (copy) => {
                    notifySuccess(`${copy.name} is yours to change.`);
                    navigate(`/tasks/templates/${copy.id}`);
                  },
                  onError: (error) => notifyFailure(error, "The template could not be cloned"),
                })
              }
            >
              Clone
            </Button>
          )}
          {!readOnly && (
            <Button type="submit" loading={saving} leftSection={<CheckIcon size={16} />}>
              {template ? "Save template" : "Add template"}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Tasks → Workflow templates → a template: its tasks, their recurrence and due-date rules. */
export function TemplateEditorPage() {
  const { id } = useParams();
  const isNew = id === undefined || id === "new";
  const template = useWorkflowTemplate(isNew ? undefined : id);
  const { canManage } = useCurrentUser();
  if (!isNew && template.isPending) return <LoadingState label="Loading the template…" />;
  if (!isNew && template.isError) {
    const missing = template.error instanceof ApiError && [400, 404].includes(template.error.status);
    return (
      <>
        <BackToTemplates />
        {missing ? (
          <EmptyState
            icon={<InfoIcon />}
            title="No such template"
            description="There is no workflow template at this address in your company: it may have been deleted."
            action={
              <Button component={Link} to="/tasks/templates" variant="default">
                Go to the templates
              </Button>
            }
          />
        ) : (
          <ErrorState
            error={template.error}
            title={errorMessage(template.error)}
            onRetry={() => template.refetch()}
          />
        )}
      </>
    );
  }
  const data = isNew ? null : (template.data ?? null);
  const readOnly = !canManage || (data?.builtIn ?? false);
  return (
    <>
      <BackToTemplates />
      <PageHeader
        title={data ? data.name : "New workflow template"}
        description={
          <Group gap="xs" component="span">
            {data?.builtIn && (
              <Badge variant="light" component="span">
                Built-in
              </Badge>
            )}
            {data?.hidden && (
              <Badge variant="light" color="gray" component="span">
                Hidden
              </Badge>
            )}
            <span>
              {data
                ? `${data.tasks.length} ${data.tasks.length === 1 ? "task" : "tasks"} · used by ${clientsWord(data.clientCount)}`
                : "Tasks that come back every week, month, quarter or year, each with its due-date rule."}
            </span>
          </Group>
        }
      />
      {!canManage && (
        <Alert color="gray" variant="light" icon={<InfoIcon />} mb="md" role="note">
          The Company Owner or an Admin changes workflow templates.
        </Alert>
      )}
      <TemplateForm key={data?.id ?? "new"} template={data} readOnly={readOnly} canClone={canManage} />
    </>
  );
}
