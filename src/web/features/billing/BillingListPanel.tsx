import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { EmptyState } from "../../components/EmptyState.js";
import { BoxIcon } from "../../components/icons.js";
import { ErrorState, LoadingState } from "../../components/QueryStates.js";

interface BillingListPanelProps<T> {
  query: UseQueryResult<T[]>;
  /** "products", "VAT rates", … */
  noun: string;
  /** What to do when the list is empty. */
  emptyHint: ReactNode;
  children: (items: T[]) => ReactNode;
}

/** One of Billing's lists, with its loading, error and empty states. */
export function BillingListPanel<T>({ query, noun, emptyHint, children }: BillingListPanelProps<T>) {
  if (query.isPending) return <LoadingState label={`Loading ${noun}…`} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.length === 0)
    return <EmptyState icon={<BoxIcon size={22} />} title={`No ${noun} yet`} description={emptyHint} />;
  return <>{children(query.data)}</>;
}
