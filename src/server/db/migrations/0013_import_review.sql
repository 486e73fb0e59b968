ALTER TABLE "import_runs" ADD COLUMN "also_brings" jsonb;--> statement-breakpoint
ALTER TABLE "sync_records" ADD COLUMN "kept_values" jsonb;