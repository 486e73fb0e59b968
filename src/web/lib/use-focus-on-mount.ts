import { useEffect, useRef } from "react";

/** Puts the cursor in a page's first field when the page opens. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
