import { Anchor, Button, FileInput, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { RefusedRow, UploadWorkflowTemplateResult } from "../../../shared/api/workflows.js";
import { FormError } from "../../components/FormError.js";
import { DownloadIcon } from "../../components/icons.js";
import { ApiError, errorMessage } from "../../lib/api.js";
import { useUploadWorkflowTemplate } from "./workflows-api.js";

/**
 * A 400 for a file with no row Kontor could take carries the refused rows in `details.refused`
 * (or, as field errors of `file`, "Row 3: …").
 */
function refusedRowsOf(error: unknown): RefusedRow[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { refused?: unknown } | unknown[] | undefined;
  if (Array.isArray(details)) {
    return details.flatMap((item: unknown) => {
      const message = (item as { message?: unknown })?.message;
      const m = typeof message === "string" ? /^Row (\d+): (.*)$/s.exec(message) : null;
      return m ? [{ row: Number(m[1]), reason: m[2] ?? "" }] : [];
    });
  }
  const rows = Array.isArray(details?.refused) ? (details.refused as unknown[]) : [];
  return rows.filter(
    (r): r is RefusedRow =>
      typeof (r as RefusedRow)?.row === "number" && typeof (r as RefusedRow)?.reason === "string",
  );
}

function RefusedRows({ rows }: { rows: RefusedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <Stack gap={4} role="region" aria-label="Rows not taken">
      <Text size="sm" fw={600}>
        {rows.length === 1 ? "1 row was not taken:" : `${rows.length} rows were not taken:`}
      </Text>
      <List size="sm" spacing={2}>
        {rows.map((r) => (
          <List.Item key={r.row}>
            <Text span fw={600} size="sm">
              Row {r.row}:
            </Text>{" "}
            {r.reason}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function UploadReport({ result, onClose }: { result: UploadWorkflowTemplateResult; onClose: () => void }) {
  const { template, refused } = result;
  return (
    <Stack gap="md">
      <Text size="sm" role="status">
        <Text span fw={600}>
          {template.name}
        </Text>{" "}
        is added with {template.tasks.length} {template.tasks.length === 1 ? "task" : "tasks"}
        {refused.length === 0 ? ": every row was taken." : "."}
      </Text>
      <RefusedRows rows={refused} />
      {refused.length > 0 && (
        <Text size="sm" c="dimmed">
          Add the missing tasks in the template's editor, or fix the rows and upload the file again.
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        <Button component={Link} to={`/tasks/templates/${template.id}`}>
          Open {template.name}
        </Button>
      </Group>
    </Stack>
  );
}

/** A template from a spreadsheet: one row per task; the rows Kontor could not take are listed. */
export function UploadTemplateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const upload = useUploadWorkflowTemplate();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);

  function close() {
    if (upload.isPending) return;
    upload.reset();
    setFile(null);
    setName("");
    setFileError(null);
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setFileError("Choose a CSV or Excel (.xlsx) file.");
    if (file.size > 1024 * 1024)
      return setFileError("The file is larger than 1 MB: a template fits in far less.");
    upload.mutate({ file, name });
  }

  const failed = upload.error;
  const refused = refusedRowsOf(failed);
  const fieldError = failed instanceof ApiError ? failed.fieldErrors.file : undefined;
  return (
    <Modal opened={opened} onClose={close} title="Upload a workflow template" size="lg">
      {upload.data ? (
        <UploadReport result={upload.data} onClose={close} />
      ) : (
        <form onSubmit={submit} noValidate aria-label="Upload a workflow template">
          <Stack gap="md">
            <Text size="sm">
              One row per task, under a header row: Title, Topic, Assignee, Estimate, Checklist, Recurrence,
              Month, Due, Description. Only Title is required.{" "}
              <Anchor href="/workflow-template-example.csv" download>
                <Group gap={4} component="span" display="inline-flex">
                  <DownloadIcon size={14} />
                  Download an example
                </Group>
              </Anchor>
            </Text>
            <FileInput
              label="File"
              placeholder="Choose a .csv or .xlsx file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(f) => {
                setFile(f);
                setFileError(null);
                upload.reset();
                if (f && !name) setName(f.name.replace(/\.(csv|xlsx)$/i, ""));
              }}
              error={fileError ?? fieldError}
              required
              clearable
              data-autofocus
            />
            <TextInput
              label="Template name"
              description="Empty: the file's name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              autoComplete="off"
            />
            {failed && !fieldError && <FormError message={errorMessage(failed)} />}
            <RefusedRows rows={refused} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={upload.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={upload.isPending}>
                Upload
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
