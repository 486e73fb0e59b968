import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { isXeroTab, type XeroTab } from "../xero/xero-tabs.js";

/**
 * A link into the Xero dialog from elsewhere in Kontor: `/apps?app=xero&tab=import`. Read once;
 * the parameters are then removed from the address, so closing the dialog and reloading does
 * not open it again.
 */
export function useXeroLink(): XeroTab | null {
  const [searchParams, setSearchParams] = useSearchParams();
  const [tab] = useState<XeroTab | null>(() => {
    if (searchParams.get("app") !== "xero") return null;
    const asked = searchParams.get("tab");
    return isXeroTab(asked) ? asked : "overview";
  });

  useEffect(() => {
    if (!searchParams.has("app") && !searchParams.has("tab")) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete("app");
        next.delete("tab");
        return next;
      },
      { replace: true },
    );
  }, [searchParams, setSearchParams]);

  return tab;
}
