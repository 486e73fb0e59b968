import { Navigate, Outlet, useSearchParams } from "react-router";
import { LoadingState } from "../../components/QueryStates.js";
import { useMe } from "./auth-api.js";
import { nextPath } from "./next-path.js";

/** Log in and sign up are for visitors: someone already signed in goes on into the app. */
export function RedirectIfSignedIn() {
  const me = useMe();
  const [search] = useSearchParams();
  if (me.isPending) return <LoadingState label="Opening Kontor…" />;
  if (me.data) return <Navigate to={nextPath(search)} replace />;
  return <Outlet />;
}
