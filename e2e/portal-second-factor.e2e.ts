import { expect, test } from "@playwright/test";
import { signIn } from "./support/demo";
import { enrollNewClientInEveningIop } from "./support/enrollment";
import { enterCode, nextCode } from "./support/second-factor";
import { portalUrl } from "./support/urls";

test("a client turns on an authenticator app, is asked for its code at the next sign-in, and turns it off", async ({ page, browser }) => {
  // Three codes for one account: the last may wait for the app's next one.
  test.setTimeout(90_000);
  // A new client of their own, so no other test's account changes.
  const client = await enrollNewClientInEveningIop(browser);
  const account = client.email;
  await signIn(page, portalUrl, account, client.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign-in security" }).click();
  await expect(page.getByRole("heading", { name: "Authenticator app: off" })).toBeVisible();
  await page.getByRole("link", { name: "Turn on" }).click();
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = ((await page.locator("code.setup-key").textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel("6-digit code", { exact: true }).fill(await nextCode(account, secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByLabel("I have saved my recovery codes").check();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { name: "Authenticator app: on" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, portalUrl, account, client.password);
  await expect(page).toHaveURL(`${portalUrl}/second-factor`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the 6-digit code");
  await enterCode(page, portalUrl, account, secret);
  await expect(page).toHaveURL(`${portalUrl}/`);

  await page.goto(`${portalUrl}/account/security`);
  await page.getByText("Turn off the authenticator app").click();
  await page.getByRole("group").getByLabel("6-digit code from your app").fill(await nextCode(account, secret));
  await page.getByRole("button", { name: "Yes, turn it off" }).click();
  await expect(page).toHaveURL(`${portalUrl}/account/security?turnedOff=1`);
  await expect(page.getByRole("heading", { name: "Authenticator app: off" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your authenticator app is turned off." })).toBeVisible();
});
