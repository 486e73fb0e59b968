CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"billable" boolean DEFAULT true NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "topics_name_key" ON "topics" USING btree ("company_id",lower("name"));--> statement-breakpoint
-- Companies made before topics existed start with the same list a new company gets.
INSERT INTO "topics" ("company_id", "name", "billable")
SELECT c."id", t."name", t."billable"
FROM "companies" c
CROSS JOIN (VALUES ('Bookkeeping', true), ('VAT return', true), ('Payroll', true),
  ('Annual report', true), ('Consulting', true), ('Internal', false)) AS t("name", "billable");
