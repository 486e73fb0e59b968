ALTER TABLE "import_runs" ADD COLUMN "job_id" uuid;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "worker" text;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "import_runs_working_idx" ON "import_runs" USING btree ("lease_until") WHERE "import_runs"."status" in ('fetching', 'importing');