import { z } from "zod";
import { PLANS } from "../plans.js";
import { ROLES } from "../roles.js";
import { Email, Password, PersonName } from "./common.js";

export const CompanyName = z
  .string()
  .trim()
  .min(2, "Enter the company name.")
  .max(200, "Use at most 200 characters.")
  .meta({ example: "Tamm & Partners OÜ" });

export const SignupBody = z
  .object({ companyName: CompanyName, name: PersonName, email: Email, password: Password })
  .meta({ id: "SignupBody" });
export type SignupBody = z.infer<typeof SignupBody>;

export const LoginBody = z
  .object({
    email: Email,
    password: z.string().min(1, "Enter your password.").max(200, "Use at most 200 characters."),
  })
  .meta({ id: "LoginBody" });
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z
  .object({
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    role: z.enum(ROLES),
    company: z.object({ id: z.uuid(), name: z.string(), plan: z.enum(PLANS) }),
  })
  .meta({ id: "Me", description: "The signed-in user, their role and their company." });
export type Me = z.infer<typeof Me>;

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateApiTokenBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Name the token, e.g. after the script that uses it.")
      .max(100, "Use at most 100 characters."),
  })
  .meta({ id: "CreateApiTokenBody" });

export const CreatedApiToken = ApiToken.extend({
  token: z.string().meta({ description: "Shown once. Send it as `Authorization: Bearer <token>`." }),
}).meta({ id: "CreatedApiToken" });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
