import { type ComponentType, lazy, Suspense } from "react";
import { LoadingState } from "../components/QueryStates.js";

/**
 * A page loaded with its own script when first opened (`React.lazy`), so pages few people open
 * do not make everyone's first load bigger. `name` is the page's export.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return (
    <Suspense fallback={<LoadingState label="Opening the page…" />}>
      <Page />
    </Suspense>
  );
}
