import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl, staffUrl } from "./support/urls";

/** Monday of last week in the demo center's zone, as YYYY-MM-DD: its sessions are all over. */
function lastMonday(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - daysSinceMonday - 7);
  return date.toISOString().slice(0, 10);
}

/** What the client's hours page says about last week. */
async function lastWeekHours(page: Page): Promise<string> {
  await page.goto(`${portalUrl}/hours`);
  const earlier = page.getByRole("region", { name: "Earlier weeks" });
  const sentence = earlier.getByText(/^You attended|^No hours/).first();
  await expect(sentence).toBeVisible();
  return (await sentence.textContent()) ?? "";
}

test("the front desk corrects a client's attendance and the client's hours change", async ({ browser, page }) => {
  test.setTimeout(60_000);
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const before = await lastWeekHours(page);

  const staff = await browser.newPage();
  await signIn(staff, staffUrl, demo.frontDesk, demo.password);
  await expect(staff).toHaveURL(`${staffUrl}/`);
  await staff.goto(`${staffUrl}/sessions?date=${lastMonday()}`);
  // Every client has a record for last week's sessions, so each card offers a review, not a first take.
  const eveningGroup = staff.getByRole("listitem").filter({ hasText: "Adult Mental Health IOP" }).filter({ hasText: "6:00 – 9:00 PM" });
  await expect(eveningGroup).toHaveCount(1);
  await eveningGroup.getByRole("link", { name: /^review attendance/i }).click();

  const alex = staff.getByRole("group", { name: /^Morgan, Alex/ });
  const wasPresent = await alex.getByRole("radio", { name: "Present" }).isChecked();
  await alex.getByRole("radio", { name: wasPresent ? "Absent" : "Present" }).check();
  await alex.getByLabel("Minutes attended").fill("");
  await alex.getByLabel("Note").fill("Corrected at the front desk");
  await staff.getByRole("button", { name: "Save attendance" }).click();
  await expect(staff.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
  // The earlier record is kept as history, not overwritten.
  const history = staff.locator("details", { has: staff.locator("summary", { hasText: "History of Morgan, Alex" }) });
  await history.locator("summary").click();
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").last()).toContainText("Corrected at the front desk");
  await staff.close();

  const after = await lastWeekHours(page);
  expect(after).not.toBe(before);
  expect(after).toMatch(/^You attended|^No hours/);
});
