ALTER TABLE "companies" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "working_days" smallint[] DEFAULT '{1,2,3,4,5}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_working_days_check" CHECK (cardinality("companies"."working_days") > 0 and "companies"."working_days" <@ '{1,2,3,4,5,6,7}'::smallint[]);