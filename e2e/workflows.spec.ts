import { expect, test } from "@playwright/test";
import { addMember, callAsPage, logIn, newBrowserPage, signUp } from "./support/kontor.js";

test("Workflows: a template with a business-day rule built in the editor, applied to three clients from the list, seen on a client's Workflow tab; a CSV with a bad row uploaded with its report", async ({
  page,
  browser,
  request,
}) => {
  await signUp(page);
  const clients = ["Alder Bakery OÜ", "Birch Books OÜ", "Cedar Cafe OÜ"];
  for (const name of clients) {
    const made = await callAsPage(page, "POST", "/api/clients", { name });
    expect(made.status(), await made.text()).toBe(201);
  }

  await test.step("build a template in the editor", async () => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workflows" }).click();
    await expect(page.getByRole("heading", { name: "Workflow templates" })).toBeVisible();
    await page.getByRole("link", { name: "New template" }).click();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Monthly VAT return (ours)");
    const task = page.getByRole("group", { name: "Task 1" });
    await task.getByLabel("Title").fill("VAT return");
    await task.getByRole("combobox", { name: "Topic" }).click();
    await page.getByRole("option", { name: "VAT return" }).click();
    await task.getByLabel("Estimate (h)").fill("1.5");
    await task.getByRole("combobox", { name: "Due", exact: true }).click();
    await page.getByRole("option", { name: "Business days after…" }).click();
    await task.getByLabel("Business days").fill("300");
    await task.getByLabel("Checklist").fill("VAT report checked\nReturn filed");

    // The schema's own message, on the field, before anything is sent.
    await page.getByRole("button", { name: "Add template" }).click();
    await expect(task.getByText("Enter a number of business days: 1 … 250.")).toBeVisible();
    await expect(task.getByLabel("Business days")).toBeFocused();
    await task.getByLabel("Business days").fill("20");
    await expect(
      task.getByText("20 business days after the end of the month, skipping public holidays"),
    ).toBeVisible();
    // The next three deadlines with the company's calendar.
    await expect(task.getByRole("region", { name: "Next deadlines" }).getByRole("listitem")).toHaveCount(3);
    await page.screenshot({ path: "test-results/workflow-template-editor.png", fullPage: true });
    await page.getByRole("button", { name: "Add template" }).click();
    await expect(page.getByText("Monthly VAT return (ours) is added.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Monthly VAT return \(ours\)/ })).toContainText("0 clients");
    await page.screenshot({ path: "test-results/workflow-templates.png", fullPage: true });
  });

  await test.step("apply it to three clients from the client list", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
    await page.getByRole("checkbox", { name: "Select the clients on this page" }).click();
    await page.getByRole("button", { name: "Apply workflow" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply a workflow" });
    await dialog.getByRole("combobox", { name: "Template" }).click();
    await page.getByRole("option", { name: "Monthly VAT return (ours)" }).click();
    await dialog.getByRole("button", { name: "Next" }).click();
    await expect(dialog.getByText("Apply “Monthly VAT return (ours)” to 3 clients?")).toBeVisible();
    await dialog.getByRole("button", { name: "Apply to 3 clients" }).click();
    await expect(dialog.getByText("Applied to 3 clients")).toBeVisible();
    await expect(dialog.getByText("0 clients had it already")).toBeVisible();
    await page.screenshot({ path: "test-results/workflow-applied.png" });
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("region", { name: "Selected clients" })).toHaveCount(0);
  });

  await test.step("the client's Workflow tab", async () => {
    await page.getByRole("link", { name: "Birch Books OÜ" }).click();
    await page.getByRole("tab", { name: "Workflow" }).click();
    await expect(page).toHaveURL(/\?tab=workflow$/);
    const workflow = page.getByRole("region", { name: "Monthly VAT return (ours)" });
    await expect(workflow.getByText("From the template")).toBeVisible();
    const row = workflow.getByRole("row", { name: /VAT return/ });
    await expect(row).toContainText("20 business days after the end of the month, skipping public holidays");
    await expect(row.getByRole("cell").nth(2)).toHaveText(/\d{4}/);
    await page.screenshot({ path: "test-results/client-workflow-tab.png", fullPage: true });

    await workflow.getByRole("button", { name: "Remove" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove Monthly VAT return (ours) from this client?" });
    await expect(
      confirm.getByText("Its future tasks that are not done will be deleted; past and done tasks stay."),
    ).toBeVisible();
    await confirm.getByRole("button", { name: "Remove Monthly VAT return (ours)" }).click();
    await expect(
      page.getByText(/Monthly VAT return \(ours\) is removed: \d+ future tasks? deleted/),
    ).toBeVisible();
    await expect(page.getByText("No workflow yet")).toBeVisible();
  });

  await test.step("a client's own copy, then following the template again", async () => {
    await page.goto("/clients");
    await page.getByRole("link", { name: "Alder Bakery OÜ" }).click();
    await page.getByRole("tab", { name: "Workflow" }).click();
    const workflow = page.getByRole("region", { name: "Monthly VAT return (ours)" });
    await workflow.getByRole("button", { name: "Edit this client's copy" }).click();
    await workflow.getByRole("group", { name: "Task 1" }).getByLabel("Business days").fill("10");
    await workflow.getByRole("button", { name: "Save this client's copy" }).click();
    await expect(page.getByText(/This client's copy of Monthly VAT return \(ours\) is saved/)).toBeVisible();
    await expect(workflow.getByText("Own copy")).toBeVisible();
    await expect(workflow.getByRole("row", { name: /VAT return/ })).toContainText(
      "10 business days after the end of the month, skipping public holidays",
    );
    await page.screenshot({ path: "test-results/client-workflow-own-copy.png", fullPage: true });
    await workflow.getByRole("button", { name: "Follow the template again" }).click();
    await page
      .getByRole("dialog", { name: "Follow Monthly VAT return (ours) again?" })
      .getByRole("button", { name: "Follow the template again" })
      .click();
    await expect(workflow.getByText("Own copy")).toHaveCount(0);
    await expect(workflow.getByRole("row", { name: /VAT return/ })).toContainText(
      "20 business days after the end",
    );
  });

  await test.step("a Member reads the templates and a client's workflow, and changes nothing", async () => {
    const member = await addMember(page, request, { name: "Mari Maasikas", role: "member" });
    const memberPage = await newBrowserPage(browser);
    await memberPage.goto("/login");
    await logIn(memberPage, member.email);
    await expect(memberPage.getByRole("heading", { name: "Welcome, Mari" })).toBeVisible();
    await memberPage
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Workflows" })
      .click();
    await expect(memberPage.getByRole("row", { name: /Monthly VAT return \(ours\)/ })).toContainText(
      "2 clients",
    );
    await expect(memberPage.getByRole("button", { name: "New template" })).toHaveCount(0);
    await expect(memberPage.getByRole("button", { name: /^Clone / })).toHaveCount(0);
    await memberPage.getByRole("link", { name: "Monthly VAT return (ours)" }).click();
    await expect(
      memberPage.getByText("The Company Owner or an Admin changes workflow templates."),
    ).toBeVisible();
    await expect(memberPage.getByRole("group", { name: "Task 1" }).getByLabel("Title")).toBeDisabled();
    await expect(memberPage.getByRole("button", { name: "Clone" })).toHaveCount(0);
    await memberPage.goto("/clients");
    await memberPage.getByRole("link", { name: "Cedar Cafe OÜ" }).click();
    await memberPage.getByRole("tab", { name: "Workflow" }).click();
    await expect(memberPage.getByRole("region", { name: "Monthly VAT return (ours)" })).toBeVisible();
    await expect(memberPage.getByRole("button", { name: "Remove" })).toHaveCount(0);
    await expect(memberPage.getByRole("form", { name: "Apply a workflow template" })).toHaveCount(0);
    await memberPage.screenshot({ path: "test-results/client-workflow-member.png", fullPage: true });
    await memberPage.context().close();
  });

  await test.step("a built-in template opens read-only; its clone can be changed", async () => {
    await page.goto("/tasks/templates");
    await page.getByRole("link", { name: "Monthly VAT return", exact: true }).click();
    await expect(
      page.getByText("This template comes with Kontor: it can be hidden or cloned, not changed."),
    ).toBeVisible();
    await expect(page.getByRole("group", { name: "Task 1" }).getByLabel("Title")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save template" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/workflow-built-in.png", fullPage: true });
    await page.getByRole("button", { name: "Clone" }).click();
    await expect(page.getByRole("heading", { name: "Copy of Monthly VAT return" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Task 1" }).getByLabel("Title")).toBeEnabled();
  });

  await test.step("upload a CSV with one bad row and read the report", async () => {
    await page.goto("/tasks/templates");
    await page.getByRole("button", { name: "Upload from file" }).click();
    // The example file it offers is there to download.
    const example = page.getByRole("link", { name: "Download an example" });
    const href = (await example.getAttribute("href")) ?? "";
    expect(await (await page.request.get(href)).text()).toMatch(
      /^Title,Topic,Assignee,Estimate,Checklist,Recurrence,Month,Due/,
    );
    const dialog = page.getByRole("dialog", { name: "Upload a workflow template" });
    // No row can be taken: nothing is made, and each row says why.
    await dialog.locator("input[type=file]").setInputFiles({
      name: "nothing.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Title,Recurrence,Due\nPayroll,sometimes,day 5\n"),
    });
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(dialog.getByText(/^No row of the file could be taken/)).toBeVisible();
    await expect(dialog.getByRole("region", { name: "Rows not taken" })).toContainText(
      'Row 2: Write the recurrence as weekly, monthly, quarterly, yearly or once, not "sometimes".',
    );
    await dialog.getByLabel("Template name").fill("");
    await dialog.locator("input[type=file]").setInputFiles({
      name: "payroll.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "Title;Topic;Recurrence;Due;Estimate\r\nPayroll;Payroll;monthly;last business day;2\r\nPayslips;Payroll;monthly;whenever;1\r\n",
      ),
    });
    await expect(dialog.getByLabel("Template name")).toHaveValue("payroll");
    await dialog.getByLabel("Template name").fill("Payroll from a file");
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(dialog.getByRole("status")).toHaveText("Payroll from a file is added with 1 task.");
    const refused = dialog.getByRole("region", { name: "Rows not taken" });
    await expect(refused).toContainText("1 row was not taken");
    await expect(refused).toContainText('Row 3: Kontor cannot read the due rule "whenever"');
    await page.screenshot({ path: "test-results/workflow-upload-report.png" });
    await dialog.getByRole("link", { name: "Open Payroll from a file" }).click();
    await expect(page.getByRole("heading", { name: "Payroll from a file" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Task 1" }).getByLabel("Title")).toHaveValue("Payroll");
  });
});
