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

  await overdue
    .getByRole("checkbox", { name: "Mark VAT return — December 2019 for Alder Bakery OÜ done" })
    .check();
  await expect(page.getByText("VAT return — December 2019 for Alder Bakery OÜ is done.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Overdue" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Later" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overdue" })).toHaveCount(0);
});
