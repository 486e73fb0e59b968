import type { Db } from "../db/client.js";
import { AppError } from "../lib/errors.js";
import { listCompanies, setCompanyPlan } from "../modules/companies/set-company-plan.js";

export type OperatorCommand = { name: "plan"; company: string; plan: string } | { name: "companies" };

export async function runOperatorCommand(db: Db, command: OperatorCommand): Promise<unknown> {
  switch (command.name) {
    case "plan":
      return setCompanyPlan(db, command.company, command.plan);
    case "companies":
      return (await listCompanies(db)).map((c) => ({ ...c, createdAt: c.createdAt.toISOString() }));
    default:
      throw new AppError("bad_request", "Unknown operator command.");
  }
}
