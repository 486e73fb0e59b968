import { Group, Pagination, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { CandidateRow } from "./CandidateRow.js";
import type { FieldChoices, Resolutions, Take } from "./candidate-selection.js";

/** How many contacts a page of the preview shows: enough to scan, few enough to stay quick at 10,000. */
export const CANDIDATES_PER_PAGE = 100;

interface CandidateListProps {
  label: string;
  candidates: ImportCandidate[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  resolutions: Resolutions;
  onResolve: (id: string, clientId: string | null | undefined) => void;
  fieldChoices: FieldChoices;
  onChoose: (id: string, field: string, take: Take) => void;
  readOnly: boolean;
  /** Shown when the list is empty. */
  empty: string;
}

/** A page of the preview's contacts, with the pages below. Give it a new key to start on page 1. */
export function CandidateList({
  label,
  candidates,
  selected,
  onToggle,
  resolutions,
  onResolve,
  fieldChoices,
  onChoose,
  readOnly,
  empty,
}: CandidateListProps) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(candidates.length / CANDIDATES_PER_PAGE));
  const current = Math.min(page, pages);
  const from = (current - 1) * CANDIDATES_PER_PAGE;
  const shown = candidates.slice(from, from + CANDIDATES_PER_PAGE);

  if (candidates.length === 0)
    return (
      <Text size="sm" c="dimmed" py="sm">
        {empty}
      </Text>
    );

  return (
    <Stack gap="xs">
      <Paper withBorder radius="md">
        <Stack component="ul" aria-label={label} gap={0} m={0} p={0} style={{ listStyle: "none" }}>
          {shown.map((candidate) => (
            <CandidateRow
              key={candidate.xeroContactId}
              candidate={candidate}
              selected={selected.has(candidate.xeroContactId)}
              onToggle={onToggle}
              resolution={resolutions.get(candidate.xeroContactId)}
              onResolve={onResolve}
              choices={fieldChoices.get(candidate.xeroContactId)}
              onChoose={onChoose}
              readOnly={readOnly}
            />
          ))}
        </Stack>
      </Paper>
      {pages > 1 && (
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {from + 1}–{from + shown.length} of {candidates.length.toLocaleString("en-GB")}
          </Text>
          <Pagination
            size="sm"
            total={pages}
            value={current}
            onChange={setPage}
            siblings={1}
            boundaries={1}
            aria-label={`Pages of ${label.toLowerCase()}`}
            getControlProps={(control) => ({
              "aria-label":
                control === "previous" ? "Previous page" : control === "next" ? "Next page" : control,
            })}
            getItemProps={(p) => ({ "aria-label": `Page ${p}` })}
          />
        </Group>
      )}
    </Stack>
  );
}
