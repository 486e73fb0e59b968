import type { Read } from "./read-due-words.js";

/** The company's topics and members a template file names in words. */
export interface TemplateFileTopic {
  id: string;
  name: string;
  archived?: boolean;
}

export interface TemplateFileMember {
  /** The member's user id, as a template's assignee names them. */
  id: string;
  name: string;
  email: string;
}

/** A topic's name in any case; empty: no topic. */
export function readTopic(cell: string, topics: readonly TemplateFileTopic[]): Read<string | null> {
  if (cell === "") return null;
  const wanted = cell.toLowerCase();
  const found = topics.filter((t) => t.name.trim().toLowerCase() === wanted);
  const topic = found.find((t) => !t.archived) ?? found[0];
  if (topic) return topic.id;
  const names = topics.filter((t) => !t.archived).map((t) => t.name);
  return {
    error: `There is no topic "${cell}"${names.length ? `: use one of ${names.join(", ")}` : ""}, or add it under Company settings → Topics.`,
  };
}

/** "responsible", a member's e-mail or name; empty or "unassigned": nobody. */
export function readAssignee(cell: string, members: readonly TemplateFileMember[]): Read<string | null> {
  const wanted = cell.toLowerCase().replace(/\s+/g, " ");
  if (wanted === "" || wanted === "unassigned" || wanted === "nobody") return null;
  if (
    wanted === "responsible" ||
    wanted === "responsible person" ||
    wanted === "client's responsible person"
  ) {
    return "responsible";
  }
  const byEmail = members.find((m) => m.email.toLowerCase() === wanted);
  if (byEmail) return byEmail.id;
  const byName = members.filter((m) => m.name.trim().toLowerCase().replace(/\s+/g, " ") === wanted);
  if (byName.length === 1 && byName[0]) return byName[0].id;
  if (byName.length > 1)
    return { error: `Two members are called "${cell}": write the one you mean by e-mail.` };
  return {
    error: `"${cell}" is not a member of your company: write a member's e-mail or name, "responsible" for the client's responsible person, or leave it empty.`,
  };
}
