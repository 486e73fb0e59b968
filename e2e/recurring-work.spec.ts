import { expect, test } from "@playwright/test";
import { callAsPage, signUp } from "./support/kontor.js";

test("Recurring work: the company calendar set, a template with a business-day rule applied to three clients from the list, its tasks on My tasks and in the calendar (planned ones further ahead), a checklist ticked and a task marked done", async ({
  page,
}) => {
  await signUp(page);
  await page.goto("/");
  const me = (await (await page.request.get("/api/me")).json()) as { user: { id: string } };
  const clients = ["Alder Bakery OÜ", "Birch Books OÜ", "Cedar Cafe OÜ"];
  for (const name of clients) {
    const made = await callAsPage(page, "POST", "/api/clients", { name, responsibleUserId: me.user.id });
    expect(made.status(), await made.text()).toBe(201);
  }

  await test.step("the company calendar: the United Kingdom, England", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Company settings" })
      .click();
    const calendar = page.getByRole("region", { name: "Calendar" });
    await calendar.getByRole("combobox", { name: "Country" }).fill("United King");
    await page.getByRole("option", { name: "United Kingdom" }).click();
    await calendar.getByRole("combobox", { name: "Region" }).click();
    await page.getByRole("option", { name: "England" }).click();
    await calendar.getByRole("button", { name: "Save calendar" }).click();
    await expect(page.getByText("The company calendar is saved")).toBeVisible();
  });

  await test.step("a template: VAT return 20 business days after the month ends", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workflows" }).click();
    await page.getByRole("link", { name: "New template" }).click();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("VAT monthly");
    const task = page.getByRole("group", { name: "Task 1" });
    await task.getByLabel("Title").fill("VAT return");
    await task.getByRole("combobox", { name: "Due", exact: true }).click();
    await page.getByRole("option", { name: "Business days after…" }).click();
    await task.getByLabel("Business days").fill("20");
    await task.getByLabel("Checklist").fill("Return filed\nClient told the amount");
    await page.getByRole("button", { name: "Add template" }).click();
    await expect(page.getByText("VAT monthly is added.")).toBeVisible();
  });

  await test.step("applied to the three clients from the client list", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
    await page.getByRole("checkbox", { name: "Select the clients on this page" }).click();
    await page.getByRole("button", { name: "Apply workflow" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply a workflow" });
    await dialog.getByRole("combobox", { name: "Template" }).click();
    await page.getByRole("option", { name: "VAT monthly" }).click();
    await dialog.getByRole("button", { name: "Next" }).click();
    await dialog.getByRole("button", { name: "Apply to 3 clients" }).click();
    await expect(dialog.getByText("Applied to 3 clients")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
  });

  // Whatever today is, last month's return or this month's is due within 45 days.
  const mine = (await (await page.request.get("/api/tasks?assignee=me&status=open")).json()) as {
    items: { title: string; deadline: string; client: { name: string } }[];
  };
  expect(mine.items.length).toBeGreaterThanOrEqual(3);
  const first = mine.items[0]!;
  expect(first.title).toMatch(/^VAT return — \w+ \d{4}$/);

  await test.step("the tasks on My tasks", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My tasks" }).click();
    for (const name of clients) {
      await expect(
        page.getByRole("row", { name: new RegExp(`${first.title}.*${name}`) }).first(),
      ).toBeVisible();
    }
    await page.screenshot({ path: "test-results/recurring-my-tasks.png", fullPage: true });
  });

  await test.step("in the calendar, and planned further ahead", async () => {
    const month = first.deadline.slice(0, 7);
    await page.goto(`/tasks/calendar?month=${month}`);
    const grid = page.getByRole("grid", { name: /^Tasks in / });
    await expect(grid.getByRole("link", { name: new RegExp(first.title) })).toHaveCount(3);
    const [year, m] = month.split("-").map(Number) as [number, number];
    const later = `${m + 3 > 12 ? year + 1 : year}-${String(((m + 2) % 12) + 1).padStart(2, "0")}`;
    await page.goto(`/tasks/calendar?month=${later}`);
    await expect(page.locator('[data-planned="true"]')).toHaveCount(3);
    await page.screenshot({ path: "test-results/recurring-calendar-planned.png", fullPage: true });
  });

  await test.step("a checklist ticked, the task marked done", async () => {
    await page.goto("/tasks");
    await page.getByRole("link", { name: first.title }).first().click();
    await expect(page.getByRole("heading", { name: first.title })).toBeVisible();
    await page.getByRole("checkbox", { name: "Return filed" }).click();
    await expect(page.getByRole("checkbox", { name: "Return filed" })).toBeChecked();
    await expect(page.getByText("made the task from the workflow “VAT monthly”")).toBeVisible();
    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(page.getByText(new RegExp(`${first.title} is done`))).toBeVisible();
    await page.screenshot({ path: "test-results/recurring-task-done.png", fullPage: true });
  });
});
