CREATE TABLE "billed_contract_lines" (
	"company_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"contract_line_id" uuid NOT NULL,
	"period" text NOT NULL,
	"invoice_id" uuid,
	"billing_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billed_contract_lines_client_id_contract_line_id_period_pk" PRIMARY KEY("client_id","contract_line_id","period")
);
--> statement-breakpoint
CREATE TABLE "billing_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"period" text NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"billing_day_up_to" integer,
	"cursor" uuid,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "billing_runs_period_check" CHECK ("billing_runs"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "billing_runs_status_check" CHECK ("billing_runs"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "billing_runs_trigger_check" CHECK ("billing_runs"."trigger" in ('schedule', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "contract_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"contract_id" uuid,
	"template_id" uuid,
	"position" integer NOT NULL,
	"source_line_id" uuid,
	"product_id" uuid NOT NULL,
	"description" text,
	"quantity" numeric(18, 4) NOT NULL,
	"unit_price" numeric(18, 4),
	"frequency" text NOT NULL,
	"start_month" text NOT NULL,
	"end_month" text,
	CONSTRAINT "contract_lines_owner_check" CHECK (("contract_lines"."contract_id" is null) <> ("contract_lines"."template_id" is null)),
	CONSTRAINT "contract_lines_frequency_check" CHECK ("contract_lines"."frequency" in ('monthly', 'quarterly', 'yearly')),
	CONSTRAINT "contract_lines_quantity_check" CHECK ("contract_lines"."quantity" > 0),
	CONSTRAINT "contract_lines_start_check" CHECK ("contract_lines"."start_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "contract_lines_end_check" CHECK ("contract_lines"."end_month" is null or ("contract_lines"."end_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and "contract_lines"."end_month" >= "contract_lines"."start_month"))
);
--> statement-breakpoint
CREATE TABLE "contract_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"billing_day" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_templates_billing_day_check" CHECK ("contract_templates"."billing_day" between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"billing_day" integer NOT NULL,
	"template_id" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_billing_day_check" CHECK ("contracts"."billing_day" between 1 and 31)
);
--> statement-breakpoint
ALTER TABLE "billed_contract_lines" ADD CONSTRAINT "billed_contract_lines_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billed_contract_lines" ADD CONSTRAINT "billed_contract_lines_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billed_contract_lines" ADD CONSTRAINT "billed_contract_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billed_contract_lines" ADD CONSTRAINT "billed_contract_lines_billing_run_id_billing_runs_id_fk" FOREIGN KEY ("billing_run_id") REFERENCES "public"."billing_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_runs" ADD CONSTRAINT "billing_runs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_runs" ADD CONSTRAINT "billing_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_lines" ADD CONSTRAINT "contract_lines_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_lines" ADD CONSTRAINT "contract_lines_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_lines" ADD CONSTRAINT "contract_lines_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_lines" ADD CONSTRAINT "contract_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_templates" ADD CONSTRAINT "contract_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "billed_contract_lines_company_period_idx" ON "billed_contract_lines" USING btree ("company_id","period");--> statement-breakpoint
CREATE INDEX "billing_runs_company_created_idx" ON "billing_runs" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "billing_runs_working_idx" ON "billing_runs" USING btree ("status") WHERE "billing_runs"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "contract_lines_contract_idx" ON "contract_lines" USING btree ("contract_id","position") WHERE "contract_lines"."contract_id" is not null;--> statement-breakpoint
CREATE INDEX "contract_lines_template_idx" ON "contract_lines" USING btree ("template_id","position") WHERE "contract_lines"."template_id" is not null;--> statement-breakpoint
CREATE INDEX "contract_lines_product_idx" ON "contract_lines" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_templates_name_key" ON "contract_templates" USING btree ("company_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_client_key" ON "contracts" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "contracts_company_client_idx" ON "contracts" USING btree ("company_id","client_id");--> statement-breakpoint
CREATE INDEX "contracts_template_idx" ON "contracts" USING btree ("template_id") WHERE "contracts"."template_id" is not null;