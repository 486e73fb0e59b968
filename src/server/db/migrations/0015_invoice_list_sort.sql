DROP INDEX "invoices_company_client_name_idx";--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "client_sort" text GENERATED ALWAYS AS (lower(client_name)) STORED;--> statement-breakpoint
CREATE INDEX "invoices_company_client_sort_idx" ON "invoices" USING btree ("company_id","client_sort","id");--> statement-breakpoint
CREATE INDEX "invoices_company_status_client_idx" ON "invoices" USING btree ("company_id","status","client_sort","id");--> statement-breakpoint
CREATE INDEX "invoices_company_status_total_idx" ON "invoices" USING btree ("company_id","status","total","id");