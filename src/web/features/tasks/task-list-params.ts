import { TASK_STATUSES } from "../../../shared/api/tasks.js";
import { isCalendarDate } from "../../../shared/calendar/calendar-date.js";

/** `any` shows done tasks too; the list starts on the open ones. */
export const STATUS_FILTERS = ["open", "overdue", ...TASK_STATUSES, "any"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** What All tasks shows, kept in the page's address so it survives a reload and can be shared. */
export interface TaskListParams {
  /** "" anyone, "me", or a member's id. */
  assignee: string;
  clientId: string | null;
  topicId: string | null;
  status: StatusFilter;
  /** Deadline from / to, `YYYY-MM-DD` or "". */
  from: string;
  to: string;
  page: number;
}

export const PAGE_SIZE = 50;

export const DEFAULT_TASK_PARAMS: TaskListParams = {
  assignee: "",
  clientId: null,
  topicId: null,
  status: "open",
  from: "",
  to: "",
  page: 1,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: string | null) => (value && UUID.test(value) ? value : null);
const dateOrEmpty = (value: string | null) => (value && isCalendarDate(value) ? value : "");

/** Reads the list's state from the address; anything unknown falls back to the default. */
export function readTaskParams(search: URLSearchParams): TaskListParams {
  const assignee = search.get("assignee") ?? "";
  const status = search.get("status") ?? "";
  const page = Number(search.get("page"));
  return {
    assignee: assignee === "me" || UUID.test(assignee) ? assignee : "",
    clientId: uuidOrNull(search.get("clientId")),
    topicId: uuidOrNull(search.get("topicId")),
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : "open",
    from: dateOrEmpty(search.get("from")),
    to: dateOrEmpty(search.get("to")),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The filters as the API takes them (no page): what a saved filter stores. */
export function taskFilterQuery(params: TaskListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.assignee) search.set("assignee", params.assignee);
  if (params.clientId) search.set("clientId", params.clientId);
  if (params.topicId) search.set("topicId", params.topicId);
  if (params.status !== "any") search.set("status", params.status);
  if (params.from) search.set("from", params.from);
  if (params.to) search.set("to", params.to);
  return search;
}

/**
 * The page's address for a list state: only what differs from the defaults (a missing status
 * means open, so `status=any` is written out).
 */
export function writeTaskParams(params: TaskListParams): URLSearchParams {
  const search = taskFilterQuery(params);
  if (params.status === "open") search.delete("status");
  if (params.status === "any") search.set("status", "any");
  if (params.page !== 1) search.set("page", String(params.page));
  return search;
}

/** The page's address for a saved filter's query (where a missing status means any status). */
export function savedFilterAddress(query: string): URLSearchParams {
  const search = new URLSearchParams(query);
  if (!search.has("status")) search.set("status", "any");
  return writeTaskParams(readTaskParams(search));
}

/** The API's query string for a list state's page. */
export function taskApiQuery(params: TaskListParams): string {
  const search = taskFilterQuery(params);
  search.set("page", String(params.page));
  search.set("limit", String(PAGE_SIZE));
  return search.toString();
}

/** Whether anything beyond the default narrows the list. */
export function isTaskListFiltered(params: TaskListParams): boolean {
  return taskFilterQuery({ ...params, status: params.status === "open" ? "any" : params.status }).size > 0;
}
