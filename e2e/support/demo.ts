import { expect, type Page } from "@playwright/test";
import { enterCode } from "./second-factor";
import { staffUrl } from "./urls";

/** Demo sign-ins from the seed (demo data only). */
export const demo = {
  password: "stepwise-demo-2026",
  client: "client@stepwise.test",
  /** The demo client's partner: a consent in force shares everything, and one family session is booked. */
  family: "family@stepwise.test",
  /** The demo client's brother: joined, but his consent has expired, so nothing is shared. */
  familyWithoutConsent: "family2@stepwise.test",
  clinician: "clinician@stepwise.test",
  director: "director@stepwise.test",
  frontDesk: "frontdesk@stepwise.test",
  /** Reads the audit, and nothing else of the staff app. */
  privacyOfficer: "privacy@stepwise.test",
  /** An administrator with no authenticator yet: the first sign-in sets one up. */
  toSetUp: "owen.park@harborview.test",
} as const;

/** The demo staff sign-ins whose authenticator holds the demo key (all but the one left to set up). */
const staffWithDemoKey: readonly string[] = [demo.clinician, demo.director, demo.frontDesk, "privacy@stepwise.test"];

/**
 * Signs in with the password; for a demo staff account with the right password, also enters the
 * authenticator code from the demo key, as every staff sign-in asks.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  if (baseUrl === staffUrl && password === demo.password && staffWithDemoKey.includes(email)) await enterCode(page, staffUrl, email);
}

/** The sign-in form's own alert (Next adds a route announcer with role="alert" to every page). */
export function signInError(page: Page) {
  return page.locator("form").getByRole("alert");
}

export async function expectCrisisResources(page: Page) {
  const banner = page.getByRole("region", { name: /crisis/i });
  await expect(banner.getByRole("link", { name: /988/ })).toHaveAttribute("href", /^tel:988$/);
  await expect(banner.getByRole("link", { name: /911/ })).toHaveAttribute("href", /^tel:911$/);
}
