import type { ClientContact } from "../../../shared/api/clients.js";

/** "Maria Tamm"; a person has at least a first or a last name. */
export function personName(person: Pick<ClientContact, "firstName" | "lastName">): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ") || "Unnamed person";
}
