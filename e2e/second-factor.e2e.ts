import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { enterCode, nextCode, staleCode } from "./support/second-factor";
import { staffUrl } from "./support/urls";

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
}

// In order: the set-up, then the same account's next sign-ins, then a director's reset of it.
test.describe.configure({ mode: "serial" });

/** Owen's key, as read from the set-up screen, and his recovery codes. */
const owen = { secret: "", recoveryCodes: [] as string[] };

test("a new staff member sets up an authenticator app at their first sign-in, on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, staffUrl, demo.toSetUp, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/second-factor`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your authenticator app");
  // Nothing else opens until it is done.
  await page.goto(`${staffUrl}/clients`);
  await expect(page).toHaveURL(`${staffUrl}/second-factor`);
  // Loading the page made no secret: the button does, and focus goes to the first step.
  await expect(page.getByRole("img", { name: /QR code/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add Stepwise to your authenticator app" })).toBeFocused();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  owen.secret = ((await page.locator("code.setup-key").textContent()) ?? "").replace(/\s/g, "");
  expect(owen.secret).toMatch(/^[A-Z2-7]{32}$/);
  const code = page.getByLabel("6-digit code", { exact: true });
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");

  // A wrong code is refused in plain words, and focus goes to what went wrong.
  await code.fill(await staleCode(owen.secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.locator(".alert").first()).toContainText("That code didn't work.");
  await expect(code).toBeFocused();

  await code.fill(await nextCode(demo.toSetUp, owen.secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  owen.recoveryCodes = (await codes.allTextContents()).map((text) => text.trim());
  // The form is gone: focus is on the codes' heading.
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  await expectNoViolations(page);
  await expectNoSidewaysScroll(page);

  // Not before saying the codes are saved.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "tick the box" })).toBeVisible();
  await expect(page.getByLabel("I have saved my recovery codes")).toBeFocused();
  await page.getByLabel("I have saved my recovery codes").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${staffUrl}/`);
  // On a phone the navigation sits behind Menu.
  await page.getByText("Menu", { exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toBeVisible();
});

test("the next sign-in asks for the 6-digit code, or takes a recovery code instead", async ({ page }) => {
  await signIn(page, staffUrl, demo.toSetUp, demo.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the 6-digit code");
  await page.goto(`${staffUrl}/`);
  await expect(page).toHaveURL(`${staffUrl}/second-factor`);
  await expectNoViolations(page);
  await enterCode(page, staffUrl, demo.toSetUp, owen.secret);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await signOut(page);

  await signIn(page, staffUrl, demo.toSetUp, demo.password);
  await page.getByRole("link", { name: "Use a recovery code instead" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter a recovery code");
  await page.getByLabel("Recovery code", { exact: true }).fill(owen.recoveryCodes[0]!.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${staffUrl}/`);
  await signOut(page);

  // Each recovery code works once.
  await signIn(page, staffUrl, demo.toSetUp, demo.password);
  await page.getByRole("link", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code", { exact: true }).fill(owen.recoveryCodes[0]!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".alert").first()).toContainText("That recovery code didn't work.");
  await expect(page).toHaveURL(/\/second-factor/);
});

test("a director resets a colleague's authenticator app after a confirmation, and the colleague sets up a new one", async ({ page, browser }) => {
  await signIn(page, staffUrl, demo.director, demo.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff");
  const row = page.getByRole("row").filter({ hasText: "Owen Park" });
  await expect(row).toContainText("Set up");
  await expect(page.getByRole("row").filter({ hasText: "Renee Castillo" })).toContainText("This is you");
  await expectNoViolations(page);

  // Never in one tap: the reset opens, says what it does, and asks again.
  await row.getByText("Reset authenticator app").click();
  await expect(row).toContainText("signed out everywhere");
  // And only with a current code from the director's own app.
  await row.getByRole("button", { name: "Yes, reset Owen Park's authenticator app" }).click();
  await expect(row.getByLabel("6-digit code from your app")).toBeFocused();
  await row.getByLabel("6-digit code from your app").fill(await nextCode(demo.director));
  await row.getByRole("button", { name: "Yes, reset Owen Park's authenticator app" }).click();
  await expect(page.getByRole("status").filter({ hasText: "authenticator app was reset" })).toBeVisible();

  const colleague = await browser.newPage();
  await signIn(colleague, staffUrl, demo.toSetUp, demo.password);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("Set up your authenticator app");
  await colleague.close();
});

test("the front desk has no staff page and cannot reset anyone", async ({ page }) => {
  await signIn(page, staffUrl, demo.frontDesk, demo.password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toHaveCount(0);
  const response = await page.goto(`${staffUrl}/staff-accounts`);
  expect(response?.status()).toBe(403);
});
