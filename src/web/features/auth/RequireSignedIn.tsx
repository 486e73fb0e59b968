import { Center } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";
import { useSignedInMe } from "./auth-api.js";
import { CurrentUserContext } from "./current-user.js";
import { loginPathFor } from "./next-path.js";

/** The signed-in part of the app: without a session, go to log in and come back here after. */
export function RequireSignedIn() {
  const me = useSignedInMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState label="Opening Kontor…" />;
  // Only when the first answer failed: a later refresh failing leaves the page as it is.
  if (me.data === undefined) {
    return (
      <Center p="xl" mih="60vh">
        <ErrorState error={me.error} title="Kontor could not be opened" onRetry={() => me.refetch()} />
      </Center>
    );
  }
  if (!me.data) return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
  return (
    <CurrentUserContext.Provider value={me.data}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
