import { NativeSelect, Stack, Text } from "@mantine/core";
import type { ImportCandidate } from "../../../../shared/api/imports.js";

const AS_NEW = "new";

interface AmbiguousChoiceProps {
  candidate: ImportCandidate;
  /** The client chosen, `null` for a new client, undefined while undecided. */
  resolution: string | null | undefined;
  onResolve: (id: string, clientId: string | null | undefined) => void;
  readOnly: boolean;
}

/** Several Kontor clients fit this contact: the user says which one it is, or that it is new. */
export function AmbiguousChoice({ candidate, resolution, onResolve, readOnly }: AmbiguousChoiceProps) {
  const fits = candidate.ambiguousWith ?? [];
  const value = resolution === undefined ? "" : resolution === null ? AS_NEW : resolution;
  return (
    <Stack gap={4}>
      <Text size="xs" c="orange.9">
        {candidate.reason ??
          `More than one Kontor client fits this contact: ${fits.map((c) => c.name).join(", ")}.`}{" "}
        {readOnly
          ? "An Owner or Admin chooses which client it is."
          : resolution === undefined
            ? "Choose which client it is to import it."
            : ""}
      </Text>
      {!readOnly && (
        <NativeSelect
          size="xs"
          maw={340}
          aria-label={`Which client is ${candidate.name}?`}
          value={value}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            onResolve(candidate.xeroContactId, chosen === "" ? undefined : chosen === AS_NEW ? null : chosen);
          }}
          data={[
            { value: "", label: "Choose which client it is…" },
            ...fits.map((c) => ({ value: c.id, label: `Update ${c.name}` })),
            { value: AS_NEW, label: "Import as a new client" },
          ]}
        />
      )}
    </Stack>
  );
}
