import { createBrowserRouter, Navigate } from "react-router";
import { SettingsAndAppsPage } from "../features/apps/SettingsAndAppsPage.js";
import { LoginPage } from "../features/auth/LoginPage.js";
import { RedirectIfSignedIn } from "../features/auth/RedirectIfSignedIn.js";
import { RequireSignedIn } from "../features/auth/RequireSignedIn.js";
import { SignupPage } from "../features/auth/SignupPage.js";
import { BillingPage } from "../features/billing/BillingPage.js";
import { ClientPage } from "../features/clients/ClientPage.js";
import { ClientsPage } from "../features/clients/ClientsPage.js";
import { CompanySettingsPage } from "../features/company/CompanySettingsPage.js";
import { DashboardPage } from "../features/dashboard/DashboardPage.js";
import { AcceptInvitePage } from "../features/members/AcceptInvitePage.js";
import { TeamPage } from "../features/members/TeamPage.js";
import { ApiTokensPage } from "../features/tokens/ApiTokensPage.js";
import { AppLayout } from "../shell/AppLayout.js";
import { lazyPage } from "./lazy-page.js";
import { NotFoundPage } from "./NotFoundPage.js";
import { RouteError } from "./RouteError.js";
import { SettingsAppsRedirect } from "./SettingsAppsRedirect.js";

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: "/login", element: <LoginPage /> },
          { path: "/signup", element: <SignupPage /> },
          {
            path: "/forgot-password",
            element: lazyPage(() => import("../features/auth/ForgotPasswordPage.js"), "ForgotPasswordPage"),
          },
        ],
      },
      { path: "/invite/:token", element: <AcceptInvitePage /> },
      {
        path: "/reset-password/:token",
        element: lazyPage(() => import("../features/auth/ResetPasswordPage.js"), "ResetPasswordPage"),
      },
      {
        path: "/confirm-email/:token",
        element: lazyPage(() => import("../features/auth/ConfirmEmailPage.js"), "ConfirmEmailPage"),
      },
      {
        element: <RequireSignedIn />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { path: "/", element: <DashboardPage /> },
              { path: "/clients", element: <ClientsPage /> },
              {
                path: "/tasks",
                element: lazyPage(() => import("../features/tasks/MyTasksPage.js"), "MyTasksPage"),
              },
              {
                path: "/tasks/templates",
                element: lazyPage(
                  () => import("../features/workflows/WorkflowTemplatesPage.js"),
                  "WorkflowTemplatesPage",
                ),
              },
              {
                path: "/tasks/templates/:id",
                element: lazyPage(
                  () => import("../features/workflows/TemplateEditorPage.js"),
                  "TemplateEditorPage",
                ),
              },
              {
                path: "/tasks/all",
                element: lazyPage(() => import("../features/tasks/AllTasksPage.js"), "AllTasksPage"),
              },
              {
                path: "/tasks/calendar",
                element: lazyPage(() => import("../features/tasks/CalendarPage.js"), "CalendarPage"),
              },
              {
                path: "/tasks/:id",
                element: lazyPage(() => import("../features/tasks/TaskPage.js"), "TaskPage"),
              },
              { path: "/clients/:id", element: <ClientPage /> },
              { path: "/billing", element: <Navigate to="/billing/invoices" replace /> },
              {
                path: "/billing/invoices",
                element: lazyPage(
                  () => import("../features/billing/invoices/InvoicesPage.js"),
                  "InvoicesPage",
                ),
              },
              {
                path: "/billing/invoices/new",
                element: lazyPage(
                  () => import("../features/billing/invoices/InvoiceEditorPage.js"),
                  "NewInvoicePage",
                ),
              },
              {
                path: "/billing/invoices/:id",
                element: lazyPage(
                  () => import("../features/billing/invoices/InvoiceEditorPage.js"),
                  "InvoicePage",
                ),
              },
              {
                path: "/billing/create-invoices",
                element: lazyPage(
                  () => import("../features/billing/runs/CreateInvoicesPage.js"),
                  "CreateInvoicesPage",
                ),
              },
              {
                path: "/billing/contract-templates",
                element: lazyPage(
                  () => import("../features/billing/contracts/ContractTemplatesPage.js"),
                  "ContractTemplatesPage",
                ),
              },
              { path: "/billing/:section", element: <BillingPage /> },
              { path: "/team", element: <TeamPage /> },
              { path: "/apps", element: <SettingsAndAppsPage /> },
              { path: "/apps/billing", element: <Navigate to="/apps/billing/setup" replace /> },
              {
                path: "/apps/billing/:tab",
                element: lazyPage(
                  () => import("../features/billing/setup/BillingAppPage.js"),
                  "BillingAppPage",
                ),
              },
              { path: "/settings/apps", element: <SettingsAppsRedirect /> },
              { path: "/company", element: <CompanySettingsPage /> },
              { path: "/api-tokens", element: <ApiTokensPage /> },
              {
                path: "/profile",
                element: lazyPage(() => import("../features/profile/ProfilePage.js"), "ProfilePage"),
              },
              {
                path: "/outbox",
                element: lazyPage(() => import("../features/outbox/OutboxPage.js"), "OutboxPage"),
              },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
