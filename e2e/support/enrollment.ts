import { randomUUID } from "node:crypto";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { demo, signIn } from "./demo";
import { portalUrl, staffUrl } from "./urls";

export interface NewClient {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  recordUrl: string;
}

/** A password the policy accepts: long, and nothing like a common password. */
const newClientPassword = "harbor lantern violet 2026";

/**
 * As a clinician in the staff app: add a new client with a portal email, refer them to the adult
 * IOP, schedule the intake and activate them on the evening track. Returns the client with the
 * one-time setup link already used to set their password, so they can sign in to the portal.
 */
export async function enrollNewClientInEveningIop(browser: Browser): Promise<NewClient> {
  const suffix = randomUUID().slice(0, 8);
  const client = { firstName: "Jordan", lastName: `Rivera-${suffix}`, email: `jordan.${suffix}@example.test`, password: newClientPassword };

  const staff = await browser.newPage();
  await signIn(staff, staffUrl, demo.clinician, demo.password);
  await expect(staff).toHaveURL(`${staffUrl}/`);
  // New client is the Clients page's action, not a place of its own in the menu.
  await staff.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients", exact: true }).click();
  await staff.getByRole("main").getByRole("link", { name: "New client" }).click();
  await staff.getByLabel("First name").fill(client.firstName);
  await staff.getByLabel("Last name").fill(client.lastName);
  await staff.getByLabel("Date of birth").fill("1991-04-12");
  await staff.getByLabel("Email for the portal (optional)").fill(client.email);
  await chooseOptionContaining(staff.getByLabel("Program"), "Adult Mental Health IOP");
  await staff.getByRole("button", { name: "Add client" }).click();

  const setupLink = staff.locator("code.setup-link");
  await expect(setupLink).toContainText("/welcome/");
  const setupUrl = (await setupLink.textContent())?.trim() ?? "";
  await staff.getByRole("link", { name: "Open the client's record" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(client.lastName);
  const recordUrl = staff.url();

  await openAction(staff, "Schedule intake");
  await staff.getByRole("button", { name: "Schedule intake" }).click();
  await expect(staff.getByText("Intake scheduled.")).toBeVisible();
  const actions = staff.getByRole("region", { name: "Enrollment actions" });
  await expect(actions).toContainText("Adult Mental Health IOP · Intake scheduled");

  await openAction(staff, "Activate with a schedule");
  await chooseOptionContaining(staff.getByLabel("Schedule option"), "Evening track");
  await staff.getByRole("button", { name: "Activate enrollment" }).click();
  await expect(actions).toContainText("Adult Mental Health IOP · Active");
  await staff.close();

  const welcome = await browser.newPage();
  await welcome.goto(setupUrl.startsWith("http") ? setupUrl : `${portalUrl}${setupUrl}`);
  await welcome.getByLabel("New password").fill(client.password);
  await welcome.getByLabel("Type it again").fill(client.password);
  await welcome.getByRole("button", { name: "Set my password" }).click();
  await expect(welcome.getByRole("link", { name: /sign in/i })).toBeVisible();
  await welcome.close();

  return { ...client, recordUrl };
}

/** Opens one of the folded actions on a client's record. */
export async function openAction(page: Page, title: string) {
  await page.locator("summary", { hasText: title }).click();
}

/** Chooses the option whose label contains `text` (labels also carry the level and band). */
export async function chooseOptionContaining(select: Locator, text: string) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  if (value === null) throw new Error(`no option containing "${text}"`);
  await select.selectOption(value);
}
