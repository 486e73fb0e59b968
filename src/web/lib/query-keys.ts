/** Every server state the web app caches, one key each, so mutations invalidate the right ones. */
export const queryKeys = {
  me: ["me"],
  company: ["company"],
  topics: ["topics"],
  /** Every task list and task: invalidate this after any change to tasks. */
  tasks: ["tasks"],
  taskList: (query: string) => ["tasks", "list", query],
  task: (id: string) => ["tasks", "one", id],
  taskHistory: (id: string) => ["tasks", "history", id],
  taskSettings: ["company", "task-settings"],
  companyCalendar: ["company", "calendar"],
  companyHolidays: (year: number) => ["company", "holidays", year],
  holidayCountries: ["holiday-places", "countries"],
  holidayRegions: (country: string) => ["holiday-places", "regions", country],
  /** How to reach whoever runs this Kontor (SUPPORT_EMAIL). */
  support: ["support"],
  members: ["members"],
  /** The firm's numbers; depends on clients and imports, so it sits under both. */
  dashboard: ["clients", "dashboard"],
  apps: ["apps"],
  xeroConnection: ["integrations", "xero"],
  tokens: ["tokens"],
  profile: ["profile"],
  sessions: ["sessions"],
  outbox: ["outbox"],
  passwordReset: (token: string) => ["password-reset", token],
  invitation: (token: string) => ["invitation", token],
  /** Every client list and card: invalidate this after any change to clients. */
  clients: ["clients"],
  clientList: (params: Record<string, string | number | undefined>) => ["clients", "list", params],
  client: (id: string) => ["clients", "card", id],
  /** The latest client import, followed while it runs (without its candidates). */
  latestImport: ["imports", "latest"],
  /** One import with its candidates (the preview). */
  importPreview: (id: string) => ["imports", "preview", id],
  /** One import without its candidates. */
  importRun: (id: string) => ["imports", "run", id],
  billing: ["billing"],
  billingList: (list: string) => ["billing", list],
  classificatorImport: (id: string) => ["classificator-import", id],
  /** What creating invoices for a period would make; "" is this month (the server's default). */
  billingRunPreview: (period: string) => ["billing-runs", "preview", period],
  billingRun: (id: string) => ["billing-runs", "run", id],
  /** Every invoice list and invoice: invalidate this after any change to invoices. */
  invoices: ["invoices"],
  invoiceList: (query: string) => ["invoices", "list", query],
  invoice: (id: string) => ["invoices", "one", id],
  /** Every contract and template: a template's change reaches the contracts following it. */
  contracts: ["contracts"],
  contract: (clientId: string) => ["contracts", "client", clientId],
  contractTemplates: ["contracts", "templates"],
  /** Every workflow template and client workflow: applying a template changes both. */
  workflows: ["workflows"],
  workflowTemplates: (includeHidden: boolean) => ["workflows", "templates", includeHidden],
  workflowTemplate: (id: string) => ["workflows", "template", id],
  clientWorkflows: (clientId: string) => ["workflows", "client", clientId],
  dueDates: (schedule: string) => ["due-dates", schedule],
} as const;
