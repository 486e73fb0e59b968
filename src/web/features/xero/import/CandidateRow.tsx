import { Badge, Checkbox, Group, Stack, Text } from "@mantine/core";
import { memo } from "react";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { AmbiguousChoice } from "./AmbiguousChoice.js";
import { CandidateChanges } from "./CandidateChanges.js";
import { ContactFacts } from "./ContactFacts.js";
import { canImport, isRefused, type Take } from "./candidate-selection.js";

const MATCH_BADGES = {
  new: { label: "New", color: "teal" },
  existing: { label: "Existing", color: "blue" },
  ambiguous: { label: "Ambiguous", color: "orange" },
} as const;
const REFUSED_BADGE = { label: "Cannot be imported", color: "red" } as const;

function Details(props: Omit<CandidateRowProps, "selected" | "onToggle" | "resolution" | "onResolve">) {
  const { candidate } = props;
  if (isRefused(candidate))
    return (
      <Text size="xs" c="red.8" style={{ overflowWrap: "anywhere" }}>
        {candidate.reason ?? "Kontor cannot import this contact."}
      </Text>
    );
  if (candidate.match === "new") return null;
  return <CandidateChanges {...props} />;
}

interface CandidateRowProps {
  candidate: ImportCandidate;
  selected: boolean;
  onToggle: (id: string) => void;
  resolution: string | null | undefined;
  onResolve: (id: string, clientId: string | null | undefined) => void;
  choices: ReadonlyMap<string, Take> | undefined;
  onChoose: (id: string, field: string, take: Take) => void;
  readOnly: boolean;
}

/** One Xero contact in the preview: new, existing (with what would change) or ambiguous. */
export const CandidateRow = memo(function CandidateRow({
  candidate,
  selected,
  onToggle,
  resolution,
  onResolve,
  choices,
  onChoose,
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
            <Details candidate={candidate} choices={choices} onChoose={onChoose} readOnly={readOnly} />
          )}
        </div>
      </Stack>
    </Group>
  );
});
