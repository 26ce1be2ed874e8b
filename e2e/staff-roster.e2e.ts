import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { staffUrl } from "./support/urls";

test("a clinician signs in, sees the roster and opens a client", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  const roster = page.getByRole("table");
  await expect(roster).toBeVisible();
  const rows = roster.getByRole("row");
  expect(await rows.count()).toBeGreaterThan(10);

  const firstClient = roster.getByRole("link").first();
  const name = (await firstClient.textContent())?.trim() ?? "";
  expect(name.length).toBeGreaterThan(0);
  await firstClient.click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name.split(" (")[0] ?? name);
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
});

test("the front desk sees the roster but cannot open a client's record", async ({ page }) => {
  await signIn(page, staffUrl, demo.frontDesk, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  const roster = page.getByRole("table");
  await expect(roster).toBeVisible();
  await expect(roster.getByRole("link")).toHaveCount(0);
});

test("a client id that does not exist answers not found", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  const response = await page.goto(`${staffUrl}/clients/00000000-0000-4000-8000-000000000000`);
  expect(response?.status()).toBe(404);
});
