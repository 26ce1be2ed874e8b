import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { enrollNewClientInEveningIop } from "./support/enrollment";
import { portalUrl, staffUrl } from "./support/urls";

/*
 * A treatment plan from the clinician's first version to the client's signature on a phone, an
 * objective met by a new score, a level-of-care review that lands in the prefilled level change,
 * and the utilization-review packet printed. One new client runs through all of it, so the tests
 * run in order.
 */
test.describe.configure({ mode: "serial" });

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([]);
}

/** A day relative to today in the demo center's zone, as YYYY-MM-DD. */
function daysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

let client: Awaited<ReturnType<typeof enrollNewClientInEveningIop>>;

async function signInStaff(page: Page) {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
}

test("a clinician writes a first plan and signs it for the care team", async ({ browser, page }) => {
  test.setTimeout(120_000);
  client = await enrollNewClientInEveningIop(browser);
  await signInStaff(page);
  await page.goto(client.recordUrl);
  await page.getByRole("main").getByRole("link", { name: "Treatment plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("treatment plan");
  await page.getByRole("link", { name: "Write the first plan" }).click();

  const problem = page.getByRole("group", { name: /^Problem 1/ });
  await problem.getByLabel("In the client's words").fill("I can't get out of bed most mornings");
  await problem.getByLabel("In the clinician's words").fill("Depressed mood with early waking");
  await page.getByRole("group", { name: /^Goal 1/ }).getByLabel("In the client's words").fill("Get back to my morning walks");
  const objective = page.getByRole("group", { name: /^Objective 1/ });
  await objective.getByLabel("What the client will do").fill("Mood scores come down");
  await objective.getByLabel("Target date").fill(daysFromToday(42));
  await objective.getByLabel("How it is measured").selectOption({ label: "A check-in score under a target" });
  await objective.getByLabel("Check-in").selectOption({ label: "PHQ-9" });
  await objective.getByLabel("Total under").fill("5");
  const intervention = page.getByRole("group", { name: /^Intervention 1/ });
  await intervention.getByLabel("Kind of session").selectOption({ index: 1 });
  await intervention.getByLabel("Times a week").fill("3");
  await intervention.getByLabel("Responsible").selectOption({ index: 1 });
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Save the first plan" }).click();

  await expect(page).toHaveURL(/\/plan\?saved=1$/);
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeFocused();
  await expect(page.getByRole("main")).toContainText("Waiting for the care team's signature");
  await page.getByText("Sign for the care team…").click();
  await page.getByRole("button", { name: "Sign version 1 for the care team" }).click();
  await expect(page.getByRole("main")).toContainText("Waiting for the client's signature");
  await expectNoViolations(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the client reviews the plan and signs it with their typed name", async ({ page }) => {
    await signIn(page, portalUrl, client.email, client.password);
    await expect(page).toHaveURL(`${portalUrl}/`);
    await page.getByRole("link", { name: "Review my plan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your treatment plan" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Get back to my morning walks");
    await expect(page.getByRole("main")).toContainText("Not yet");

    // Disagreeing needs a comment, and a name that isn't theirs is refused, each said beside its field.
    await page.getByLabel("I don't agree with all of it").check();
    await page.getByLabel("Type your full name to sign").fill("Someone Else");
    await page.getByRole("button", { name: "Sign my plan" }).click();
    const problems = page.getByRole("main").getByRole("alert").first();
    await expect(problems).toBeFocused();
    await expect(page.locator("#comment-error")).toContainText("Tell your care team what you disagree with.");
    await expect(page.locator("#signedName-error")).not.toBeEmpty();

    await page.getByLabel("Yes, I agree").check();
    await page.getByLabel("Type your full name to sign").fill(`${client.firstName} ${client.lastName}`);
    await page.getByRole("button", { name: "Sign my plan" }).click();
    await expect(page.getByRole("status").filter({ hasText: /thank/i })).toBeFocused();
    await expect(page.getByRole("main")).toContainText("You signed this on");
    await page.screenshot({ path: test.info().outputPath("plan-signed-360.png"), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoViolations(page);
  });

  test("a new check-in score under the target turns the objective met", async ({ page }) => {
    await signIn(page, portalUrl, client.email, client.password);
    await expect(page).toHaveURL(`${portalUrl}/`);
    await page.getByRole("main").locator('a[href^="/check-ins/phq9/"]').first().click();
    for (let number = 1; number <= 9; number += 1) {
      await page.getByRole("group", { name: new RegExp(`^Question ${number} of 9`) }).getByLabel("Not at all").check();
    }
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page).toHaveURL(/\/sent$/);

    await page.goto(`${portalUrl}/treatment-plan`);
    const objective = page.getByRole("main").locator("li.plan-objective", { hasText: "Mood scores come down" });
    await expect(objective).toContainText("Met");
    await expect(objective).toContainText("under 5");
  });
});

test("a clinician rates the dimensions, reads the recommendation and its reasons, confirms, and lands in the prefilled level change", async ({ page }) => {
  await signInStaff(page);
  await page.goto(`${client.recordUrl}/level-of-care`);
  await expect(page.getByRole("main")).toContainText(/decision support/i);
  for (const dimension of ["Risk of harm", "Functional status", "Co-morbidity", "Stress in the recovery environment", "Support in the recovery environment", "Treatment history", "Engagement"]) {
    await page.getByRole("group", { name: dimension }).getByLabel("3", { exact: true }).check();
  }
  await page.getByRole("button", { name: "Save and see the recommendation" }).click();
  await expect(page.getByRole("main")).toContainText("Recommended:");
  await expect(page.getByRole("main")).toContainText("Partial Hospitalization");
  await expect(page.getByRole("main")).toContainText("Composite 21 (20–27)");
  await page.screenshot({ path: test.info().outputPath("level-of-care-1280.png"), fullPage: true });
  await expectNoViolations(page);

  await page.getByLabel(/^Confirm:/).check();
  await page.getByLabel("Reason", { exact: true }).fill("Agreed with the client after the team meeting");
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page).toHaveURL(/\?to=php#change-level$/);
  await expect(page.locator("#change-level").getByLabel("New level of care")).toBeFocused();
  await expect(page.locator("#change-level").getByLabel("New level of care")).toHaveValue("php");
});

test("the utilization-review packet prints only the packet", async ({ page }) => {
  await signInStaff(page);
  await page.goto(`${client.recordUrl}/review-packet`);
  await expect(page).toHaveTitle(/Utilization review/i);
  await expect(page).not.toHaveTitle(new RegExp(client.lastName));
  const packet = page.getByRole("main");
  await expect(packet).toContainText(client.lastName);
  await expect(packet).toContainText("Mood scores come down");
  await expect(packet).toContainText("Recommended:");
  await expect(packet).not.toContainText("Depressed mood with early waking");
  await expectNoViolations(page);

  // Printed from the browser's own menu, without the button, only a note prints: no record, no packet.
  await page.emulateMedia({ media: "print" });
  await expect(packet.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(page.getByText("Print the packet with the Print button on its page")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The print is recorded before the browser's print dialog opens.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Print" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.screenshot({ path: test.info().outputPath("review-packet-1280.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(packet.getByRole("heading", { level: 1 })).toBeVisible();
  await page.pdf({ path: test.info().outputPath("review-packet.pdf") });
});
