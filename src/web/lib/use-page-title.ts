import { useEffect } from "react";

/** Names the browser tab after the page: "Team · Kontor". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Kontor`;
  }, [title]);
}
