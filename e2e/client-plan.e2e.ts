import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demo, expectCrisisResources, signIn } from "./support/demo";
import { portalUrl } from "./support/urls";

test("a client signs in and sees their plan, schedule and hours this week", async ({ page }) => {
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/plan/i);
  await expect(page.getByText(/Intensive Outpatient|Partial Hospitalization/).first()).toBeVisible();
  // The summary depends on the day of the week the suite runs (a Monday morning has no hours yet).
  await expect(page.getByText(/You've attended .* of your 9–15 this week|Your plan this week is 9–15 hours/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "This week", exact: true })).toBeVisible();
  await expectCrisisResources(page);

  await page.getByRole("button", { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`${portalUrl}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in page and the plan have no detectable accessibility violations", async ({ page }) => {
  await page.goto(`${portalUrl}/sign-in`);
  const signInScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(signInScan.violations.map((v) => v.id)).toEqual([]);

  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const planScan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(planScan.violations.map((v) => v.id)).toEqual([]);
});

test("the plan fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
