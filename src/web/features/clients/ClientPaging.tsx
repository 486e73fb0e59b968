import { Group, Pagination, Select, Text } from "@mantine/core";
import { PAGE_SIZES, rangeLabel } from "./client-list-params.js";

interface ClientPagingProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  /** What the list holds, for other lists than clients: "invoices". */
  noun?: string;
  /** "1–50 of 200 invoices"; the clients' words when not given. */
  describe?: (page: number, pageSize: number, total: number) => string;
}

/** Under the list: which clients are shown, how many a page, and the pages. */
export function ClientPaging({
  page,
  pageSize,
  total,
  onPage,
  onPageSize,
  noun = "clients",
  describe = rangeLabel,
}: ClientPagingProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" gap="sm" mt="md">
      <Group gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {describe(page, pageSize, total)}
        </Text>
        <Select
          aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)} a page`}
          size="xs"
          w={120}
          allowDeselect={false}
          value={String(pageSize)}
          data={PAGE_SIZES.map((n) => ({ value: String(n), label: `${n} a page` }))}
          onChange={(value) => value && onPageSize(Number(value))}
        />
      </Group>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          size="sm"
          siblings={1}
          boundaries={1}
          getControlProps={(control) => ({
            "aria-label":
              control === "previous" ? "Previous page" : control === "next" ? "Next page" : control,
          })}
          getItemProps={(p) => ({
            "aria-label": `Page ${p}`,
            "aria-current": p === page ? "page" : undefined,
          })}
        />
      )}
    </Group>
  );
}
