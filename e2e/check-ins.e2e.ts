import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl } from "./support/urls";

/*
 * The demo client's PHQ-9 open on My plan (the seed leaves the ones open now for them): kept
 * part-way with one tap, then sent with question 9 above 0, which puts the crisis resources
 * first. The tests share one check-in, so they run in order.
 */
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 360, height: 740 } });

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Signs the demo client in and opens the PHQ-9 from its card on My plan, the first thing there. */
async function openPhq9(page: Page) {
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const start = page.getByRole("main").locator('a[href^="/check-ins/phq9/"]');
  await expect(start).toBeVisible();
  await expect(start).toHaveText(/^(Start|Continue)/);
  await start.click();
  await expect(page).toHaveURL(/\/check-ins\/phq9\/[a-z_]+\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How you've been feeling");
}

const question = (page: Page, number: number) => page.getByRole("group", { name: new RegExp(`^Question ${number} of 9`) });

test("one tap on Save and finish later keeps the answers so far", async ({ page }) => {
  await openPhq9(page);
  await expect(page.getByText("0 of 9 answered")).toBeVisible();
  await question(page, 1).getByLabel("More than half the days").check();
  await question(page, 2).getByLabel("Several days").check();
  await expect(page.getByText("2 of 9 answered")).toBeVisible();
  // Every choice is a large target, one column on a phone.
  const first = await question(page, 1).locator(".check-in__choice").nth(0).boundingBox();
  const second = await question(page, 1).locator(".check-in__choice").nth(1).boundingBox();
  expect(first?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect(Math.abs((first?.x ?? 0) - (second?.x ?? 999))).toBeLessThan(1);
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "/tmp/check-in-form-360.png", fullPage: true });

  await page.getByRole("button", { name: "Save and finish later" }).click();
  const saved = page.getByRole("status").filter({ hasText: "saved" });
  await expect(saved).toContainText("Your 2 answers are saved.");
  await expect(saved).toBeFocused();

  // Coming back: My plan says Continue, and the answers are there.
  await page.goto(`${portalUrl}/`);
  await page.getByRole("main").getByRole("link", { name: /^Continue/ }).first().click();
  await expect(question(page, 1).getByLabel("More than half the days")).toBeChecked();
  await expect(question(page, 2).getByLabel("Several days")).toBeChecked();
  await expect(page.getByText("2 of 9 answered")).toBeVisible();
});

test("a question left out is named beside it, with focus on the summary and the other answers kept", async ({ page }) => {
  await openPhq9(page);
  await page.getByRole("button", { name: "Send" }).click();
  const problems = page.getByRole("main").getByRole("alert");
  await expect(problems).toBeFocused();
  await expect(problems).toContainText("Please answer question 3.");
  await expect(question(page, 3)).toContainText("Please answer question 3.");
  await expect(question(page, 1).getByLabel("More than half the days")).toBeChecked();
  await expectNoViolations(page);
});

test("sending with question 9 above 0 shows the crisis resources at once, first", async ({ page }) => {
  await openPhq9(page);
  for (let number = 1; number <= 8; number += 1) await question(page, number).getByLabel("Not at all").check();
  await question(page, 9).getByLabel("Several days").check();
  await expect(page.getByText("9 of 9 answered")).toBeVisible();
  await page.getByRole("button", { name: "Send" }).click();

  await expect(page).toHaveURL(/\/check-ins\/phq9\/[a-z_]+\/\d{4}-\d{2}-\d{2}\/sent$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your check-in" })).toBeFocused();
  const support = page.getByRole("region", { name: "You don't have to go through this alone" });
  await expect(support.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
  await expect(support.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
  await expect(support.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  await expect(support.getByRole("link", { name: /555/ })).toHaveAttribute("href", /^tel:/);
  await expect(support).toContainText("Your care team will contact you.");
  // Help comes before the result: the first section in the main landmark after the heading.
  await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText("You don't have to go through this alone");
  await expect(page.getByRole("main")).toContainText("Thank you for checking in.");
  await expect(page.getByRole("main")).not.toContainText(/\bmild\b|\bminimal\b|\bsevere\b/i);
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "/tmp/check-in-sent-360.png", fullPage: true });

  // Sent once: My plan no longer offers it, and My check-ins shows the trend in words.
  await page.goto(`${portalUrl}/`);
  await expect(page.getByRole("main").locator('a[href^="/check-ins/phq9/"]')).toHaveCount(0);
  await page.goto(`${portalUrl}/check-ins`);
  const trend = page.getByRole("region", { name: "How you've been feeling", exact: true });
  await expect(trend).toContainText(/Since you started: \d+ → \d+\./);
  await expect(trend.getByRole("table")).toBeVisible();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "/tmp/my-check-ins-360.png", fullPage: true });
});

test("without scripts the GAD-7 saves, names what is missing and sends, as plain form posts", async ({ browser, page: signedIn }) => {
  await signIn(signedIn, portalUrl, demo.client, demo.password);
  await expect(signedIn).toHaveURL(`${portalUrl}/`);
  const noScripts = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState(), viewport: { width: 360, height: 740 } });
  const page = await noScripts.newPage();
  await page.goto(`${portalUrl}/`);
  await page.getByRole("main").locator('a[href^="/check-ins/gad7/"]').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feeling nervous or worried");
  const gad7 = (number: number) => page.getByRole("group", { name: new RegExp(`^Question ${number} of 7`) });
  await gad7(1).getByText("Several days").click();
  await page.getByRole("button", { name: "Save and finish later" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your answer is saved.");
  await expect(gad7(1).getByLabel("Several days")).toBeChecked();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Please answer question 2.");
  await expect(gad7(2)).toContainText("Please answer question 2.");
  await expect(gad7(1).getByLabel("Several days")).toBeChecked();
  for (let number = 2; number <= 7; number += 1) await gad7(number).getByText("Not at all").click();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveURL(/\/check-ins\/gad7\/[a-z_]+\/\d{4}-\d{2}-\d{2}\/sent$/);
  await expect(page.getByRole("main")).toContainText("Thank you for checking in.");
  // Nothing here needs the care team now: no crisis card beyond the banner every page has.
  await expect(page.getByRole("region", { name: "You don't have to go through this alone" })).toHaveCount(0);
  await noScripts.close();
});
