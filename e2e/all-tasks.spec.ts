import { expect, type Page, test } from "@playwright/test";
import { addMember, callAsPage, signUp } from "./support/kontor.js";

async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const res = await callAsPage(page, "POST", url, data);
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

test("All tasks: filters kept in the address, saved filters, overdue in red, and bulk actions with a result summary", async ({
  page,
  request,
}) => {
  await signUp(page);
  const me = ((await (await page.request.get("/api/me")).json()) as { user: { id: string } }).user.id;
  await addMember(page, request, { name: "Jaan Kask", role: "member" });
  const alder = await post<{ id: string }>(page, "/api/clients", { name: "Alder Bakery OÜ" });
  const birch = await post<{ id: string }>(page, "/api/clients", { name: "Birch Studio OÜ" });
  await post(page, "/api/tasks", {
    clientId: alder.id,
    title: "VAT return — December 2019",
    deadline: "2020-01-20",
    assigneeIds: [me],
  });
  await post(page, "/api/tasks", { clientId: alder.id, title: "Payroll — May 2099", deadline: "2099-06-10" });
  await post(page, "/api/tasks", { clientId: birch.id, title: "Annual report 2098", deadline: "2099-06-30" });

  await page.goto("/tasks");
  await page.getByRole("tab", { name: "All tasks" }).click();
  await expect(page).toHaveURL(/\/tasks\/all$/);
  const table = page.getByRole("table", { name: "Tasks" });
  await expect(table.getByRole("row")).toHaveCount(4);
  const overdueRow = table.getByRole("row", { name: /VAT return — December 2019/ });
  await expect(overdueRow).toContainText("20 Jan 2020 · overdue");

  await test.step("filters go into the address and survive a reload", async () => {
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Overdue" }).click();
    await expect(page).toHaveURL(/status=overdue/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await page.reload();
    await expect(page.getByRole("table", { name: "Tasks" }).getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("Overdue");
  });

  await test.step("a saved filter is kept, applied and deleted", async () => {
    await page.getByRole("button", { name: "Saved filters" }).click();
    await page.getByRole("menuitem", { name: "Save the current filters…" }).click();
    await page.getByRole("dialog").getByLabel("Name").fill("Overdue work");
    await page.getByRole("button", { name: "Save filter" }).click();
    await expect(page.getByText("The filter Overdue work is saved.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(table.getByRole("row")).toHaveCount(4);
    await page.getByRole("button", { name: "Saved filters" }).click();
    await page.getByRole("menuitem", { name: "Overdue work" }).click();
    await expect(page).toHaveURL(/status=overdue/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await page.getByRole("button", { name: "Saved filters" }).click();
    await page.getByRole("button", { name: "Delete the filter Overdue work" }).click();
    await page.getByRole("button", { name: "Delete the filter", exact: true }).click();
    await expect(page.getByText("The filter Overdue work is deleted.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("combobox", { name: "Client" }).fill("Alder");
    await page.getByRole("option", { name: "Alder Bakery OÜ" }).click();
    await expect(page).toHaveURL(/clientId=/);
    await expect(table.getByRole("row")).toHaveCount(3);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(table.getByRole("row")).toHaveCount(4);
  });

  await test.step("bulk: postpone reports the task it refused, reassign, mark done", async () => {
    await page.getByRole("checkbox", { name: "Select Payroll — May 2099 for Alder Bakery OÜ" }).check();
    await page.getByRole("checkbox", { name: "Select Annual report 2098 for Birch Studio OÜ" }).check();
    const bar = page.getByRole("region", { name: "Selected tasks" });
    await expect(bar).toContainText("2 tasks selected.");
    await bar.getByRole("button", { name: "Postpone" }).click();
    await page.getByRole("dialog").getByLabel("New deadline").fill("2099-06-20");
    await page.screenshot({ path: "test-results/all-tasks-bulk.png", fullPage: true });
    await page.getByRole("button", { name: "Postpone 2 tasks" }).click();
    const summary = page.getByRole("dialog", { name: "Postpone: 1 of 2 tasks" });
    await expect(summary).toContainText(
      "Annual report 2098 (Birch Studio OÜ): Choose a day after the current deadline, 2099-06-30.",
    );
    await summary.getByRole("button").first().click();
    await expect(table.getByRole("row", { name: /Payroll — May 2099/ })).toContainText("20 Jun 2099");

    await page.getByRole("checkbox", { name: "Select all tasks on this page" }).check();
    await bar.getByRole("button", { name: "Reassign" }).click();
    // The picker opens with the dialog.
    await page.getByRole("option", { name: "Jaan Kask" }).click();
    await page.getByRole("heading", { name: "Reassign 3 tasks" }).click();
    await page.getByRole("button", { name: "Reassign 3 tasks" }).click();
    await expect(page.getByText("3 tasks are reassigned.")).toBeVisible();
    await expect(table.getByRole("row", { name: /Annual report 2098/ })).toContainText("Jaan Kask");

    await page
      .getByRole("checkbox", { name: "Select VAT return — December 2019 for Alder Bakery OÜ" })
      .check();
    await bar.getByRole("button", { name: "Mark done" }).click();
    await page.getByRole("button", { name: "Mark done 1 task" }).click();
    await expect(page.getByText("1 task is done.")).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(3);
    await page.screenshot({ path: "test-results/all-tasks.png", fullPage: true });
  });
});

test("Calendar: a month of tasks on their deadline days, today marked, +N more, previous and next month", async ({
  page,
}) => {
  await signUp(page);
  const alder = await post<{ id: string }>(page, "/api/clients", { name: "Alder Bakery OÜ" });
  for (const title of ["A payroll", "B VAT return", "C bookkeeping", "D annual report", "E payslips"]) {
    await post(page, "/api/tasks", { clientId: alder.id, title, deadline: "2099-06-10" });
  }
  await post(page, "/api/tasks", { clientId: alder.id, title: "Board minutes", deadline: "2099-07-01" });

  await page.goto("/tasks");
  await page.getByRole("tab", { name: "Calendar" }).click();
  await expect(page.getByRole("gridcell", { includeHidden: false }).filter({ hasText: "today" })).toHaveCount(
    1,
  );

  await page.goto("/tasks/calendar?month=2099-06");
  await expect(page.getByRole("heading", { name: "June 2099" })).toBeVisible();
  const tenth = page.getByRole("gridcell", { name: "2099-06-10" });
  await expect(tenth.getByRole("link")).toHaveCount(3);
  await expect(tenth).toContainText("A payroll");
  // 1 July shows in June's last week.
  await expect(page.getByRole("gridcell", { name: "2099-07-01" })).toContainText("Board minutes");
  await tenth.getByRole("button", { name: "+2 more" }).click();
  await expect(page.getByRole("dialog").getByRole("link", { name: /E payslips/ })).toBeVisible();
  await page.screenshot({ path: "test-results/calendar.png", fullPage: true });
  await page
    .getByRole("dialog")
    .getByRole("link", { name: /E payslips/ })
    .click();
  await expect(page.getByRole("heading", { name: "E payslips" })).toBeVisible();
  await page.goBack();

  await page.getByRole("button", { name: "Next month" }).click();
  await expect(page.getByRole("heading", { name: "July 2099" })).toBeVisible();
  await expect(page).toHaveURL(/month=2099-07/);
  await page.getByRole("button", { name: "Previous month" }).click();
  await page.getByRole("button", { name: "Previous month" }).click();
  await expect(page.getByRole("heading", { name: "May 2099" })).toBeVisible();
});

test("A client's Tasks tab lists its tasks and adds one for it", async ({ page }) => {
  await signUp(page);
  const alder = await post<{ id: string }>(page, "/api/clients", { name: "Alder Bakery OÜ" });
  const birch = await post<{ id: string }>(page, "/api/clients", { name: "Birch Studio OÜ" });
  await post(page, "/api/tasks", { clientId: alder.id, title: "Payroll — May 2099", deadline: "2099-06-10" });
  await post(page, "/api/tasks", { clientId: birch.id, title: "Not Alder's", deadline: "2099-06-10" });

  await page.goto(`/clients/${alder.id}`);
  await page.getByRole("tab", { name: "Tasks" }).click();
  await expect(page).toHaveURL(/tab=tasks/);
  const table = page.getByRole("table", { name: "Tasks for Alder Bakery OÜ" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Payroll — May 2099");

  await page.getByRole("button", { name: "New task" }).click();
  const dialog = page.getByRole("dialog", { name: "New task" });
  await expect(dialog.getByRole("combobox", { name: "Client" })).toHaveValue("Alder Bakery OÜ");
  await dialog.getByLabel("Title").fill("VAT return — May 2099");
  await dialog.getByLabel("Deadline").fill("2099-06-20");
  await dialog.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByText("VAT return — May 2099 is added for Alder Bakery OÜ.")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await page.screenshot({ path: "test-results/client-tasks.png", fullPage: true });
});
