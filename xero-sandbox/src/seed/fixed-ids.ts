/**
 * Fixed identifiers of the demo world, so documentation and tests can name them. Everything
 * else in the demo data is drawn from a seeded generator and is equally stable.
 */
export const DEMO_FIRM_TENANT_ID = "6a7f3c2e-1b4d-4f8a-9e0c-5d2b7a1c0001";
export const DEMO_BAKERY_TENANT_ID = "6a7f3c2e-1b4d-4f8a-9e0c-5d2b7a1c0002";
export const DEMO_DENTAL_TENANT_ID = "6a7f3c2e-1b4d-4f8a-9e0c-5d2b7a1c0003";
export const DEMO_LANDSCAPING_TENANT_ID = "6a7f3c2e-1b4d-4f8a-9e0c-5d2b7a1c0004";

export const DEMO_USER_EMAIL = "demo@kontor.test";
export const DEMO_USER_PASSWORD = "demo";
/** A second user with a single organisation, to see the consent screen without a choice. */
export const SOLO_USER_EMAIL = "solo@kontor.test";
export const SOLO_USER_PASSWORD = "demo";

export interface DemoOrganisation {
  tenantId: string;
  name: string;
  kind: "firm" | "bakery" | "dental" | "landscaping";
  shortCode: string;
  createdYearsAgo: number;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    tenantId: DEMO_FIRM_TENANT_ID,
    name: "Demo Accounting Firm Ltd",
    kind: "firm",
    shortCode: "!Kt4fD",
    createdYearsAgo: 6,
  },
  {
    tenantId: DEMO_BAKERY_TENANT_ID,
    name: "Northwind Bakery Ltd",
    kind: "bakery",
    shortCode: "!Nw7bK",
    createdYearsAgo: 4,
  },
  {
    tenantId: DEMO_DENTAL_TENANT_ID,
    name: "Harbour View Dental Ltd",
    kind: "dental",
    shortCode: "!Hv2dN",
    createdYearsAgo: 3,
  },
  {
    tenantId: DEMO_LANDSCAPING_TENANT_ID,
    name: "Greenway Landscaping Ltd",
    kind: "landscaping",
    shortCode: "!Gw9lS",
    createdYearsAgo: 2,
  },
];

export const DEMO_USERS = [
  {
    userId: "6a7f3c2e-1b4d-4f8a-9e0c-5d2b7a1c1001",
    subject: "0b6cbf5a3e1d4c7f9a2e8d4b6c1f3a50",
    email: DEMO_USER_EMAIL,
    password: DEMO_USER_PASSWORD,
    givenName: "Dana",
    familyName: "Demo",
    tenantIds: [
      DEMO_FIRM_TENANT_ID,
      DEMO_BAKERY_TENANT_ID,
      DEMO_DENTAL_TENANT_ID,
      DEMO_LANDSCAPING_TENANT_ID,
    ],
  },
  {
    userId: "6a7f3c2e-1b4d-4f8a-9e0c-5d2b7a1c1002",
    subject: "7d2e9f1a4b6c3e8d0f5a2b7c9e1d4f60",
    email: SOLO_USER_EMAIL,
    password: SOLO_USER_PASSWORD,
    givenName: "Sam",
    familyName: "Solo",
    tenantIds: [DEMO_LANDSCAPING_TENANT_ID],
  },
] as const;
