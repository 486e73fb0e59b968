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

test("A task's page: its fields edited in place, moved to later, the checklist rule, and its history", async ({
  page,
}) => {
  await signUp(page);
  const client = (await (
    await callAsPage(page, "POST", "/api/clients", { name: "Birch Studio OÜ" })
  ).json()) as {
    id: string;
  };
  const me = ((await (await page.request.get("/api/me")).json()) as { user: { id: string } }).user.id;
  const made = await callAsPage(page, "POST", "/api/tasks", {
    clientId: client.id,
    title: "Payroll",
    deadline: "2099-03-10",
    assigneeIds: [me],
    checklist: [{ text: "Hours collected" }, { text: "Payslips sent" }],
  });
  const task = (await made.json()) as { id: string };
  await page.goto(`/tasks/${task.id}`);
  await expect(page.getByRole("heading", { name: "Payroll" })).toBeVisible();

  await test.step("edit: errors by their field, then saved", async () => {
    await page.getByRole("button", { name: "Edit" }).click();
    const form = page.getByRole("form", { name: "Edit the task" });
    await form.getByLabel("Title").fill(" ");
    await form.getByLabel("Estimate (hours)").fill("lots");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Give the task a title.")).toBeVisible();
    await expect(form.getByText("Estimate in hours, e.g. 1.5.")).toBeVisible();
    await form.getByLabel("Title").fill("Payroll — March 2099");
    await form.getByLabel("Estimate (hours)").fill("1,5");
    await form.getByLabel("Start date").fill("2099-03-20");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("The start date is after the deadline.")).toBeVisible();
    await form.getByLabel("Start date").fill("");
    await form.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "In progress" }).click();
    await page.screenshot({ path: "test-results/task-edit.png", fullPage: true });
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Payroll — March 2099 is saved.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Payroll — March 2099" })).toBeVisible();
    await expect(page.getByText("estimate 1.5 h")).toBeVisible();
    await page.getByRole("button", { name: "Edit" }).click();
    await form.getByLabel("Title").fill("Something else");
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("heading", { name: "Payroll — March 2099" })).toBeVisible();
  });

  await test.step("move to later: picked up on the next working day, the deadline stays", async () => {
    await page.getByRole("button", { name: "Move to later" }).click();
    await expect(page.getByLabel("Pick it up on")).not.toHaveValue("");
    await page.getByLabel("Pick it up on").fill("2099-03-02");
    await page.getByRole("button", { name: "Move", exact: true }).click();
    await expect(page.getByText("Payroll — March 2099 is moved to 2099-03-02.")).toBeVisible();
    await expect(page.getByText("picked up Mon, 2 Mar 2099")).toBeVisible();
  });

  await test.step("an unfinished checklist keeps it from being done, once the company says so", async () => {
    await page.goto("/company");
    const tasksSection = page.getByRole("region", { name: "Tasks" });
    await tasksSection
      .getByRole("switch", { name: "A task with an unfinished checklist cannot be marked done" })
      .click();
    await expect(page.getByText("Tasks need their checklist finished before they are done.")).toBeVisible();
    await page.screenshot({ path: "test-results/company-task-settings.png", fullPage: true });
    await page.goto(`/tasks/${task.id}`);
    await page.getByRole("checkbox", { name: "Hours collected" }).click();
    await expect(page.getByText("1 of 2")).toBeVisible();
    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(
      page.getByText("1 checklist item is not ticked yet: tick them before marking the task done."),
    ).toBeVisible();
    await page.getByRole("checkbox", { name: "Payslips sent" }).click();
    await expect(page.getByText("2 of 2")).toBeVisible();
    await page.getByRole("button", { name: "Mark done" }).click();
    await expect(page.getByText("Payroll — March 2099 is done.")).toBeVisible();
  });

  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText("marked it done")).toBeVisible();
  await expect(history.getByText("ticked “Payslips sent”")).toBeVisible();
  await expect(history.getByText("moved it to later: picked up on 2099-03-02")).toBeVisible();
  await expect(
    history.getByText(
      /changed status from Not started to In progress; title from Payroll to Payroll — March 2099/,
    ),
  ).toBeVisible();
  await expect(history.getByText("made the task")).toBeVisible();
  await page.screenshot({ path: "test-results/task-page-history.png", fullPage: true });
});

test("Task fields: the Owner adds a number field in Company settings; a task's value is entered on its page", async ({
  page,
}) => {
  await signUp(page);
  const client = (await (
    await callAsPage(page, "POST", "/api/clients", { name: "Cedar Foods OÜ" })
  ).json()) as {
    id: string;
  };
  await page.goto("/company");
  const section = page.getByRole("region", { name: "Task fields" });
  await expect(section.getByText("No task fields yet.")).toBeVisible();
  await section.getByRole("textbox", { name: "New task field" }).fill("Sales invoices");
  await section.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByText("Sales invoices is added to every task.")).toBeVisible();
  await section.getByRole("textbox", { name: "New task field" }).fill("sales invoices");
  await section.getByRole("button", { name: "Add field" }).click();
  await expect(section.getByText("There is a task field called sales invoices already.")).toBeVisible();
  await section.getByRole("textbox", { name: "Name of Sales invoices" }).fill("Sales invoices issued");
  await section.getByRole("textbox", { name: "Name of Sales invoices" }).press("Enter");
  await expect(section.getByRole("textbox", { name: "Name of Sales invoices issued" })).toBeVisible();
  await page.screenshot({ path: "test-results/company-task-fields.png", fullPage: true });

  const made = await callAsPage(page, "POST", "/api/tasks", {
    clientId: client.id,
    title: "Bookkeeping — May 2099",
    deadline: "2099-06-10",
  });
  const task = (await made.json()) as { id: string };
  await page.goto(`/tasks/${task.id}`);
  await expect(page.getByRole("group", { name: "Task fields" })).toContainText("Sales invoices issued—");
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Sales invoices issued").fill("12.345");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a number with at most 2 decimals, e.g. 120 or 12.50.")).toBeVisible();
  await page.getByLabel("Sales invoices issued").fill("120");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Bookkeeping — May 2099 is saved.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Task fields" })).toContainText("Sales invoices issued120");
  await expect(page.getByRole("region", { name: "History" })).toContainText(
    "changed Sales invoices issued from none to 120",
  );
  await page.screenshot({ path: "test-results/task-fields.png", fullPage: true });
});
