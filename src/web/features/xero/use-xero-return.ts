import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { readXeroReturn, XERO_RETURN_PARAMS, type XeroReturn } from "./xero-return.js";

/**
 * How the trip to Xero ended, read once when Xero sends the browser back to Settings & Apps;
 * the outcome's query parameters are then removed from the address (a reload shows nothing again).
 */
export function useXeroReturn(): XeroReturn | null {
  const [searchParams, setSearchParams] = useSearchParams();
  const [returned] = useState(() => readXeroReturn(searchParams));

  useEffect(() => {
    if (!XERO_RETURN_PARAMS.some((name) => searchParams.has(name))) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of XERO_RETURN_PARAMS) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [searchParams, setSearchParams]);

  return returned;
}
