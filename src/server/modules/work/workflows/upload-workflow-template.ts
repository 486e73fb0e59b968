import type { UploadWorkflowTemplateResult } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { topics } from "../../../db/schema/topics.js";
import { users } from "../../../db/schema/users.js";
import { AppError } from "../../../lib/errors.js";
import { createWorkflowTemplate } from "./create-workflow-template.js";
import { MAX_TEMPLATE_FILE_BYTES, parseTemplateFile } from "./parse-template-file.js";

export interface UploadWorkflowTemplateInput {
  bytes: Uint8Array;
  fileName: string;
  /** The template's name; the file's name (without its extension) by default. */
  name?: string;
  now: Date;
}

/**
 * A new template from a CSV or XLSX file, one row per task. The rows Kontor can take make the
 * template; the others are reported with their row number and why. No row taken: nothing is made.
 */
export async function uploadWorkflowTemplate(
  scope: CompanyScope,
  { bytes, fileName, name, now }: UploadWorkflowTemplateInput,
): Promise<UploadWorkflowTemplateResult> {
  if (bytes.byteLength > MAX_TEMPLATE_FILE_BYTES) {
    const message = "The file is larger than 1 MB: a template holds at most 50 tasks.";
    throw new AppError("validation_failed", message, [{ field: "file", message }]);
  }
  const [topicRows, memberRows] = await Promise.all([
    scope.db
      .select({ id: topics.id, name: topics.name, archivedAt: topics.archivedAt })
      .from(topics)
      .where(scope.where(topics)),
    scope.db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(scope.where(users)),
  ]);
  const parsed = parseTemplateFile({
    bytes,
    fileName,
    topics: topicRows.map((t) => ({ id: t.id, name: t.name, archived: t.archivedAt !== null })),
    members: memberRows,
  });
  if (parsed.tasks.length === 0) {
    const message = "No row of the file could be taken: see why for each row.";
    const details = [
      { field: "file", message },
      ...parsed.refused.map((r) => ({ field: "file", message: `Row ${r.row}: ${r.reason}` })),
    ];
    throw new AppError("validation_failed", message, details);
  }
  const fallback = fileName.replace(/\.[^.]+$/, "").trim() || "Uploaded template";
  const template = await createWorkflowTemplate(scope, {
    template: { name: (name?.trim() || fallback).slice(0, 200), tasks: parsed.tasks },
    now,
  });
  return { template, refused: parsed.refused };
}
