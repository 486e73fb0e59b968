import { Badge } from "@mantine/core";
import { PLAN_LABELS, type Plan } from "../../shared/plans.js";

const COLORS: Record<Plan, string> = { free: "gray", team: "teal", elite: "grape" };

export function PlanBadge({ plan }: { plan: Plan }) {
  return (
    <Badge color={COLORS[plan]} variant="outline" radius="sm" tt="none" fw={600}>
      {PLAN_LABELS[plan]} plan
    </Badge>
  );
}
