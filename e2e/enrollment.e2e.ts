import { expect, test } from "@playwright/test";
import { signIn } from "./support/demo";
import { enrollNewClientInEveningIop } from "./support/enrollment";
import { portalUrl } from "./support/urls";

test("staff enroll a new client in the evening IOP, and the client sees that schedule", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const client = await enrollNewClientInEveningIop(browser);

  await signIn(page, portalUrl, client.email, client.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  await expect(page.getByRole("main")).toContainText(`Hi, ${client.firstName}`);
  await expect(page.getByRole("main")).toContainText("Intensive Outpatient");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).click();
  const sessions = page.getByRole("main");
  // The evening track meets Monday, Wednesday and Thursday, 6 to 9 pm in the center's zone.
  await expect(sessions.getByText("6:00 – 9:00 PM EST").or(sessions.getByText("6:00 – 9:00 PM EDT")).first()).toBeVisible();
  for (const day of ["Mon", "Wed", "Thu"]) await expect(sessions.getByText(new RegExp(`^${day}, `)).first()).toBeVisible();
  await expect(sessions.getByText(/^(Tue|Sat|Sun), /)).toHaveCount(0);
  await expect(sessions).not.toContainText("Morning track");
});
