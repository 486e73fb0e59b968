import { DEMO_APP } from "./identity/apps.js";
import { seedWorld } from "./seed/seed.js";
import { clearRuntimeState, type SandboxState } from "./state.js";

/** Back to the freshly started sandbox: the start-up seed, no grants, apps, logs or faults. */
export function resetWorld(state: SandboxState): void {
  clearRuntimeState(state);
  state.apps = new Map([[DEMO_APP.clientId, { ...DEMO_APP, redirectUris: [] }]]);
  state.users = new Map();
  seedWorld(state, { profile: state.options.seed });
}
