import type { SignupBody } from "../../../shared/api/auth.js";
import type { Db } from "../../db/client.js";
import { CompanyScope } from "../../db/company-scope.js";
import { isUniqueViolation } from "../../db/errors.js";
import { companies } from "../../db/schema/companies.js";
import { users } from "../../db/schema/users.js";
import { AppError } from "../../lib/errors.js";
import { addDefaultTopics } from "../work/topics/add-default-topics.js";
import { hashPassword } from "./secrets.js";

/** Creates a company on the Free plan with the signing-up person as its Company Owner. */
export async function signUp(db: Db, input: SignupBody, now: Date) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [company] = await tx
        .insert(companies)
        .values({ name: input.companyName, plan: "free", createdAt: now })
        .returning();
      const [user] = await tx
        .insert(users)
        .values({
          companyId: company!.id,
          email: input.email,
          name: input.name,
          role: "owner",
          passwordHash,
          createdAt: now,
        })
        .returning();
      await addDefaultTopics(new CompanyScope(tx as unknown as Db, company!.id), now);
      return { company: company!, user: user! };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw new AppError("email_taken", "An account with this e-mail already exists. Log in instead.", [
        { field: "email", message: "Already registered." },
      ]);
    }
    if (isUniqueViolation(error, "companies_name_key")) {
      throw new AppError(
        "company_name_taken",
        "A company with this name already uses Kontor. Use your full registered name, or add the city.",
        [{ field: "companyName", message: "Already taken." }],
      );
    }
    throw error;
  }
}
