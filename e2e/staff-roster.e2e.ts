import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { staffUrl } from "./support/urls";

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
}

test("a clinician starts on Today and finds the roster a tap away, then opens a client", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Today");
  await expect(page.getByRole("heading", { level: 2, name: "Your sessions" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Programs" })).toBeVisible();
  await nav.getByRole("link", { name: "Roster" }).click();
  await expect(page).toHaveURL(`${staffUrl}/roster`);
  const roster = page.getByRole("table");
  await expect(roster).toBeVisible();
  expect(await roster.getByRole("row").count()).toBeGreaterThan(10);
  await expectNoSidewaysScroll(page);

  const firstClient = roster.getByRole("link").first();
  const name = (await firstClient.textContent())?.trim() ?? "";
  expect(name.length).toBeGreaterThan(0);
  await firstClient.click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name.split(" (")[0] ?? name);
  await expectNoViolations(page);
});

test("the board fits 1280 px with every column in view, and My caseload narrows it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, staffUrl, demo.director, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Roster");
  const roster = page.getByRole("table");
  for (const column of ["Client", "Program", "This week", "Last week", "Flags", "Next review"]) {
    await expect(roster.getByRole("columnheader", { name: column })).toBeInViewport();
  }
  const wrap = page.getByRole("region", { name: /clients/i }).first();
  const scroll = await wrap.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(scroll).toBeLessThanOrEqual(0);
  await expectNoSidewaysScroll(page);
  await expectNoViolations(page);

  const all = await roster.getByRole("row").count();
  await page.getByLabel("My caseload").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/caseload=mine/);
  await expect(page.getByRole("main")).toContainText("your caseload");
  const mine = await page.getByRole("table").getByRole("row").count().catch(() => 0);
  expect(mine).toBeLessThan(all);
});

test("on a phone the board is one card per client, flags first, with no sideways scroll", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, staffUrl, demo.director, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await expect(page.getByRole("table")).toBeHidden();
  const cards = page.locator(".roster-card");
  expect(await cards.count()).toBeGreaterThan(10);
  // The most urgent client comes first, and their flags come right under their name.
  const first = cards.first();
  await expect(first.locator(":scope > *").nth(1)).toHaveClass(/badges/);
  await expectNoSidewaysScroll(page);
  await expectNoViolations(page);
});

test("the front desk starts on Today with one tap to take attendance, reaches a client by phone from the roster, and opens no records or program changes", async ({ page }) => {
  await signIn(page, staffUrl, demo.frontDesk, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Today");
  await expect(page.getByRole("heading", { level: 2, name: "Sessions today" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /^(Take|Review) attendance|^Who is expected/ }).first()).toBeVisible();
  // No header search: the front desk does not read client records.
  await expect(page.getByRole("search", { name: "Find a client" })).toHaveCount(0);

  await page.goto(`${staffUrl}/roster`);
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByLabel("My caseload")).toHaveCount(0);
  // A name leads to how to reach the client (for "Outreach due"), never to the clinical record.
  const names = page.getByRole("table").getByRole("link");
  expect(await names.count()).toBeGreaterThan(10);
  const hrefs = await names.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.filter((href) => !/^\/clients\/[0-9a-f-]{36}\/contact$/.test(href ?? ""))).toEqual([]);
  const name = (await names.first().textContent())?.trim() ?? "";
  await names.first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}\/contact$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const contact = page.getByRole("region", { name: "Contact" });
  await expect(contact.getByRole("link", { name: /^\(\d{3}\) \d{3}-\d{4}$/ }).first()).toHaveAttribute("href", /^tel:/);
  await expectNoViolations(page);
  // The record itself stays closed to the front desk.
  await page.goto(page.url().replace(/\/contact$/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your role doesn't include this");

  await page.goto(`${staffUrl}/programs`);
  await expect(page.getByRole("heading", { level: 1, name: "Programs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New program" })).toHaveCount(0);
});

test("the header search finds a client by name from any page", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await page.getByRole("search", { name: "Find a client" }).getByRole("searchbox").fill("delgado");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/\/clients\?query=delgado/);
  await expect(page.getByRole("main").getByRole("link", { name: /Delgado/ }).first()).toBeVisible();
});

test("a client id that does not exist answers not found", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  const response = await page.goto(`${staffUrl}/clients/00000000-0000-4000-8000-000000000000`);
  expect(response?.status()).toBe(404);
});
