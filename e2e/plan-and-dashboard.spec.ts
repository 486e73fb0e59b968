import { expect, test } from "@playwright/test";
import { signUp } from "./support/kontor.js";

test("without a support address, the plan notice says to ask Kontor's operator, with no dead link", async ({
  page,
}) => {
  await signUp(page);
  await page.route("**/api/support", (route) => route.fulfill({ json: { email: null } }));
  await page.goto("/apps");
  const billing = page.getByRole("region", { name: "Billing" });
  await expect(billing).toContainText(
    "Plans are changed by Kontor's operator, not in the app: ask them to move your company to another plan.",
  );
  await expect(billing.getByRole("link")).toHaveCount(0);
});
