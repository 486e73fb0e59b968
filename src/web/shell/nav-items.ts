import type { ComponentType } from "react";
import {
  AppsIcon,
  CheckIcon,
  ClientsIcon,
  CompanyIcon,
  DashboardIcon,
  KeyIcon,
  MailIcon,
  ReceiptIcon,
  RepeatIcon,
  TeamIcon,
} from "../components/icons.js";

export interface NavigationItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** The pages the link is marked current on, when more than its own: "/billing" for every Billing tab. */
  section?: string;
  /** Pages under it that another link stands for: My tasks is not current on /tasks/templates. */
  except?: string;
  /** Shown only to some, or only sometimes; always when not set. */
  shownWhen?: (context: NavigationContext) => boolean;
}

/** What decides whether a link is shown. */
export interface NavigationContext {
  canManage: boolean;
  /** Kontor has no mail server: its mail is kept in the Outbox. */
  mailKeptInOutbox: boolean;
}

export interface NavigationSection {
  /** Shown above the section's links; the first section has none. */
  title?: string;
  items: NavigationItem[];
}

/** The app's main navigation: client work first, then the company's settings. */
export const NAVIGATION: NavigationSection[] = [
  {
    items: [
      { to: "/", label: "Dashboard", icon: DashboardIcon },
      { to: "/tasks", label: "My tasks", icon: CheckIcon, except: "/tasks/templates/*" },
      { to: "/tasks/templates", label: "Workflows", icon: RepeatIcon, section: "/tasks/templates/*" },
      { to: "/clients", label: "Clients", icon: ClientsIcon },
      { to: "/billing/invoices", label: "Billing", icon: ReceiptIcon, section: "/billing" },
      { to: "/team", label: "Team", icon: TeamIcon },
    ],
  },
  {
    title: "Settings",
    items: [
      { to: "/apps", label: "Settings & Apps", icon: AppsIcon },
      { to: "/company", label: "Company settings", icon: CompanyIcon },
      { to: "/api-tokens", label: "API tokens", icon: KeyIcon },
      {
        to: "/outbox",
        label: "Outbox",
        icon: MailIcon,
        shownWhen: ({ canManage, mailKeptInOutbox }) => canManage && mailKeptInOutbox,
      },
    ],
  },
];
