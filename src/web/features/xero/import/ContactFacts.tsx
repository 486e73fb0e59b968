import { Text } from "@mantine/core";
import type { ImportCandidate } from "../../../../shared/api/imports.js";

/** What Xero has for a contact, to tell it apart: e-mail, registry code, VAT number, primary person. */
export function ContactFacts({ candidate }: { candidate: ImportCandidate }) {
  const facts = [
    candidate.email,
    candidate.registryCode && `Registry code ${candidate.registryCode}`,
    candidate.vatNumber && `VAT ${candidate.vatNumber}`,
    candidate.person && `Contact: ${candidate.person}`,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
      {facts.join(" · ")}
    </Text>
  );
}
