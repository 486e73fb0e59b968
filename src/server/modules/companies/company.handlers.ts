import type { RouteHandler } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.js";
import { notFound } from "../../lib/errors.js";
import { assertCanManage } from "../auth/authenticate.js";
import { holidayCountries, holidayPlaceProblem, holidayRegions } from "../work/calendar/public-holidays.js";
import type * as routes from "./company.routes.js";
import { getCompany as get } from "./get-company.js";
import { getCompanyCalendar as getCalendar } from "./get-company-calendar.js";
import { getTaskSettings as getSettings } from "./get-task-settings.js";
import { listCompanyHolidays as listHolidays } from "./list-company-holidays.js";
import { renameCompany } from "./rename-company.js";
import { updateCompanyCalendar as setCalendar } from "./update-company-calendar.js";
import { updateTaskSettings as setSettings } from "./update-task-settings.js";

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const getCompany: Handler<"getCompany"> = async (c) => c.json(await get(c.get("scope")), 200);

export const updateCompany: Handler<"updateCompany"> = async (c) => {
  assertCanManage(c.get("auth"));
  await renameCompany(c.get("scope"), c.req.valid("json").name);
  return c.json(await get(c.get("scope")), 200);
};

export const getCompanyCalendar: Handler<"getCompanyCalendar"> = async (c) =>
  c.json(await getCalendar(c.get("scope")), 200);

export const updateCompanyCalendar: Handler<"updateCompanyCalendar"> = async (c) => {
  assertCanManage(c.get("auth"));
  return c.json(await setCalendar(c.get("scope"), c.req.valid("json")), 200);
};

export const listCompanyHolidays: Handler<"listCompanyHolidays"> = async (c) =>
  c.json(await listHolidays(c.get("scope"), { year: c.req.valid("query").year }), 200);

export const listHolidayCountries: Handler<"listHolidayCountries"> = (c) =>
  c.json({ items: holidayCountries() }, 200);

export const listHolidayRegions: Handler<"listHolidayRegions"> = (c) => {
  const country = c.req.valid("param").country.toUpperCase();
  if (holidayPlaceProblem({ country })) throw notFound("That country");
  return c.json({ items: holidayRegions(country) }, 200);
};

export const getTaskSettings: Handler<"getTaskSettings"> = async (c) =>
  c.json(await getSettings(c.get("scope")), 200);

export const updateTaskSettings: Handler<"updateTaskSettings"> = async (c) => {
  assertCanManage(c.get("auth"));
  return c.json(await setSettings(c.get("scope"), c.req.valid("json")), 200);
};
