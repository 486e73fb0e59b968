CREATE TABLE "client_workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"template_id" uuid,
	"name" text NOT NULL,
	"tasks" jsonb,
	"starts_on" date NOT NULL,
	"generated_through" date,
	"version" integer DEFAULT 0 NOT NULL,
	"generated_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_occurrences" (
	"company_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"task_key" uuid NOT NULL,
	"period" text NOT NULL,
	"task_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_occurrences_workflow_id_task_key_period_pk" PRIMARY KEY("workflow_id","task_key","period")
);
--> statement-breakpoint
CREATE TABLE "workflow_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"built_in" text,
	"hidden" boolean DEFAULT false NOT NULL,
	"tasks" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_workflows" ADD CONSTRAINT "client_workflows_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_workflows" ADD CONSTRAINT "client_workflows_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_workflows" ADD CONSTRAINT "client_workflows_template_id_workflow_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."workflow_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_occurrences" ADD CONSTRAINT "workflow_occurrences_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_occurrences" ADD CONSTRAINT "workflow_occurrences_workflow_id_client_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."client_workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_occurrences" ADD CONSTRAINT "workflow_occurrences_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_templates" ADD CONSTRAINT "workflow_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "client_workflows_template_key" ON "client_workflows" USING btree ("client_id","template_id") WHERE "client_workflows"."template_id" is not null;--> statement-breakpoint
CREATE INDEX "client_workflows_company_idx" ON "client_workflows" USING btree ("company_id","client_id");--> statement-breakpoint
CREATE INDEX "client_workflows_template_idx" ON "client_workflows" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "client_workflows_due_idx" ON "client_workflows" USING btree ("company_id","generated_through");--> statement-breakpoint
CREATE INDEX "workflow_occurrences_task_idx" ON "workflow_occurrences" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_templates_built_in_key" ON "workflow_templates" USING btree ("company_id","built_in") WHERE "workflow_templates"."built_in" is not null;