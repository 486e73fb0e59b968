import { spawnSync } from "node:child_process";

/** Runs a command as PID 1 of a new PID namespace, with its own /proc: as in a container. */
export const AS_PID_1 = ["unshare", "--pid", "--fork", "--mount-proc", "--kill-child"];

const probe = spawnSync(AS_PID_1[0]!, [...AS_PID_1.slice(1), "true"], { stdio: "ignore" });

/** Empty when AS_PID_1 works here; otherwise why not, to put in a skipped test's name. */
export const pidNamespacesUnavailable: string =
  probe.status === 0
    ? ""
    : ` (skipped: \`unshare --pid --fork --mount-proc\` is unavailable here, ${probe.error?.message ?? `exit ${probe.status}`}; it needs root or user namespaces)`;
