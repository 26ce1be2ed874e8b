import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl, staffUrl } from "./support/urls";

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Monday of last week in the demo center's zone: its sessions are over and take attendance. */
function lastMonday(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) - 7);
  return date.toISOString().slice(0, 10);
}

test("the client's schedule, hours, calendar and welcome pages pass axe and fit a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${portalUrl}/welcome/not-a-real-token`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  for (const path of ["/schedule", "/hours", "/calendar"]) {
    await page.goto(`${portalUrl}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  }
});

test("the staff pages for programs, sessions, attendance and intake pass axe", async ({ page }) => {
  await signIn(page, staffUrl, demo.director, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await expectNoViolations(page);

  await page.goto(`${staffUrl}/programs`);
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Adult Mental Health IOP" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Adult Mental Health IOP");
  await expectNoViolations(page);

  await page.goto(`${staffUrl}/sessions?date=${lastMonday()}`);
  await expectNoViolations(page);
  await page.getByRole("link", { name: /review attendance/i }).first().click();
  await expect(page.getByRole("button", { name: "Save attendance" })).toBeVisible();
  await expectNoViolations(page);

  await page.goto(`${staffUrl}/clients/new`);
  await expectNoViolations(page);
});

test("a client's record with every enrollment action open passes axe, and attendance fits a phone", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  // A clinician starts on Today; the roster is a tap away.
  await page.goto(`${staffUrl}/roster`);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  for (const summary of await page.locator("main details > summary").all()) await summary.click();
  await expectNoViolations(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${staffUrl}/sessions?date=${lastMonday()}`);
  await page.getByRole("link", { name: /review attendance/i }).first().click();
  await expect(page.getByRole("button", { name: "Save attendance" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the family pages pass axe and fit a phone: the client's family and consent form, a family member's shared view and sign-ups, and the staff's family sessions", async ({ page }) => {
  // Three sign-ins and nine pages scanned: more than one page's worth of time.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${portalUrl}/invitation/not-a-real-token`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);

  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  await page.goto(`${portalUrl}/family`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const summary of await page.locator("main details > summary").all()) await summary.click();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: /^Share with / }).first().click();
  await expect(page.getByRole("button", { name: "Sign and share" })).toBeVisible();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.context().clearCookies();

  await signIn(page, portalUrl, demo.family, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.getByRole("link", { name: /^See what / }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.goto(`${portalUrl}/family-sessions`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.context().clearCookies();

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await page.goto(`${staffUrl}/family-sessions`);
  await expectNoViolations(page);
  await page.getByRole("link", { name: /Multi-family group/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.goto(`${staffUrl}/family-sessions/new`);
  await expectNoViolations(page);
});
