import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { enrollNewClientInEveningIop, openAction } from "./support/enrollment";
import { portalUrl, staffUrl } from "./support/urls";

/** A day relative to today in the demo center's zone, as YYYY-MM-DD. */
function daysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("staff step a client down to outpatient care, and the client's plan shows it with the continuing-care plan", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const client = await enrollNewClientInEveningIop(browser);

  const staff = await browser.newPage();
  await signIn(staff, staffUrl, demo.clinician, demo.password);
  await expect(staff).toHaveURL(`${staffUrl}/`);
  await staff.goto(client.recordUrl);
  await openAction(staff, "Change level of care");
  const form = staff.locator("details", { has: staff.locator("summary", { hasText: "Change level of care" }) });
  await form.getByLabel("New level of care").selectOption({ label: "An outside outpatient provider" });
  await form.getByLabel("Effective date").fill(daysFromToday(1));
  await form.getByLabel("Reason").fill("Stable for three weeks; ready for weekly therapy");
  await form.getByLabel("Provider name").fill("Dr. Ana Flores");
  await form.getByLabel("Provider phone").fill("(555) 010-0147");
  await form.getByLabel("How often").selectOption({ label: "Weekly" });
  await form.getByLabel("Warning signs").fill("Not sleeping\nSkipping meals");
  await form.getByLabel("Coping strategies").fill("Walk by the harbor\nCall my sister");
  await form.getByRole("button", { name: "Discharge to this care" }).click();
  await expect(staff.getByRole("region", { name: "Enrollments and level of care" })).toContainText("Discharged");
  await staff.close();

  await signIn(page, portalUrl, client.email, client.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const plan = page.getByRole("main");
  await expect(plan).toContainText(/outpatient/i);
  await expect(plan).toContainText("Dr. Ana Flores");
  await expect(plan).toContainText(/once a week/i);
  await expect(plan).toContainText("Not sleeping");
  await expect(plan).toContainText("Call my sister");
  await expect(plan.getByRole("link", { name: /555\D+010\D0147/ })).toHaveAttribute("href", /^tel:/);
});

test("the front desk cannot change a client's level of care", async ({ page }) => {
  await signIn(page, staffUrl, demo.frontDesk, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  // No way in from the app: the roster links only to how to reach each client, never to a record,
  // and the menu offers no client changes.
  await page.goto(`${staffUrl}/roster`);
  await expect(page.getByRole("table").getByRole("link").first()).toBeVisible();
  const hrefs = await page.getByRole("table").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !/^\/clients\/[0-9a-f-]{36}\/contact$/.test(href ?? ""))).toEqual([]);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New client" })).toHaveCount(0);

  // Nor by address: a client's record (found through last week's session rosters) refuses the role.
  await page.goto(`${staffUrl}/sessions?date=${daysFromToday(-7)}`);
  await page.getByRole("link", { name: /review attendance/i }).first().click();
  const clientId = await page.locator('input[type="hidden"][name$=".clientId"]').first().getAttribute("value");
  expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
  const record = await page.goto(`${staffUrl}/clients/${clientId}`);
  expect(record?.status()).toBe(403);
  await expect(page.getByRole("main")).toContainText(/your role/i);
  await expect(page.getByRole("button", { name: /change level of care/i })).toHaveCount(0);
  await expect(page.locator("summary", { hasText: "Change level of care" })).toHaveCount(0);

  // Nor through the API itself: the procedure refuses the role before it reads any input. (Sent
  // as the app's own page would send it: from its origin, or the proxy refuses it first.)
  const response = await page.request.post(`${staffUrl}/api/trpc/enrollments.changeLevel`, {
    headers: { Origin: staffUrl },
    data: { json: { enrollmentId: clientId, to: "outpatient", effectiveOn: daysFromToday(1), reason: "Trying" } },
  });
  expect(response.status()).toBe(403);
  expect(JSON.stringify(await response.json())).toContain("Your role doesn't allow this.");
});
