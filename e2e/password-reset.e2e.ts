import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demo, signIn, signInError } from "./support/demo";
import { mailedLink, mailsTo } from "./support/outbox";
import { portalUrl, staffUrl } from "./support/urls";

const requested = /^If an account uses that address, we've sent it a link to choose a new password\./;

async function expectNoViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([]);
}

async function expectPhoneFit(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function expectTargetSize(target: Locator) {
  const box = await target.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

/** Asks for a reset link on the app's page and returns the answer's words. */
async function askForLink(page: Page, baseUrl: string, email: string): Promise<string> {
  await page.goto(`${baseUrl}/forgot-password`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: /^Send (me a|another) link$/ }).click();
  const answer = page.getByRole("status").filter({ hasText: "If an account uses that address" });
  await expect(answer).toHaveText(requested);
  return (await answer.textContent()) ?? "";
}

test("a family member who forgot their password gets a link by mail, chooses a new one, is signed out everywhere, and signs in with it", async ({ browser, page }) => {
  test.setTimeout(90_000);
  // The demo family member whose consent has run out: no other spec signs in as them.
  const email = demo.familyWithoutConsent;
  const newPassword = "Paper-boats-on-a-green-pond-7";

  // Signed in on another device before the reset.
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, portalUrl, email, demo.password);
  await expect(otherPage).toHaveURL(`${portalUrl}/`);

  // From the sign-in page, on a phone-sized screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${portalUrl}/sign-in`);
  const forgot = page.getByRole("link", { name: "Forgot your password?" });
  await expectTargetSize(forgot);
  await forgot.click();
  await expect(page).toHaveURL(`${portalUrl}/forgot-password`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await expectNoViolations(page);
  await expectPhoneFit(page);

  // An address that isn't an address is refused plainly, with the focus on it.
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("Give an email address like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeFocused();

  // The same words for an address with no account as for the family member's, and the link is not on the page.
  const forNobody = await askForLink(page, portalUrl, `nobody.${Date.now()}@example.test`);
  const forThem = await askForLink(page, portalUrl, email);
  expect(forThem).toBe(forNobody);
  await expect(page.locator("body")).not.toContainText("/reset-password/");

  // The link as it arrives in the mail.
  const link = await mailedLink(email, /\/reset-password\/[A-Za-z0-9_-]{43}$/);
  expect(link.startsWith(`${portalUrl}/reset-password/`)).toBe(true);

  const mailbox = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const resetPage = await mailbox.newPage();
  await resetPage.goto(link);
  await expect(resetPage.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expectNoViolations(resetPage);
  await expectPhoneFit(resetPage);
  // The policy's reasons go under the field, which takes the focus.
  await resetPage.getByLabel("New password", { exact: true }).fill("password1234");
  await resetPage.getByLabel("Type it again").fill("password1234");
  await resetPage.getByRole("button", { name: "Save my new password" }).click();
  await expect(resetPage.getByText(/too common or too easy to guess/).first()).toBeVisible();
  await expect(resetPage.getByLabel("New password", { exact: true })).toBeFocused();

  await resetPage.getByLabel("New password", { exact: true }).fill(newPassword);
  await resetPage.getByLabel("Type it again").fill(newPassword);
  await resetPage.getByRole("button", { name: "Save my new password" }).click();
  await expect(resetPage.getByText("Your password is changed, and you've been signed out everywhere.")).toBeVisible();

  // The other device's next request is signed out.
  await otherPage.goto(`${portalUrl}/family-sessions`);
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherDevice.close();

  // The old password no longer works; the new one does, through the ordinary sign-in.
  await signIn(resetPage, portalUrl, email, demo.password);
  await expect(signInError(resetPage)).toContainText(/don.t match/i);
  await signIn(resetPage, portalUrl, email, newPassword);
  await expect(resetPage).toHaveURL(`${portalUrl}/`);

  // The link worked once; opened again, it says so and offers a new one.
  const again = await mailbox.newPage();
  await again.goto(link);
  await again.getByLabel("New password", { exact: true }).fill(`${newPassword} again`);
  await again.getByLabel("Type it again").fill(`${newPassword} again`);
  await again.getByRole("button", { name: "Save my new password" }).click();
  await expect(again.getByRole("alert").filter({ hasText: "This link has expired or was already used." })).toBeVisible();
  await again.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(again).toHaveURL(`${portalUrl}/forgot-password`);
  await mailbox.close();
});

test("the staff app's reset pages are open without a session, pass axe and fit a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${staffUrl}/sign-in`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(`${staffUrl}/forgot-password`);
  await expectNoViolations(page);
  await expectPhoneFit(page);
  // A client's address gets the staff app's answer too, and no staff link.
  await askForLink(page, staffUrl, demo.client);
  expect((await mailsTo(demo.client)).filter((mail) => mail.body.includes(`${staffUrl}/reset-password/`))).toEqual([]);
  await expectTargetSize(page.getByRole("button", { name: "Send another link" }));

  await page.goto(`${staffUrl}/reset-password/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expectNoViolations(page);
  await expectPhoneFit(page);
});
