import type { ApplyWorkflowResult } from "../../../shared/api/workflows.js";

const clients = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "client" : "clients"}`;
const tasks = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "task" : "tasks"}`;

/** "Monthly VAT return is applied to 35 clients (2 had it already); 35 tasks created." */
export function appliedWords(name: string, result: ApplyWorkflowResult): string {
  const had = result.alreadyApplied > 0 ? ` (${clients(result.alreadyApplied)} had it already)` : "";
  if (result.applied === 0) return `${name}: every client had it already; nothing changed.`;
  return `${name} is applied to ${clients(result.applied)}${had}; ${tasks(result.tasksCreated)} created.`;
}
