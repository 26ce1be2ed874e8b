import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl, staffUrl } from "./support/urls";

const turnOffUrl = `${portalUrl}/api/trpc/calendar.turnOff`;

/** Signs the demo client in and makes sure their calendar link is on; returns the feed's address. */
async function clientWithCalendarLink(page: Page): Promise<string> {
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  await page.goto(`${portalUrl}/calendar`);
  const make = page.getByRole("button", { name: "Make my calendar link" });
  await (await make.isVisible() ? make : page.getByRole("button", { name: "Reset link" })).click();
  const link = page.getByRole("textbox", { name: "Your calendar link" });
  await expect(link).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return link.inputValue();
}

test("a forged request to turn a client's calendar feed off is refused, whoever sends it, and the feed stays on", async ({ page, playwright }) => {
  const feedUrl = await clientWithCalendarLink(page);
  const calendarApp = await playwright.request.newContext();
  const feedIsOn = async () => (await calendarApp.get(feedUrl)).status() === 200;
  expect(await feedIsOn()).toBe(true);

  // A plain HTML form on the staff app's origin: same-site beside the portal, so the browser sends
  // the portal's SameSite=Lax session cookie with it. Served without the app's CSP, as any page could be.
  await page.route(`${staffUrl}/forged-form`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><form method="post" enctype="multipart/form-data" action="${turnOffUrl}"><input name="x" value="1"><button>Go</button></form>`,
    }),
  );
  await page.goto(`${staffUrl}/forged-form`);
  const [answer] = await Promise.all([page.waitForResponse(turnOffUrl), page.getByRole("button", { name: "Go" }).click()]);
  expect(answer.status()).toBe(403);
  expect(answer.request().headers()["origin"]).toBe(staffUrl);
  await expect(page.locator("body")).toContainText("didn't come from this site's own pages");
  expect(await feedIsOn()).toBe(true);

  // The same with the client's cookies from anywhere else, or from nowhere at all.
  for (const origin of ["http://evil.example", "null", undefined]) {
    const response = await page.request.post(turnOffUrl, { multipart: { x: "1" }, headers: origin ? { Origin: origin } : {} });
    expect(response.status(), `Origin: ${origin}`).toBe(403);
  }
  // From the portal's own origin, a form's content type is still refused: JSON only.
  const asForm = await page.request.post(turnOffUrl, { multipart: { x: "1" }, headers: { Origin: portalUrl } });
  expect(asForm.status()).toBe(415);
  expect(await asForm.text()).toBe("This address only accepts requests sent as JSON.");
  expect(await feedIsOn()).toBe(true);

  // Next-auth's sign-out and a server action are behind the same check.
  expect((await page.request.post(`${portalUrl}/api/auth/signout`, { form: { csrfToken: "x" }, headers: { Origin: "http://evil.example" } })).status()).toBe(403);
  expect((await page.request.post(`${portalUrl}/calendar`, { headers: { Origin: staffUrl, "Next-Action": "0".repeat(42) }, data: "[]" })).status()).toBe(403);

  // The request the app's own page would send does turn it off: the cookies were good all along.
  const own = await page.request.post(turnOffUrl, { headers: { Origin: portalUrl, "Content-Type": "application/json" }, data: "{}" });
  expect(own.status()).toBe(200);
  expect(await feedIsOn()).toBe(false);
  await calendarApp.dispose();
});

test("the app's own plain form posts still work before any script runs (their Origin is kept)", async ({ browser, page }) => {
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const noScripts = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const form = await noScripts.newPage();
  await form.goto(`${portalUrl}/calendar`);
  const turnOff = form.getByRole("button", { name: "Turn off" });
  if (await turnOff.isVisible()) {
    await turnOff.click();
    await expect(form.getByRole("button", { name: "Make my calendar link" })).toBeVisible();
  }
  const [answer] = await Promise.all([
    form.waitForResponse((response) => response.request().method() === "POST"),
    form.getByRole("button", { name: "Make my calendar link" }).click(),
  ]);
  expect(answer.request().headers()["origin"]).toBe(portalUrl);
  expect(answer.status()).toBe(200);
  await expect(form.getByRole("textbox", { name: "Your calendar link" })).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await noScripts.close();
});

test("next-auth's answers are never cached: session, CSRF token, providers and the sign-in callback", async ({ page }) => {
  const [callback] = await Promise.all([
    page.waitForResponse((response) => response.url().startsWith(`${portalUrl}/api/auth/callback/credentials`)),
    signIn(page, portalUrl, demo.client, demo.password),
  ]);
  expect(callback.headers()["cache-control"]).toBe("no-store");
  await expect(page).toHaveURL(`${portalUrl}/`);
  for (const path of ["session", "csrf", "providers"]) {
    const response = await page.request.get(`${portalUrl}/api/auth/${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("no-store");
  }
  // Sign-in itself still works through the copied response: the session names the client.
  expect(await (await page.request.get(`${portalUrl}/api/auth/session`)).json()).toMatchObject({ user: { name: expect.any(String) } });
});

test("a page that answers not found says so with HTTP 404", async ({ page }) => {
  await signIn(page, portalUrl, demo.family, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  const response = await page.goto(`${portalUrl}/shared/${randomUUID()}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
});
