import { Navigate, useLocation } from "react-router";

/**
 * `/settings/apps` is where Kontor's server sends the browser back from Xero (with the outcome
 * in the query); Settings & Apps lives at `/apps`. Keeps the query so the page can show it.
 */
export function SettingsAppsRedirect() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: "/apps", search }} replace />;
}
