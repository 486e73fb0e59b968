import { z } from "zod";
import { PLANS } from "../plans.js";
import { CompanyName } from "./auth.js";

export const Company = z
  .object({
    id: z.uuid(),
    name: z.string(),
    plan: z.enum(PLANS),
    createdAt: z.iso.datetime(),
    memberCount: z.number().int(),
  })
  .meta({ id: "Company" });
export type Company = z.infer<typeof Company>;

export const UpdateCompanyBody = z.object({ name: CompanyName }).meta({ id: "UpdateCompanyBody" });
export type UpdateCompanyBody = z.infer<typeof UpdateCompanyBody>;
