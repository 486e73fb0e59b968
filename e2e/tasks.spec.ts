import { expect, test } from "@playwright/test";
import { callAsPage, signUp } from "./support/kontor.js";

test("My tasks: a task added for a client shows under Later, an overdue one first in red; ticking one marks it done", async ({
  page,
}) => {
  await signUp(page);
  const made = await callAsPage(page, "POST", "/api/clients", { name: "Alder Bakery OÜ" });
  const client = (await made.json()) as { id: string };

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My tasks" }).click();
  await expect(page.getByText("Nothing to do")).toBeVisible();

  await page.getByRole("button", { name: "New task" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New task" });
  await dialog.getByRole("button", { name: "Add task" }).click();
  await expect(dialog.getByText("Choose a client.")).toBeVisible();
  await dialog.getByRole("combobox", { name: "Client" }).fill("Alder");
  await page.getByRole("option", { name: "Alder Bakery OÜ" }).click();
  await dialog.getByLabel("Title").fill("Annual report 2099");
  await dialog.getByLabel("Deadline").fill("2099-06-30");
  await dialog.getByRole("combobox", { name: "Topic" }).click();
  await page.getByRole("option", { name: "Annual report" }).click();
  await dialog.getByRole("button", { name: "Add task" }).click();
  await expect(page.getByText("Annual report 2099 is added for Alder Bakery OÜ.")).toBeVisible();
  const later = page.getByRole("region", { name: "Later" });
  await expect(later.getByRole("row", { name: /Annual report 2099/ })).toContainText("Alder Bakery OÜ");

  // Made elsewhere (the API), long overdue: it comes first once the page loads again.
  const overdueTask = await callAsPage(page, "POST", "/api/tasks", {
    clientId: client.id,
    title: "VAT return — December 2019",
    deadline: "2020-01-20",
    assigneeIds: [((await (await page.request.get("/api/me")).json()) as { user: { id: string } }).user.id],
  });
  expect(overdueTask.status(), await overdueTask.text()).toBe(201);
  await page.reload();
  const overdue = page.getByRole("region", { name: "Overdue" });
  await expect(overdue.getByRole("row", { name: /VAT return — December 2019/ })).toContainText("20 Jan 2020");
  await page.screenshot({ path: "test-results/my-tasks.png", fullPage: true });

  // A click, not check(): the row leaves the list as soon as the task is done.
  await overdue
    .getByRole("checkbox", { name: "Mark VAT return — December 2019 for Alder Bakery OÜ done" })
    .click();
  await expect(page.getByText("VAT return — December 2019 for Alder Bakery OÜ is done.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Overdue" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Later" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overdue" })).toHaveCount(0);

  await test.step("a task's page: its checklist ticked and kept, postponed, then marked done", async () => {
    const me = ((await (await page.request.get("/api/me")).json()) as { user: { id: string } }).user.id;
    const made = await callAsPage(page, "POST", "/api/tasks", {
      clientId: client.id,
      title: "Payroll — January 2099",
      deadline: "2099-02-10",
      assigneeIds: [me],
      checklist: [{ text: "Hours collected" }, { text: "Payslips sent" }],
    });
    expect(made.status(), await made.text()).toBe(201);
    await page.goto("/tasks");
    await page.getByRole("link", { name: "Payroll — January 2099" }).click();
    await expect(page.getByRole("heading", { name: "Payroll — January 2099" })).toBeVisible();
    await expect(page.getByText("Tue, 10 Feb 2099")).toBeVisible();
    await page.getByRole("checkbox", { name: "Hours collected" }).click();
    await expect(page.getByRole("checkbox", { name: "Hours collected" })).toBeChecked();
    await expect(page.getByText("1 of 2")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Hours collected" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Payslips sent" })).not.toBeChecked();

    await page.getByLabel("Postpone to").fill("2099-02-05");
    await page.getByRole("button", { name: "Postpone" }).click();
    await expect(page.getByText("Choose a day after the current deadline, 2099-02-10.")).toBeVisible();
    await page.getByLabel("Postpone to").fill("2099-02-17");
    await page.getByRole("button", { name: "Postpone" }).click();
    await expect(page.getByText("Tue, 17 Feb 2099")).toBeVisible();
    await page.screenshot({ path: "test-results/task-page.png", fullPage: true });

    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(page.getByText("Payroll — January 2099 is done.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark done" })).toHaveCount(0);
    await page.getByRole("link", { name: "My tasks" }).first().click();
    await expect(page.getByRole("link", { name: "Payroll — January 2099" })).toHaveCount(0);
  });
});
