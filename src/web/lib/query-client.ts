import { notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api.js";
import { queryKeys } from "./query-keys.js";

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * Any call answered 401 means the session is over: forget who was signed in (the route guard
 * then sends the user to the log-in page, remembering where they were) and drop cached data.
 */
function onError(error: unknown): void {
  if (!(error instanceof ApiError) || !error.isUnauthenticated) return;
  const signedIn = queryClient.getQueryData(queryKeys.me);
  if (!signedIn) return;
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
  queryClient.setQueryData(queryKeys.me, null);
  notifications.show({
    id: "session-ended",
    color: "yellow",
    title: "Your session has ended",
    message: "Log in again to continue.",
  });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change on a retry; a lost connection or a 5xx may.
      retry: (failures, error) => !isClientError(error) && failures < 2,
    },
    mutations: { retry: false },
  },
});
