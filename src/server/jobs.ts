import type { Deps } from "./app-env.js";
import { vacuumEmbedded } from "./db/maintenance.js";
import type { JobDefinition } from "./lib/jobs.js";
import { deleteExpiredSessions } from "./modules/auth/delete-expired-sessions.js";
import { BILLING_SCHEDULE_CRON, billOnSchedule } from "./modules/billing/runs/bill-on-schedule.js";
import {
  BILLING_RUN_ATTEMPTS,
  BILLING_RUN_QUEUE,
  type BillingRunJob,
  runBillingJob,
} from "./modules/billing/runs/billing-run-job.js";
import { PROVIDERS } from "./modules/integrations/accounting-provider.js";
import { IMPORT_QUEUE, type ImportJob } from "./modules/integrations/sync/import-job.js";
import { IMPORT_ATTEMPTS, runImportJob } from "./modules/integrations/sync/run-import-job.js";
import { deleteOldOutboxMail } from "./modules/mail/delete-old-outbox-mail.js";
import { deliverMail, MAIL_ATTEMPTS, MAIL_QUEUE, type MailJob } from "./modules/mail/send-mail.js";
import { generateDueTasks, TASK_GENERATION_CRON } from "./modules/work/workflows/generate-due-tasks.js";

/** Every background job the server runs, with its schedule. */
export function jobDefinitions(deps: Deps): JobDefinition<object>[] {
  const imports = PROVIDERS.map(
    (provider): JobDefinition<ImportJob> => ({
      queue: IMPORT_QUEUE(provider),
      retryLimit: IMPORT_ATTEMPTS - 1,
      concurrency: 2,
      handler: (data, job) => runImportJob(deps, provider, data, job.retryCount + 1, job.id),
    }),
  );
  const mail: JobDefinition<MailJob> = {
    queue: MAIL_QUEUE,
    retryLimit: MAIL_ATTEMPTS - 1,
    concurrency: 2,
    handler: (data, job) => deliverMail(deps, data, job.retryCount + 1),
  };
  const billingRun: JobDefinition<BillingRunJob> = {
    queue: BILLING_RUN_QUEUE,
    retryLimit: BILLING_RUN_ATTEMPTS - 1,
    handler: (data, job) => runBillingJob(deps, data, job.retryCount + 1),
  };
  return [
    mail as JobDefinition<object>,
    billingRun as JobDefinition<object>,
    {
      queue: "billing.schedule",
      cron: BILLING_SCHEDULE_CRON,
      retryLimit: 0,
      handler: async () => {
        const { started, resumed } = await billOnSchedule(deps);
        if (started + resumed > 0) deps.logger.info({ started, resumed }, "billing schedule");
      },
    },
    {
      queue: "tasks.generate",
      cron: TASK_GENERATION_CRON,
      retryLimit: 0,
      handler: async () => {
        const { tasksCreated, failed } = await generateDueTasks(deps);
        if (tasksCreated + failed > 0) deps.logger.info({ tasksCreated, failed }, "recurring tasks made");
      },
    },
    {
      queue: "auth.delete-expired",
      cron: "17 * * * *",
      handler: async () => {
        const removed = await deleteExpiredSessions(deps.database.db, deps.clock.now());
        const outboxMail = await deleteOldOutboxMail(deps.database.db, deps.clock.now());
        deps.logger.info(
          { ...removed, outboxMail },
          "expired sessions, links, login counters and old mail removed",
        );
      },
    },
    {
      queue: "db.maintenance",
      cron: "41 * * * *",
      handler: async () => {
        if (await vacuumEmbedded(deps.database)) deps.logger.info("embedded database vacuumed and analyzed");
      },
    },
    ...(imports as JobDefinition<object>[]),
  ];
}
