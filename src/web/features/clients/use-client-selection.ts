import { useEffect, useState } from "react";

/**
 * The clients ticked in the list: some of them by hand, or (like Gmail's "select all
 * conversations") every client the filters find, whose ids were fetched for it. A change of
 * search or filter clears the selection: what was ticked may no longer be shown.
 */
export function useClientSelection(filterKey: string) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared whenever the filters change
  useEffect(() => {
    setPicked(new Set());
    setAllMatching(false);
  }, [filterKey]);

  return {
    ids: picked,
    count: picked.size,
    allMatching,
    has: (id: string) => picked.has(id),
    toggle(id: string) {
      setAllMatching(false);
      setPicked((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    /** The page's clients ticked, or (when all were) unticked. */
    togglePage(pageIds: string[]) {
      setAllMatching(false);
      setPicked((current) => {
        const every = pageIds.every((id) => current.has(id));
        const next = new Set(current);
        for (const id of pageIds) {
          if (every) next.delete(id);
          else next.add(id);
        }
        return next;
      });
    },
    selectAllMatching(ids: string[]) {
      setPicked(new Set(ids));
      setAllMatching(true);
    },
    clear() {
      setPicked(new Set());
      setAllMatching(false);
    },
  };
}
export type ClientSelection = ReturnType<typeof useClientSelection>;
