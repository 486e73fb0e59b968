import { createRouter } from "../../app-router.js";
import { requireAuth } from "../auth/authenticate.js";
import * as handlers from "./company.handlers.js";
import * as routes from "./company.routes.js";

export function companyRouter() {
  const router = createRouter();
  router.use("/company", requireAuth);
  router.use("/company/*", requireAuth);
  return router
    .openapi(routes.getCompany, handlers.getCompany)
    .openapi(routes.updateCompany, handlers.updateCompany)
    .openapi(routes.getCompanyCalendar, handlers.getCompanyCalendar)
    .openapi(routes.updateCompanyCalendar, handlers.updateCompanyCalendar)
    .openapi(routes.listCompanyHolidays, handlers.listCompanyHolidays)
    .openapi(routes.listHolidayCountries, handlers.listHolidayCountries)
    .openapi(routes.listHolidayRegions, handlers.listHolidayRegions)
    .openapi(routes.getTaskSettings, handlers.getTaskSettings)
    .openapi(routes.updateTaskSettings, handlers.updateTaskSettings);
}
