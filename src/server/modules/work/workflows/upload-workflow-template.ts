import type { UploadWorkflowTemplateResult } from "../../../../shared/api/workflows.js";
import type { CompanyScope } from "../../../db/company-scope.js";
import { AppError } from "../../../lib/errors.js";
import { listMembers } from "../../members/list-members.js";
import { listTopics } from "../topics/list-topics.js";
import { createWorkflowTemplate } from "./create-workflow-template.js";
import { parseTemplateFile } from "./parse-template-file.js";

export interface UploadWorkflowTemplateInput {
  bytes: Uint8Array;
  fileName: string;
  /** The template's name; without it, the file's name. */
  name?: string | undefined;
  now: Date;
}

/**
 * A new template from a spreadsheet: the rows Kontor can read become its tasks, the others are
 * reported with their row numbers. A file with no row it can take changes nothing: 400 with the
 * refused rows in `details.refused`.
 */
export async function uploadWorkflowTemplate(
  scope: CompanyScope,
  { bytes, fileName, name, now }: UploadWorkflowTemplateInput,
): Promise<UploadWorkflowTemplateResult> {
  const [topicList, memberList] = await Promise.all([
    listTopics(scope, { includeArchived: false }),
    listMembers(scope, now),
  ]);
  const { tasks, refused } = parseTemplateFile({
    bytes,
    fileName,
    topics: topicList.items,
    members: memberList.members,
  });
  if (tasks.length === 0) {
    throw new AppError(
      "validation_failed",
      refused.length === 0
        ? "The file has a header row but no task under it: add one row per task."
        : "No row of the file could be taken: see why under each row number, fix them and upload it again.",
      { refused },
    );
  }
  const templateName = (
    name?.trim() ||
    fileName.replace(/\.(csv|xlsx|txt)$/i, "").trim() ||
    "Uploaded template"
  ).slice(0, 200);
  const template = await createWorkflowTemplate(scope, { template: { name: templateName, tasks }, now });
  return { template, refused };
}
