import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl, staffUrl } from "./support/urls";

test("a privacy officer starts on the audit, searches it, opens a client's disclosures and downloads the search", async ({ page }) => {
  await signIn(page, staffUrl, demo.privacyOfficer, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/audit`);
  // The audit is all of the app this role sees.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Audit"]);

  await page.getByLabel("Client's name").fill("Morgan, Alex");
  await page.getByLabel("What they did").selectOption({ label: "Viewed a client's schedule" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/audit\?.*client=Morgan.*action=sharedWithMe\.schedule/);
  const results = page.getByRole("table");
  const rows = results.getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const count = (await rows.count()) - 1;
  expect(count).toBeGreaterThan(0);
  for (let i = 1; i <= count; i += 1) {
    await expect(rows.nth(i)).toContainText("Viewed a client's schedule");
    await expect(rows.nth(i)).toContainText("Morgan, Alex");
    await expect(rows.nth(i)).toContainText("Jordan Ellis");
  }
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => violation.id)).toEqual([]);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await readFile((await download.path())!, "utf8");
  const lines = file.split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("Event,When (UTC),Who,Account,Role,Action,What they did,Outcome,Clients,Client ids,Resource,Resource id,Hash");
  expect(lines).toHaveLength(count + 1);
  for (const line of lines.slice(1)) expect(line).toContain(',Family member,,sharedWithMe.schedule,Viewed a client\'s schedule,Allowed,"Morgan, Alex",');

  await results.getByRole("link", { name: "Morgan, Alex" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Disclosures: Morgan, Alex");
  const disclosures = page.getByRole("table");
  await expect(disclosures.getByRole("row", { name: /Jordan Ellis/ }).first()).toContainText("Spouse or partner");
  await expect(disclosures).toContainText(/Signed \w{3} \d+, \d{4}/);

  // Nothing else of the app: a client's record is not this role's to open.
  const record = await page.goto(`${staffUrl}/clients`);
  expect(record?.status()).toBe(403);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a client opens 'Who has seen my information' from their family page", async ({ page }) => {
    await signIn(page, portalUrl, demo.client, demo.password);
    await expect(page).toHaveURL(`${portalUrl}/`);
    await page.goto(`${portalUrl}/family`);
    await page.getByRole("link", { name: "Who has seen my information" }).click();
    await expect(page).toHaveURL(`${portalUrl}/privacy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who has seen my information");
    const list = page.getByRole("list", { name: /who has seen your information/i });
    await expect(list.getByText(/^Jordan Ellis \(spouse or partner\) saw your schedule, under the consent you signed on \w{3} \d+, \d{4}\.$/).first()).toBeVisible();
    await expect(list.getByText("A clinician opened your record.").first()).toBeVisible();
    // Staff by role, never by name.
    await expect(list).not.toContainText("Marcus Bell");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
  });
});
