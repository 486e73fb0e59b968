import { useMutation, useQuery } from "@tanstack/react-query";
import {
  CompanyCalendar,
  CompanyHolidays,
  HolidayPlaces,
  type UpdateCompanyCalendarBody,
} from "../../../shared/api/company-calendar.js";
import { api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

/** Country and region (public holidays), time zone and working days: every date rule follows them. */
export function useCompanyCalendar() {
  return useQuery({
    queryKey: queryKeys.companyCalendar,
    queryFn: () => api.get("/company/calendar", CompanyCalendar),
  });
}

export function useSaveCompanyCalendar() {
  return useMutation({
    mutationFn: (input: UpdateCompanyCalendarBody) => api.put("/company/calendar", input, CompanyCalendar),
    onSuccess: (calendar) => {
      queryClient.setQueryData(queryKeys.companyCalendar, calendar);
      void queryClient.invalidateQueries({ queryKey: ["company", "holidays"] });
      // "Today", "overdue" and billing days follow the time zone.
      void queryClient.invalidateQueries({ queryKey: queryKeys.invoices });
    },
  });
}

export function useCompanyHolidays(year: number) {
  return useQuery({
    queryKey: queryKeys.companyHolidays(year),
    queryFn: () => api.get(`/company/holidays?year=${year}`, CompanyHolidays),
  });
}

/** The countries with public holidays; they do not change while Kontor runs. */
export function useHolidayCountries() {
  return useQuery({
    queryKey: queryKeys.holidayCountries,
    queryFn: () => api.get("/company/calendar/countries", HolidayPlaces),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHolidayRegions(country: string | null) {
  return useQuery({
    queryKey: queryKeys.holidayRegions(country ?? ""),
    queryFn: () => api.get(`/company/calendar/countries/${country}/regions`, HolidayPlaces),
    enabled: country !== null && /^[A-Z]{2}$/.test(country),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
