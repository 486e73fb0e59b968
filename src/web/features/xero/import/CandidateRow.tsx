import { Badge, Checkbox, Group, List, Stack, Text } from "@mantine/core";
import { memo } from "react";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { AmbiguousChoice } from "./AmbiguousChoice.js";
import { ContactFacts } from "./ContactFacts.js";
import { canImport, isRefused } from "./candidate-selection.js";
import { describeChange, matchReason } from "./change-words.js";

const MATCH_BADGES = {
  new: { label: "New", color: "teal" },
  existing: { label: "Existing", color: "blue" },
  ambiguous: { label: "Ambiguous", color: "orange" },
} as const;
const REFUSED_BADGE = { label: "Cannot be imported", color: "red" } as const;

function Details({ candidate }: { candidate: ImportCandidate }) {
  if (isRefused(candidate))
    return (
      <Text size="xs" c="red.8" style={{ overflowWrap: "anywhere" }}>
        {candidate.reason ?? "Kontor cannot import this contact."}
      </Text>
    );
  if (candidate.match === "new") return null;
  const why = candidate.matchedBy === "name" ? null : matchReason(candidate);
  const kept = candidate.changes.filter((c) => c.conflict).length;
  const changing = candidate.changes.length - kept;
  const fields = (n: number) => `${n} ${n === 1 ? "field" : "fields"}`;
  const parts = [
    changing > 0 ? `${fields(changing)} would change` : "Nothing would change",
    kept > 0 ? `${fields(kept)} keep${kept === 1 ? "s" : ""} Kontor's edit` : "",
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
        <List size="xs" spacing={0} withPadding>
          {candidate.changes.map((change) => {
            const { field, text } = describeChange(change);
            return (
              <List.Item key={change.field} c={change.conflict ? "orange.9" : undefined}>
                <Text span size="xs" fw={600} c="inherit">
                  {field}:
                </Text>{" "}
                <Text span size="xs" c="inherit" style={{ overflowWrap: "anywhere" }}>
                  {text}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

interface CandidateRowProps {
  candidate: ImportCandidate;
  selected: boolean;
  onToggle: (id: string) => void;
  resolution: string | null | undefined;
  onResolve: (id: string, clientId: string | null | undefined) => void;
  readOnly: boolean;
}

/** One Xero contact in the preview: new, existing (with what would change) or ambiguous. */
export const CandidateRow = memo(function CandidateRow({
  candidate,
  selected,
  onToggle,
  resolution,
  onResolve,
  readOnly,
}: CandidateRowProps) {
  const badge = isRefused(candidate) ? REFUSED_BADGE : MATCH_BADGES[candidate.match];
  const importable = canImport(candidate, resolution);
  const id = `candidate-${candidate.xeroContactId}`;
  return (
    <Group component="li" className="kontor-item-row" px="sm" py={8} wrap="nowrap" align="flex-start">
      <Checkbox
        mt={2}
        checked={selected && importable}
        disabled={readOnly || !importable}
        onChange={() => onToggle(candidate.xeroContactId)}
        id={id}
        aria-describedby={`${id}-details`}
      />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text
            component="label"
            htmlFor={id}
            size="sm"
            fw={600}
            style={{
              overflowWrap: "anywhere",
              cursor: readOnly || !importable ? undefined : "pointer",
            }}
          >
            {candidate.name}
          </Text>
          <Badge size="xs" variant="light" color={badge.color} tt="none">
            {badge.label}
          </Badge>
          {candidate.match === "existing" && candidate.matchedBy === "name" && (
            <Badge size="xs" variant="outline" color="yellow.8" tt="none">
              matched by name
            </Badge>
          )}
        </Group>
        <ContactFacts candidate={candidate} />
        <div id={`${id}-details`}>
          {candidate.match === "ambiguous" ? (
            <AmbiguousChoice
              candidate={candidate}
              resolution={resolution}
              onResolve={onResolve}
              readOnly={readOnly}
            />
          ) : (
            <Details candidate={candidate} />
          )}
        </div>
      </Stack>
    </Group>
  );
});
