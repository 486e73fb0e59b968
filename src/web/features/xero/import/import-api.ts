import { useMutation, useQuery } from "@tanstack/react-query";
import { type ConfirmImportBody, ImportRun, StartedImport } from "../../../../shared/api/imports.js";
import { ApiError, api } from "../../../lib/api.js";
import { queryClient } from "../../../lib/query-client.js";
import { queryKeys } from "../../../lib/query-keys.js";

const BASE = "/integrations/xero/imports";
/** How often a running import is asked for its progress. */
const FOLLOW_MS = 1000;

export function isRunning(run: ImportRun | null | undefined): boolean {
  return run?.status === "fetching" || run?.status === "importing";
}

async function latest(): Promise<ImportRun | null> {
  try {
    return await api.get(`${BASE}/latest?candidates=none`, ImportRun);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The company's latest client import, without its candidates; followed every second while it
 * fetches or imports, so its progress survives a page reload. null when there has been none.
 */
export function useLatestImport({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.latestImport,
    queryFn: latest,
    enabled,
    staleTime: 0,
    refetchInterval: (query) => (isRunning(query.state.data) ? FOLLOW_MS : false),
  });
}

/** An import's preview: every candidate. Loaded once the preview is ready. */
export function useImportPreview(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.importPreview(id ?? ""),
    queryFn: () => api.get(`${BASE}/${id}`, ImportRun),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** One import without its candidates, e.g. for "Clients from the import of …". */
export function useImportRun(id: string | null) {
  return useQuery({
    queryKey: queryKeys.importRun(id ?? ""),
    queryFn: () => api.get(`${BASE}/${id}?candidates=none`, ImportRun),
    enabled: Boolean(id),
  });
}

function followLatest(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: queryKeys.latestImport });
}

/** "Start import": fetching the preview runs in the background. */
export function useStartImport() {
  return useMutation({
    mutationFn: () => api.post(BASE, undefined, StartedImport),
    onSettled: followLatest,
  });
}

/**
 * "Confirm": imports the chosen contacts in the background. The progress shows at once, before
 * the server is next asked (it may be busy writing the first batch).
 */
export function useConfirmImport() {
  return useMutation({
    mutationFn: ({ id, ...body }: ConfirmImportBody & { id: string }) =>
      api.post(`${BASE}/${id}/confirm`, body, StartedImport),
    onSuccess: (_, { id, xeroContactIds }) => {
      queryClient.setQueryData<ImportRun | null>(queryKeys.latestImport, (run) =>
        run?.id === id
          ? {
              ...run,
              status: "importing",
              progress: { done: 0, total: xeroContactIds.length },
              candidates: [],
            }
          : run,
      );
      void followLatest();
    },
    onError: () => void followLatest(),
  });
}

/** "Resume": a failed or stopped import carries on where it stopped. */
export function useResumeImport() {
  return useMutation({
    mutationFn: (id: string) => api.post(`${BASE}/${id}/resume`, undefined, StartedImport),
    onSettled: followLatest,
  });
}

/** "Discard": a preview waiting for review is dropped; the import before it is the latest again. */
export function useDiscardImport() {
  return useMutation({
    mutationFn: (id: string) => api.postEmpty(`${BASE}/${id}/discard`),
    onSuccess: (_, id) => queryClient.removeQueries({ queryKey: queryKeys.importPreview(id) }),
    onSettled: followLatest,
  });
}
