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
  const saved = staff.getByRole("status").filter({ hasText: /saved/i });
  await expect(saved).toBeVisible();
  // Focus follows what just happened: the answer, not the Save button.
  await expect(saved).toBeFocused();
  await expect(alex.getByText(/^Recorded: /)).toHaveText(new RegExp(`^Recorded: ${wasPresent ? "Absent, 0 min" : "Present"}`));
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

/** Opens last Monday's evening group, whose every client has a record. */
async function openEveningGroup(page: Page) {
  await page.goto(`${staffUrl}/sessions?date=${lastMonday()}`);
  const card = page.getByRole("listitem").filter({ hasText: "Adult Mental Health IOP" }).filter({ hasText: "6:00 – 9:00 PM" });
  await card.getByRole("link", { name: /^review attendance/i }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review attendance" })).toBeVisible();
}

test("attendance is one row per client with Everyone present above the rows and Save in reach", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await openEveningGroup(page);

  const everyonePresent = page.getByRole("form", { name: "Everyone present" });
  const rows = page.getByRole("form", { name: "Review attendance" }).getByRole("group");
  expect(await rows.count()).toBeGreaterThan(1);
  const top = await everyonePresent.boundingBox();
  const firstRow = await rows.first().boundingBox();
  expect(top && firstRow && top.y + top.height <= firstRow.y).toBe(true);

  // The Save bar sits at the bottom of the screen while the rows scroll under it.
  const save = page.getByRole("button", { name: "Save attendance" });
  await expect(save).toBeInViewport();
  const box = await save.boundingBox();
  expect(box && box.y + box.height <= 740 && box.height >= 44).toBe(true);

  // The status is a radio group: the arrow keys move the choice, and each segment is a 44 px target.
  const alex = page.getByRole("group", { name: /^Morgan, Alex/ });
  const present = alex.getByRole("radio", { name: "Present" });
  await present.check();
  await present.press("ArrowRight");
  await expect(alex.getByRole("radio", { name: "Late" })).toBeChecked();
  await expect(present).not.toBeChecked();
  for (const segment of await alex.locator(".segment").all()) {
    const size = await segment.boundingBox();
    expect(size && size.width >= 44 && size.height >= 44).toBe(true);
  }
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways).toBe(0);
});

test("a refused save puts the error summary first, in focus, with links to the rows", async ({ page }) => {
  await signIn(page, staffUrl, demo.director, demo.password);
  await openEveningGroup(page);

  const alex = page.getByRole("group", { name: /^Morgan, Alex/ });
  const historyBefore = await alex.locator("xpath=..").locator("details li").count();
  await alex.getByRole("radio", { name: "Late" }).check();
  await alex.getByLabel("Minutes attended").fill("");
  await page.getByRole("button", { name: "Save attendance" }).click();

  const summary = page.getByRole("form", { name: "Review attendance" }).getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  const rowLink = summary.getByRole("link", { name: "Morgan, Alex, minutes attended" });
  const minutes = alex.getByLabel("Minutes attended");
  const minutesId = await minutes.getAttribute("id");
  await expect(rowLink).toHaveAttribute("href", `#${minutesId}`);
  await expect(minutes).toHaveAttribute("aria-invalid", "true");
  // The summary comes before the rows.
  const summaryBox = await summary.boundingBox();
  const rowBox = await alex.boundingBox();
  expect(summaryBox && rowBox && summaryBox.y < rowBox.y).toBe(true);
  await rowLink.click();
  await expect(minutes).toBeFocused();
  // Nothing was saved: the record and its history are as they were.
  await page.reload();
  await expect(page.getByRole("group", { name: /^Morgan, Alex/ }).locator("xpath=..").locator("details li")).toHaveCount(historyBefore);
});
