import { createRoute } from "@hono/zod-openapi";
import { Company, UpdateCompanyBody } from "../../../shared/api/company.js";
import {
  CompanyCalendar,
  CompanyHolidays,
  CompanyHolidaysQuery,
  CountryParam,
  HolidayPlaces,
  UpdateCompanyCalendarBody,
} from "../../../shared/api/company-calendar.js";
import { TaskSettings } from "../../../shared/api/task-settings.js";
import { errors, jsonBody, jsonContent, signedIn } from "../../lib/http/responses.js";

const tags = ["Company"];

export const getCompany = createRoute({
  method: "get",
  path: "/company",
  tags,
  security: signedIn,
  summary: "Company settings, with the plan",
  responses: { 200: jsonContent(Company, "The signed-in company."), 401: errors[401] },
});

export const updateCompany = createRoute({
  method: "patch",
  path: "/company",
  tags,
  security: signedIn,
  summary: "Rename the company (Owner or Admin). The plan is set by an operator.",
  request: { body: jsonBody(UpdateCompanyBody) },
  responses: {
    200: jsonContent(Company, "The company after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const getCompanyCalendar = createRoute({
  method: "get",
  path: "/company/calendar",
  tags,
  security: signedIn,
  summary: "The company calendar: country and region (public holidays), time zone, working days",
  responses: { 200: jsonContent(CompanyCalendar, "The calendar every date rule uses."), 401: errors[401] },
});

export const updateCompanyCalendar = createRoute({
  method: "put",
  path: "/company/calendar",
  tags,
  security: signedIn,
  summary:
    "Set the company calendar (Owner or Admin); billing days, invoice dates and deadlines follow it from then on",
  request: { body: jsonBody(UpdateCompanyCalendarBody) },
  responses: {
    200: jsonContent(CompanyCalendar, "The calendar after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const listCompanyHolidays = createRoute({
  method: "get",
  path: "/company/holidays",
  tags,
  security: signedIn,
  summary: "The public holidays (days off) of the company's country and region in a year",
  request: { query: CompanyHolidaysQuery },
  responses: {
    200: jsonContent(CompanyHolidays, "The year's holidays, by date."),
    400: errors[400],
    401: errors[401],
  },
});

export const listHolidayCountries = createRoute({
  method: "get",
  path: "/company/calendar/countries",
  tags,
  security: signedIn,
  summary: "The countries a company can choose: those with public holidays in Kontor's library",
  responses: { 200: jsonContent(HolidayPlaces, "Countries by English name."), 401: errors[401] },
});

export const listHolidayRegions = createRoute({
  method: "get",
  path: "/company/calendar/countries/{country}/regions",
  tags,
  security: signedIn,
  summary: "A country's regions with public holidays of their own (often none)",
  request: { params: CountryParam },
  responses: {
    200: jsonContent(HolidayPlaces, "Regions by English name."),
    400: errors[400],
    401: errors[401],
    404: errors[404],
  },
});

export const getTaskSettings = createRoute({
  method: "get",
  path: "/company/task-settings",
  tags,
  security: signedIn,
  summary:
    "How the company's tasks behave: whether an unfinished checklist keeps a task from being marked done",
  responses: { 200: jsonContent(TaskSettings, "The task settings."), 401: errors[401] },
});

export const updateTaskSettings = createRoute({
  method: "put",
  path: "/company/task-settings",
  tags,
  security: signedIn,
  summary: "Set how the company's tasks behave (Owner or Admin)",
  request: { body: jsonBody(TaskSettings) },
  responses: {
    200: jsonContent(TaskSettings, "The task settings after the change."),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
