import type { DemoOrganisation } from "./fixed-ids.js";
import type { ActivityProfile } from "./transactions.js";

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

const BILL_LINES = [
  { description: "Office rent", quantity: 1, unitAmount: 950, accountCode: "469", taxType: "EXEMPTINPUT" },
  { description: "Electricity", quantity: 1, unitAmount: 184.37, accountCode: "445", taxType: "RRINPUT" },
  {
    description: "Software subscription",
    quantity: 1,
    unitAmount: 42,
    accountCode: "485",
    taxType: "INPUT2",
  },
  { description: "Advertising", quantity: 1, unitAmount: 260, accountCode: "400", taxType: "INPUT2" },
  { description: "Sundry supplies", quantity: 3, unitAmount: 18.99, accountCode: "429", taxType: "INPUT2" },
];

/** How busy each demo organisation is, month by month, and what it sells. */
export const ACTIVITY: Record<DemoOrganisation["kind"], ActivityProfile> = {
  firm: {
    salesPerMonth: 0.8,
    billsPerMonth: 1,
    bankPerMonth: 6,
    season: FLAT,
    lineAmountTypes: "Exclusive",
    salesLines: [
      {
        description: "Monthly bookkeeping",
        quantity: 1,
        unitAmount: 250,
        accountCode: "210",
        taxType: "OUTPUT2",
        itemCode: "BOOK-M",
      },
      {
        description: "VAT return",
        quantity: 1,
        unitAmount: 150,
        accountCode: "210",
        taxType: "OUTPUT2",
        itemCode: "VATRET",
      },
      {
        description: "Advisory (per hour)",
        quantity: 2.5,
        unitAmount: 95.5,
        accountCode: "220",
        taxType: "OUTPUT2",
        itemCode: "ADVISE-H",
      },
      {
        description: "Payroll run (per employee)",
        quantity: 8,
        unitAmount: 15,
        accountCode: "215",
        taxType: "OUTPUT2",
        itemCode: "PAYROLL",
      },
    ],
    billLines: BILL_LINES,
  },
  bakery: {
    salesPerMonth: 34,
    billsPerMonth: 12,
    bankPerMonth: 55,
    season: [0.8, 0.8, 0.9, 1, 1, 1.1, 1.1, 1.1, 1, 1, 1.2, 1.7],
    lineAmountTypes: "Exclusive",
    salesLines: [
      {
        description: "White loaf (wholesale)",
        quantity: 40,
        unitAmount: 1.85,
        accountCode: "200",
        taxType: "ZERORATEDOUTPUT",
        itemCode: "LOAF-W",
      },
      {
        description: "Sourdough (wholesale)",
        quantity: 24,
        unitAmount: 3.2,
        accountCode: "200",
        taxType: "ZERORATEDOUTPUT",
        itemCode: "SOURDOUGH",
      },
      {
        description: "Croissants (box of 12)",
        quantity: 6,
        unitAmount: 14.4,
        accountCode: "200",
        taxType: "ZERORATEDOUTPUT",
        itemCode: "CROISSANT",
      },
      {
        description: "Catering platter",
        quantity: 1,
        unitAmount: 65,
        accountCode: "200",
        taxType: "OUTPUT2",
        itemCode: "CATERING",
      },
    ],
    billLines: [
      ...BILL_LINES,
      {
        description: "Flour (25 kg sack)",
        quantity: 12,
        unitAmount: 18.75,
        accountCode: "310",
        taxType: "ZERORATEDINPUT",
      },
    ],
  },
  dental: {
    salesPerMonth: 16,
    billsPerMonth: 7,
    bankPerMonth: 30,
    season: [1.1, 1, 1, 0.9, 1, 0.9, 0.7, 0.6, 1.1, 1.1, 1, 0.8],
    lineAmountTypes: "Inclusive",
    salesLines: [
      {
        description: "Dental check-up",
        quantity: 1,
        unitAmount: 55,
        accountCode: "200",
        taxType: "EXEMPTOUTPUT",
        itemCode: "CHECKUP",
      },
      {
        description: "Hygienist appointment",
        quantity: 1,
        unitAmount: 70,
        accountCode: "200",
        taxType: "EXEMPTOUTPUT",
        itemCode: "HYGIENE",
      },
      {
        description: "Teeth whitening",
        quantity: 1,
        unitAmount: 350,
        accountCode: "200",
        taxType: "OUTPUT2",
        itemCode: "WHITEN",
      },
    ],
    billLines: BILL_LINES,
  },
  landscaping: {
    salesPerMonth: 12,
    billsPerMonth: 6,
    bankPerMonth: 22,
    season: [0.3, 0.4, 0.8, 1.3, 1.6, 1.8, 1.8, 1.6, 1.2, 0.8, 0.5, 0.3],
    lineAmountTypes: "Exclusive",
    salesLines: [
      {
        description: "Lawn mowing visit",
        quantity: 4,
        unitAmount: 35,
        accountCode: "200",
        taxType: "OUTPUT2",
        itemCode: "MOW",
      },
      {
        description: "Hedge trimming (per hour)",
        quantity: 3,
        unitAmount: 28.5,
        accountCode: "200",
        taxType: "OUTPUT2",
        itemCode: "HEDGE",
      },
      {
        description: "Garden design",
        quantity: 1,
        unitAmount: 450,
        accountCode: "200",
        taxType: "OUTPUT2",
        itemCode: "DESIGN",
      },
      {
        description: "Turf (per m²)",
        quantity: 30,
        unitAmount: 6.25,
        accountCode: "200",
        taxType: "OUTPUT2",
        itemCode: "TURF",
      },
    ],
    billLines: [
      ...BILL_LINES,
      { description: "Fuel", quantity: 60, unitAmount: 1.45, accountCode: "429", taxType: "INPUT2" },
    ],
  },
};

export const CUSTOMER_COUNTS: Record<DemoOrganisation["kind"], number> = {
  firm: 60,
  bakery: 28,
  dental: 45,
  landscaping: 24,
};

export const SUPPLIERS: Record<DemoOrganisation["kind"], string[]> = {
  firm: ["Cloud Ledger Software Ltd", "Office Supplies Direct Ltd", "City Centre Properties Ltd"],
  bakery: ["Yorkshire Mills Ltd", "Dairy Fresh Wholesale", "Packaging Plus Ltd", "Northern Power Co"],
  dental: ["Dental Supplies UK Ltd", "Harbour Estates Ltd", "Clinical Waste Services"],
  landscaping: ["Turf & Seed Wholesale", "Fuel Direct Ltd", "Plant Hire North"],
};
