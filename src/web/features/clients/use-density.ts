import { useState } from "react";

export type Density = "comfortable" | "compact";
const KEY = "kontor.clients.density";

function stored(): Density {
  try {
    return localStorage.getItem(KEY) === "compact" ? "compact" : "comfortable";
  } catch {
    return "comfortable";
  }
}

/** The client list's row height, remembered in this browser. */
export function useDensity(): [Density, (density: Density) => void] {
  const [density, setDensity] = useState<Density>(stored);
  return [
    density,
    (next) => {
      setDensity(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Private browsing without storage: the choice lasts for this page.
      }
    },
  ];
}
