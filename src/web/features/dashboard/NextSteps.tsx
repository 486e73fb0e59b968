import { Anchor, Group, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ArrowRightIcon, CheckIcon } from "../../components/icons.js";

export interface NextStep {
  title: string;
  description: ReactNode;
  done: boolean;
  link: { to: string; label: string };
}

/** A short checklist of what to do next, each with a link to where it is done. */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} fz="lg" fw={650} mb="md">
        Next steps
      </Title>
      <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: "none" }}>
        {steps.map((step, index) => (
          <Group component="li" key={step.title} align="flex-start" wrap="nowrap" gap="md">
            <ThemeIcon
              radius="xl"
              size={28}
              variant={step.done ? "filled" : "light"}
              color={step.done ? "teal" : "kontor"}
              aria-hidden="true"
            >
              {step.done ? (
                <CheckIcon size={16} />
              ) : (
                <Text fw={700} fz="sm">
                  {index + 1}
                </Text>
              )}
            </ThemeIcon>
            <Stack gap={4} style={{ flex: 1 }}>
              <Text fw={600} c={step.done ? "dimmed" : undefined}>
                {step.title}
                {step.done && <VisuallyHidden> (done)</VisuallyHidden>}
              </Text>
              <Text size="sm" c="dimmed">
                {step.description}
              </Text>
              <Anchor component={Link} to={step.link.to} size="sm" fw={500}>
                <Group gap={4} component="span" wrap="nowrap">
                  {step.link.label}
                  <ArrowRightIcon size={14} />
                </Group>
              </Anchor>
            </Stack>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
