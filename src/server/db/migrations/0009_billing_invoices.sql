CREATE TABLE "billing_settings" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"accounting_service" text DEFAULT 'none' NOT NULL,
	"number_prefix" text DEFAULT 'INV-' NOT NULL,
	"next_number" integer DEFAULT 1 NOT NULL,
	"payment_terms_days" integer DEFAULT 14 NOT NULL,
	"payment_terms_from" text DEFAULT 'invoice_date' NOT NULL,
	"default_vat_rate_id" uuid,
	"amounts_are" text DEFAULT 'exclusive' NOT NULL,
	"base_currency" text DEFAULT 'EUR' NOT NULL,
	"unit_price_dp" integer DEFAULT 2 NOT NULL,
	"firm_legal_name" text,
	"firm_registry_code" text,
	"firm_vat_number" text,
	"firm_address" text,
	"firm_bank_account" text,
	"firm_email" text,
	"firm_phone" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_settings_next_number_check" CHECK ("billing_settings"."next_number" >= 1),
	CONSTRAINT "billing_settings_unit_price_dp_check" CHECK ("billing_settings"."unit_price_dp" in (2, 4)),
	CONSTRAINT "billing_settings_service_check" CHECK ("billing_settings"."accounting_service" in ('none', 'xero')),
	CONSTRAINT "billing_settings_terms_check" CHECK ("billing_settings"."payment_terms_from" in ('invoice_date', 'end_of_month')),
	CONSTRAINT "billing_settings_amounts_check" CHECK ("billing_settings"."amounts_are" in ('exclusive', 'inclusive'))
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"product_id" uuid,
	"description" text NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"unit_price" numeric(18, 4) NOT NULL,
	"discount_rate" numeric(7, 4),
	"vat_rate_id" uuid,
	"tax_rate" numeric(9, 4) DEFAULT '0' NOT NULL,
	"resource_code_id" uuid,
	"line_amount" numeric(18, 2) NOT NULL,
	"tax_amount" numeric(18, 2) NOT NULL,
	"contract_line_id" uuid,
	"period" text,
	"credited_line_id" uuid
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text DEFAULT 'invoice' NOT NULL,
	"number" text,
	"number_sequence" integer,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"client_id" uuid NOT NULL,
	"client_name" text DEFAULT '' NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(number, '') || ' ' || client_name)) STORED,
	"client_snapshot" jsonb,
	"firm_snapshot" jsonb,
	"date" date NOT NULL,
	"due_date" date NOT NULL,
	"currency" text NOT NULL,
	"reference" text,
	"amounts_are" text NOT NULL,
	"sub_total" numeric(18, 2) DEFAULT '0' NOT NULL,
	"total_tax" numeric(18, 2) DEFAULT '0' NOT NULL,
	"total" numeric(18, 2) DEFAULT '0' NOT NULL,
	"credited_invoice_id" uuid,
	"billing_run_id" uuid,
	"created_by" uuid,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_kind_check" CHECK ("invoices"."kind" in ('invoice', 'credit_note')),
	CONSTRAINT "invoices_status_check" CHECK ("invoices"."status" in ('in_progress', 'created')),
	CONSTRAINT "invoices_amounts_check" CHECK ("invoices"."amounts_are" in ('exclusive', 'inclusive', 'none')),
	CONSTRAINT "invoices_number_when_created" CHECK (("invoices"."status" = 'created') = ("invoices"."number" is not null)),
	CONSTRAINT "invoices_credit_note_links_invoice" CHECK (("invoices"."kind" = 'credit_note') = ("invoices"."credited_invoice_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "unit" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "time_zone" text DEFAULT 'Europe/Tallinn' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "country" text DEFAULT 'EE' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_default_vat_rate_id_vat_rates_id_fk" FOREIGN KEY ("default_vat_rate_id") REFERENCES "public"."vat_rates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_vat_rate_id_vat_rates_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."vat_rates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_resource_code_id_resource_codes_id_fk" FOREIGN KEY ("resource_code_id") REFERENCES "public"."resource_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_credited_line_id_invoice_lines_id_fk" FOREIGN KEY ("credited_line_id") REFERENCES "public"."invoice_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credited_invoice_id_invoices_id_fk" FOREIGN KEY ("credited_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice_idx" ON "invoice_lines" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoice_lines_product_idx" ON "invoice_lines" USING btree ("product_id") WHERE "invoice_lines"."product_id" is not null;--> statement-breakpoint
CREATE INDEX "invoice_lines_credited_idx" ON "invoice_lines" USING btree ("credited_line_id") WHERE "invoice_lines"."credited_line_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("company_id","number") WHERE "invoices"."number" is not null;--> statement-breakpoint
CREATE INDEX "invoices_company_date_idx" ON "invoices" USING btree ("company_id","date","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_company_status_date_idx" ON "invoices" USING btree ("company_id","status","date","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_company_status_due_idx" ON "invoices" USING btree ("company_id","status","due_date","id");--> statement-breakpoint
CREATE INDEX "invoices_company_client_date_idx" ON "invoices" USING btree ("company_id","client_id","date","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_company_client_name_idx" ON "invoices" USING btree ("company_id",lower("client_name"),"id");--> statement-breakpoint
CREATE INDEX "invoices_company_issued_idx" ON "invoices" USING btree ("company_id","issued_at","number_sequence","id");--> statement-breakpoint
CREATE INDEX "invoices_company_total_idx" ON "invoices" USING btree ("company_id","total","id");--> statement-breakpoint
CREATE INDEX "invoices_credited_idx" ON "invoices" USING btree ("credited_invoice_id") WHERE "invoices"."credited_invoice_id" is not null;--> statement-breakpoint
CREATE INDEX "invoices_search_trgm_idx" ON "invoices" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- The invoice list sorts and searches by client name without a join: each invoice keeps its
-- client's current name, whoever writes the invoice or renames the client.
CREATE FUNCTION kontor_invoice_client_name() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT name INTO NEW.client_name FROM clients WHERE id = NEW.client_id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_client_name BEFORE INSERT OR UPDATE OF client_id ON invoices
  FOR EACH ROW EXECUTE FUNCTION kontor_invoice_client_name();
--> statement-breakpoint
CREATE FUNCTION kontor_client_name_to_invoices() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE invoices SET client_name = NEW.name
    WHERE company_id = NEW.company_id AND client_id = NEW.id AND client_name IS DISTINCT FROM NEW.name;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clients_name_to_invoices AFTER UPDATE OF name ON clients
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION kontor_client_name_to_invoices();
--> statement-breakpoint
-- The invoice list keeps its search totals in the same cache as the client list (ClientTotals):
-- any change to a company's invoices drops that company's totals, whoever makes it.
CREATE TRIGGER invoices_notify_client_list_change AFTER INSERT OR UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_client_list_change();
