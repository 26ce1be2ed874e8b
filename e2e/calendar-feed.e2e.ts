import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl } from "./support/urls";

test("a client makes a calendar link that works without signing in, shows little, and stops working once reset", async ({ page, playwright }) => {
  await signIn(page, portalUrl, demo.client, demo.password);
  await expect(page).toHaveURL(`${portalUrl}/`);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).click();
  await page.getByRole("main").getByRole("link", { name: "add them to your phone's calendar" }).click();
  await page.getByRole("button", { name: "Make my calendar link" }).click();
  const link = page.getByRole("textbox", { name: "Your calendar link" });
  await expect(link).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feedUrl = await link.inputValue();

  // A calendar app has no session cookie: a fresh request context.
  const calendarApp = await playwright.request.newContext();
  const feed = await calendarApp.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(feed.headers()["cache-control"]).toContain("no-store");
  const body = await feed.text();
  expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(body).toContain("SUMMARY:Program session");
  // Nothing that says what the care is for, or who it is for.
  for (const secret of ["Mental Health", "IOP", "Morgan", "Process group", "Intensive"]) expect(body).not.toContain(secret);

  await page.getByRole("button", { name: "Reset link" }).click();
  await expect(link).not.toHaveValue(feedUrl);
  const newFeedUrl = await link.inputValue();
  expect((await calendarApp.get(feedUrl)).status()).toBe(404);
  expect((await calendarApp.get(newFeedUrl)).status()).toBe(200);

  await page.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByRole("button", { name: "Make my calendar link" })).toBeVisible();
  expect((await calendarApp.get(newFeedUrl)).status()).toBe(404);
  await calendarApp.dispose();
});
