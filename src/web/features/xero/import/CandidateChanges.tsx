import { Button, Group, List, Stack, Text } from "@mantine/core";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import type { Take } from "./candidate-selection.js";
import { describeChange, matchReason } from "./change-words.js";

const fields = (n: number) => `${n} ${n === 1 ? "field" : "fields"}`;

interface CandidateChangesProps {
  candidate: ImportCandidate;
  /** For each conflicting field, whose value the user chose; none: Kontor's stays this time. */
  choices: ReadonlyMap<string, Take> | undefined;
  onChoose: (id: string, field: string, take: Take) => void;
  readOnly: boolean;
}

/** How an existing contact matched, and what the import would change on its client. */
export function CandidateChanges({ candidate, choices, onChoose, readOnly }: CandidateChangesProps) {
  const why = candidate.matchedBy === "name" ? null : matchReason(candidate);
  const conflicts = candidate.changes.filter((c) => c.conflict).length;
  const changing = candidate.changes.length - conflicts;
  const parts = [
    changing > 0 ? `${fields(changing)} would change` : "Nothing would change",
    conflicts > 0 ? `${fields(conflicts)} edited in Kontor since the last import` : "",
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {candidate.matchedBy === "name"
          ? "Matched to a Kontor client by name only: check it is the same before it is renamed. "
          : `Matches a Kontor client${why ? ` (${why})` : ""}. `}
        {parts.join("; ")}
        {candidate.changes.length > 0 ? ":" : "."}
      </Text>
      {candidate.changes.length > 0 && (
        <List size="xs" spacing={2} withPadding>
          {candidate.changes.map((change) => {
            const { field, text } = describeChange(change);
            const take = choices?.get(change.field);
            return (
              <List.Item key={change.field} c={change.conflict && !take ? "orange.9" : undefined}>
                <Text span size="xs" fw={600} c="inherit">
                  {field}:
                </Text>{" "}
                <Text span size="xs" c="inherit" style={{ overflowWrap: "anywhere" }}>
                  {text}
                </Text>
                {change.conflict && !readOnly && (
                  <Group gap={4} mt={2} role="group" aria-label={`${field} of ${candidate.name}`}>
                    {(["xero", "kontor"] as const).map((side) => (
                      <Button
                        key={side}
                        size="compact-xs"
                        variant={take === side ? "filled" : "default"}
                        aria-pressed={take === side}
                        onClick={() => onChoose(candidate.xeroContactId, change.field, side)}
                      >
                        {side === "xero" ? "Take Xero's value" : "Keep Kontor's"}
                      </Button>
                    ))}
                  </Group>
                )}
                {change.conflict && take && (
                  <Text size="xs" c="dimmed">
                    {take === "xero"
                      ? "Xero's value will be taken."
                      : "Kontor's value stays; not asked again until Xero's value changes."}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
