import { Stack, Switch, Text } from "@mantine/core";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { notifyFailure, notifySuccess } from "../../lib/notify.js";
import { useSaveTaskSettings, useTaskSettings } from "./task-settings-api.js";

const LABEL = "A task with an unfinished checklist cannot be marked done";

/** How the company's tasks behave: switched by the Owner and Admins, shown to the others. */
export function TaskSettingsSection({ canManage }: { canManage: boolean }) {
  const settings = useTaskSettings();
  const save = useSaveTaskSettings();
  if (settings.isPending) return <LoadingState label="Loading the task settings…" />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  const checked = save.isPending ? save.variables.checklistBeforeDone : settings.data.checklistBeforeDone;
  return (
    <Stack gap={4}>
      <Switch
        label={LABEL}
        description="Every item must be ticked first: on the task's page, in My tasks and in bulk."
        checked={checked}
        disabled={!canManage || save.isPending}
        onChange={(event) =>
          save.mutate(
            { checklistBeforeDone: event.currentTarget.checked },
            {
              onSuccess: (saved) =>
                notifySuccess(
                  saved.checklistBeforeDone
                    ? "Tasks need their checklist finished before they are done."
                    : "Tasks can be marked done with an unfinished checklist.",
                ),
              onError: (error) => notifyFailure(error, "The task settings were not saved"),
            },
          )
        }
      />
      {!canManage && (
        <Text size="xs" c="dimmed" mt={4}>
          Only the Company Owner or a Company Admin can change the task settings.
        </Text>
      )}
    </Stack>
  );
}
