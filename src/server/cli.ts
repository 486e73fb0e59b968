import { PLAN_LABELS, PLANS, type Plan } from "../shared/plans.js";
import { loadConfig } from "./config.js";
import { openEmbedded, openPostgres } from "./db/client.js";
import { lockDataDir, readLiveHolder } from "./db/data-dir-lock.js";
import { applyMigrations } from "./db/migrate.js";
import { type OperatorCommand, runOperatorCommand } from "./operator/operator-commands.js";
import { sendToServer } from "./operator/operator-socket.js";

const USAGE = `Kontor operator commands

  npm run kontor -- plan "<company name>" <${PLANS.join("|")}>   put a company on a plan
  npm run kontor -- companies                           list companies and their plans

They use the same database as the server (DATABASE_URL, or the embedded one in DATA_DIR),
also while the server runs.`;

function parse(argv: string[]): OperatorCommand | null {
  const [name, ...rest] = argv;
  if (name === "plan" && rest.length === 2)
    return { name: "plan", company: rest[0]!, plan: rest[1]!.toLowerCase() };
  if (name === "companies" && rest.length === 0) return { name: "companies" };
  return null;
}

async function run(command: OperatorCommand): Promise<unknown> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const database = await openPostgres(config.databaseUrl, { max: 1 });
    try {
      await applyMigrations(database);
      return await runOperatorCommand(database.db, command);
    } finally {
      await database.close();
    }
  }
  // The embedded database allows one process: while the server runs, ask it to do the work.
  if (readLiveHolder(config.dataDir)) return sendToServer(config.dataDir, command);
  const lock = lockDataDir(config.dataDir, "npm run kontor");
  try {
    const database = await openEmbedded(config.dataDir);
    try {
      await applyMigrations(database);
      return await runOperatorCommand(database.db, command);
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

function print(command: OperatorCommand, result: unknown): void {
  if (command.name === "plan") {
    const r = result as { name: string; plan: Plan };
    console.log(`${r.name} is now on the ${PLAN_LABELS[r.plan]} plan.`);
    return;
  }
  const rows = result as { name: string; plan: Plan; createdAt: string }[];
  if (rows.length === 0) console.log("No companies yet.");
  for (const r of rows)
    console.log(`${PLAN_LABELS[r.plan].padEnd(6)}  ${r.createdAt.slice(0, 10)}  ${r.name}`);
}

const command = parse(process.argv.slice(2));
if (!command) {
  console.error(USAGE);
  process.exit(2);
}
try {
  print(command, await run(command));
} catch (error) {
  // Configuration, lock and operator errors carry messages meant for the operator.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
