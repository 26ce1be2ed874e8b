import { expect, test } from "@playwright/test";
import { demo, expectCrisisResources, signIn, signInError } from "./support/demo";
import { portalUrl, staffUrl } from "./support/urls";

test("a signed-out visitor to the portal is sent to sign in", async ({ page }) => {
  await page.goto(`${portalUrl}/`);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectCrisisResources(page);
});

test("a signed-out visitor to the staff app is sent to sign in", async ({ page }) => {
  await page.goto(`${staffUrl}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password shows a clear error and signs nobody in", async ({ page }) => {
  await signIn(page, portalUrl, demo.client, "not-the-right-password");
  await expect(signInError(page)).toContainText(/don.t match/i);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`${portalUrl}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unknown email gets exactly the same answer as a wrong password", async ({ page }) => {
  await signIn(page, portalUrl, "nobody-here@stepwise.test", "not-the-right-password");
  await expect(signInError(page)).toContainText(/don.t match/i);
  const unknown = await signInError(page).textContent();
  await signIn(page, portalUrl, demo.client, "not-the-right-password");
  await expect(signInError(page)).toHaveText(unknown ?? "");
});

test("a client's credentials do not open the staff app", async ({ page }) => {
  await signIn(page, staffUrl, demo.client, demo.password);
  await expect(signInError(page)).toContainText(/don.t match/i);
  await page.goto(`${staffUrl}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});
