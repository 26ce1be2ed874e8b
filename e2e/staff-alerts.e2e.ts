import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { staffUrl } from "./support/urls";

/**
 * A clinician on a phone takes up the demo's open safety alert (PHQ-9 question 9, seeded an hour
 * and a half ago): the notice leads their first screen, the queue opens the alert, and taking it
 * up puts the step in the alert's timeline, with focus on what just happened. The queue, the
 * alert and the client's measures pass axe.
 */

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a clinician sees the open alert first, takes it up from the queue, and sees the step in its timeline", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);

  // The notice comes before everything else in <main>, within the first screen.
  const main = page.getByRole("main");
  const notice = main.getByRole("region", { name: /open safety alert/ });
  await expect(notice).toBeVisible();
  // The demo's alert, and any another test's check-in opened before this one ran.
  await expect(notice).toContainText(/\d+ open safety alerts?/);
  const noticeIsFirst = await main.evaluate((element) => element.firstElementChild?.classList.contains("open-alerts-notice") ?? false);
  expect(noticeIsFirst).toBe(true);
  const box = await notice.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(740);
  const h1Box = await main.getByRole("heading", { level: 1 }).boundingBox();
  expect(box!.y).toBeLessThan(h1Box!.y);

  await notice.getByRole("link", { name: "Review the alerts" }).click();
  await expect(page).toHaveURL(`${staffUrl}/alerts`);
  await expect(page.getByRole("heading", { level: 1, name: "Safety alerts" })).toBeVisible();
  // The demo's alert has waited past its deadline, so it is the most urgent, first in the queue.
  const card = main.getByRole("listitem").filter({ hasText: "PHQ-9 question 9" }).first();
  await expect(card).toContainText(/Overdue since/);
  const clientName = ((await card.getByRole("heading", { level: 2 }).textContent()) ?? "").trim();
  expect(clientName).not.toBe("");
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  await card.getByRole("link", { name: /Open the alert/ }).click();
  await expect(page).toHaveURL(/\/alerts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(clientName);
  const timeline = main.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("Alert opened");
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  const note = `Called at once; safe tonight, safety plan in hand (${Date.now()}).`;
  await page.getByRole("radio", { name: "Contacted the client" }).check();
  await page.getByLabel("Note (optional)").fill(note);
  await page.getByRole("button", { name: "I've taken this up" }).click();

  // Focus lands on the answer; the step is the newest in the timeline, by the clinician.
  const answer = main.locator(".alert-steps__answer");
  await expect(answer).toContainText("You've taken up this alert: Contacted the client.");
  await expect(answer).toBeFocused();
  const newest = timeline.getByRole("listitem").last();
  await expect(newest).toContainText("Taken up: Contacted the client");
  await expect(newest).toContainText(note);
  await expect(page.getByRole("main").locator(".page-intro")).toContainText("Taken up");
  // Taken up: the next step offered is a follow-up, and resolving stays behind its own toggle.
  await expect(page.getByRole("button", { name: "Add this follow-up" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Resolve this alert" })).toBeHidden();
  await expectNoViolations(page);

  await main.getByRole("link", { name: `${clientName}: check-ins and measures` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("check-ins and measures");
  await expect(main.getByRole("img", { name: /PHQ-9 totals/ }).first()).toBeVisible();
  await expect(main.getByRole("table", { name: /PHQ-9 totals by date/ }).first()).toBeVisible();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
});

test("a director's outcomes page passes axe, fits a phone, and downloads the same figures as CSV", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, staffUrl, demo.director, demo.password);
  await page.goto(`${staffUrl}/outcomes`);
  await expect(page.getByRole("heading", { level: 1, name: "Outcomes" })).toBeVisible();
  const table = page.getByRole("table", { name: /Outcomes by measure/ }).first();
  await expect(table).toContainText("Reliable improvement");
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  const href = await page.getByRole("link", { name: "Download as CSV" }).getAttribute("href");
  const file = await page.request.get(`${staffUrl}${href}`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("text/csv");
  const [header, ...lines] = (await file.text()).trimEnd().split("\r\n");
  expect(header).toContain("Reliable improvement (%)");
  expect(lines.length).toBeGreaterThan(0);
  // A mean change is written as a number, its sign kept (no apostrophe as for a formula).
  expect(lines.join("\n")).not.toContain(",'-");
});
