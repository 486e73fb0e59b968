import { Alert, List, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { BillingProblem } from "../../../../shared/api/contracts.js";
import { WarningIcon } from "../../../components/icons.js";

/** The clients a period cannot bill, each with the reason, and what to do (`advice`). */
export function BillingProblems({
  problems,
  title,
  advice,
}: {
  problems: BillingProblem[];
  title: string;
  advice: ReactNode;
}) {
  if (problems.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<WarningIcon />} title={title}>
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          {problems.map((p) => (
            <List.Item key={p.clientId}>
              <Text span fw={600} size="sm">
                {p.clientName}
              </Text>
              : {p.message}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{advice}</Text>
      </Stack>
    </Alert>
  );
}
