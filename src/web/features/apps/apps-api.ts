import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { AppState } from "../../../shared/api/apps.js";
import type { AppId } from "../../../shared/apps.js";
import { ApiError, api } from "../../lib/api.js";
import { queryClient } from "../../lib/query-client.js";
import { queryKeys } from "../../lib/query-keys.js";

const AppList = z.array(AppState);

/** Billing and Xero for the company: enabled or not, and whether the plan includes them. */
export function useApps() {
  return useQuery({ queryKey: queryKeys.apps, queryFn: () => api.get("/apps", AppList) });
}

export interface AppChange {
  app: AppId;
  enabled: boolean;
}

/** Enables or disables apps in the given order (Billing before Xero when both are turned on). */
export function useChangeApps() {
  return useMutation({
    mutationFn: async (changes: AppChange[]) => {
      let apps: AppState[] = [];
      for (const { app, enabled } of changes) {
        apps = await api.post(`/apps/${app}/${enabled ? "enable" : "disable"}`, undefined, AppList);
        queryClient.setQueryData(queryKeys.apps, apps);
      }
      return apps;
    },
    onError: (error) => {
      // The plan changed since the page loaded: show the current plan and app states.
      if (error instanceof ApiError && error.code === "plan_required") {
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.apps });
    },
    // The Xero connection says whether the app is enabled.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.xeroConnection }),
  });
}
