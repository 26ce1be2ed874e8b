import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { demo, expectCrisisResources, signIn } from "./support/demo";
import { portalUrl } from "./support/urls";

/** The plan's cards in order: any check-in open now first, then the next session (or the one happening now). */
async function expectSessionFirstAfterCheckIns(page: Page) {
  const session = page.getByRole("main").getByRole("heading", { level: 2, name: /^(Your next session|Happening now)$/ });
  await expect(session).toBeVisible();
  const headings = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
  const index = headings.findIndex((text) => /^(Your next session|Happening now)$/.test(text.trim()));
  expect(index, `the plan's headings: ${JSON.stringify(headings)}`).toBeGreaterThanOrEqual(0);
  for (const before of headings.slice(0, index)) expect(before).toMatch(/check-in/i);
}

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

test("on a phone the plan opens on the next session, with crisis help and the menu one tap away", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  // The first card in the main landmark is the next session (or the one happening now), after any check-in open now.
  await expectSessionFirstAfterCheckIns(page);
  // The crisis bar is one compact row, and its lines are full-size targets.
  const banner = page.getByRole("region", { name: "Crisis support" });
  expect((await banner.boundingBox())?.height ?? 999).toBeLessThanOrEqual(60);
  for (const name of [/988/, /911/]) {
    const box = await banner.getByRole("link", { name }).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  await banner.getByText("More").click();
  await expect(banner.getByRole("link", { name: /555/ })).toBeVisible();
  // The navigation sits behind Menu and closes again once a link is followed.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My hours" }).click();
  await expect(page).toHaveURL(`${portalUrl}/hours`);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("at 1280 the header is one row and the plan still opens on the next session", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, portalUrl, demo.client, demo.password);
  await expectSessionFirstAfterCheckIns(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Sign-in security" })).toBeVisible();
  const first = await nav.getByRole("link", { name: "My plan" }).boundingBox();
  const last = await nav.getByRole("link", { name: "Sign-in security" }).boundingBox();
  expect(Math.abs((first?.y ?? 0) - (last?.y ?? 999))).toBeLessThan(2);
});
