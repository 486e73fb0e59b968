import { Tabs } from "@mantine/core";
import { useNavigate } from "react-router";

const TABS = [
  { value: "/tasks", label: "My tasks" },
  { value: "/tasks/all", label: "All tasks" },
  { value: "/tasks/calendar", label: "Calendar" },
] as const;

/** The tasks area: My tasks, All tasks and the month calendar. */
export function TasksTabs({ current }: { current: (typeof TABS)[number]["value"] }) {
  const navigate = useNavigate();
  return (
    <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
      <Tabs.List aria-label="Tasks">
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
