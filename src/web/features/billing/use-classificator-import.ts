import { useEffect, useState } from "react";
import { notifyFailure } from "../../lib/notify.js";
import { useClassificatorImport, useStartClassificatorImport } from "./billing-api.js";

const KEY = "kontor.classificatorImport";

function remembered(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function remember(id: string | null): void {
  try {
    if (id) window.sessionStorage.setItem(KEY, id);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Private browsing without storage: the result is shown until the page is left.
  }
}

/**
 * "Import classificators": starts the import and follows it. The import being shown is kept in
 * the tab's session storage, so a reload keeps following it. `xeroReady` says whether Kontor can
 * import from Xero now (null while that is not known yet): when it cannot (e.g. Xero was
 * disconnected), an earlier import's result is old news and is forgotten.
 */
export function useClassificatorImportFlow(xeroReady: boolean | null) {
  const [id, setId] = useState<string | null>(remembered);
  const start = useStartClassificatorImport();
  const run = useClassificatorImport(id);
  const stale = xeroReady === false && id !== null && !start.isPending;

  function show(next: string | null) {
    remember(next);
    setId(next);
  }

  useEffect(() => {
    if (!stale) return;
    remember(null);
    setId(null);
  }, [stale]);

  return {
    run: xeroReady ? run.data : undefined,
    /** The import could not be read (e.g. it belongs to a session that ended). */
    lost: run.isError,
    starting: start.isPending,
    running: start.isPending || run.data?.status === "importing" || run.data?.status === "fetching",
    start() {
      if (start.isPending) return;
      start.mutate(undefined, {
        onSuccess: ({ id: started }) => show(started),
        onError: (error) => notifyFailure(error, "Classificators could not be imported"),
      });
    },
    dismiss: () => show(null),
  };
}
