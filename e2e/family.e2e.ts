import { expect, type Page, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl } from "./support/urls";

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("a client invites a family member and shares with them; the family member joins a family session; once the client stops sharing, the next page load shows nothing of them", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const robin = { name: "Robin Castillo", email: `robin.${Date.now()}@family.example`, password: "Porch-lights-at-dusk-42" };

  // The client invites Robin; with no mail server configured, the link is shown once, here.
  await signIn(page, portalUrl, demo.client, demo.password);
  await nav(page).getByRole("link", { name: "My family" }).click();
  await page.getByLabel("Their name").fill(robin.name);
  await page.getByLabel("How they are related to you").selectOption({ label: "Friend" });
  await page.getByLabel("Their email address").fill(robin.email);
  await page.getByRole("button", { name: "Invite" }).click();
  const link = page.getByRole("textbox", { name: `Invitation link for ${robin.name}` });
  await expect(link).toHaveValue(/\/invitation\/[A-Za-z0-9_-]{43}$/);
  const invitationUrl = await link.inputValue();

  // The client signs a consent: the schedule and family sessions, until treatment ends.
  const robinsCard = page.getByRole("article", { name: robin.name });
  await robinsCard.getByRole("link", { name: `Share with ${robin.name}` }).click();
  // Sent empty, the form names every problem at once, in a summary that takes focus and links to each field.
  await page.getByRole("button", { name: "Sign and share" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Please check these before signing." });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  for (const field of ["What they can see", "Why you are sharing", "When sharing ends", "Your signature"]) {
    await expect(summary.getByRole("link", { name: field })).toBeVisible();
  }
  await expect(summary.getByRole("link", { name: "Why you are sharing" })).toHaveAttribute("href", "#purpose");
  await page.getByRole("checkbox", { name: "My schedule" }).check();
  await page.getByRole("checkbox", { name: "Family sessions" }).check();
  await page.getByLabel("Why you are sharing").fill("So Robin can come to family sessions with me");
  await page.getByRole("radio", { name: "When my treatment here ends" }).check();
  await page.getByLabel("Your signature").fill("Alex Morgan");
  await page.getByRole("button", { name: "Sign and share" }).click();
  await expect(page).toHaveURL(/\/family(\?|$)/);
  // Signed, focus lands on the result.
  await expect(page.getByRole("status").filter({ hasText: `You're now sharing with ${robin.name}` })).toBeFocused();
  await expect(robinsCard).toContainText("My schedule");
  await expect(robinsCard).toContainText("Family sessions");
  await expect(robinsCard).not.toContainText("My attendance summary");

  // Robin opens the link in a browser of their own, chooses a password and signs in.
  const robinsBrowser = await browser.newContext();
  const robinPage = await robinsBrowser.newPage();
  await robinPage.goto(invitationUrl);
  await expect(robinPage.getByRole("heading", { level: 1 })).toHaveText(/^Alex invited you to Stepwise as family$/);
  await robinPage.getByLabel("Your password").fill(robin.password);
  await robinPage.getByLabel("Type it again").fill(robin.password);
  await robinPage.getByRole("button", { name: "Accept the invitation" }).click();
  await robinPage.getByRole("link", { name: "Go to sign in" }).click();
  await signIn(robinPage, portalUrl, robin.email, robin.password);
  await expect(robinPage).toHaveURL(`${portalUrl}/`);
  await expect(robinPage.getByRole("heading", { level: 1 })).toHaveText("Shared with me");
  const alexCard = robinPage.getByRole("region", { name: "Alex Morgan" });
  await expect(alexCard).toContainText("Alex's schedule");
  await expect(alexCard).toContainText("Family sessions");
  await expect(alexCard).not.toContainText("plan summary");

  // The link worked once; opening it again answers plainly.
  const again = await robinsBrowser.newPage();
  await again.goto(invitationUrl);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("This invitation link can't be used");
  await again.close();

  // Robin signs up for a family session with a seat free.
  await nav(robinPage).getByRole("link", { name: "Family sessions" }).click();
  const signUp = robinPage.getByRole("button", { name: /^Sign up for / }).first();
  const where = (await signUp.boundingBox())!;
  await signUp.click();
  // The answer takes the button's place, with focus on it; a second tap there lands on no button.
  const answer = robinPage.getByRole("status").filter({ hasText: "You're signed up. We look forward to seeing you there." });
  await expect(answer).toBeFocused();
  await expect(robinPage.getByText("You're signed up", { exact: true })).toHaveCount(1);
  const underThumb = await robinPage.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest("button, a, input")?.textContent ?? null,
    { x: where.x + where.width / 2, y: where.y + where.height / 2 },
  );
  expect(underThumb).toBeNull();
  // Cancelling asks first: one tap says what would happen, and the seat is still Robin's.
  await robinPage.locator("summary", { hasText: "Cancel my sign-up…" }).first().click();
  await expect(robinPage.getByText("Your seat goes to the next person waiting").first()).toBeVisible();
  await expect(robinPage.getByRole("button", { name: /^Yes, give up my seat for / }).first()).toBeVisible();
  await robinPage.reload();
  await expect(robinPage.getByText("You're signed up", { exact: true })).toHaveCount(1);

  // One tap on Stop sharing only asks: it says what stops, the family-session places included, and nothing has stopped yet.
  await page.goto(`${portalUrl}/family`);
  await robinsCard.getByRole("link", { name: `Stop sharing… this with ${robin.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Stop sharing with ${robin.name}?`);
  await expect(page.getByRole("main")).toContainText(`gives up ${robin.name}'s place in your family sessions still to come: a seat on `);
  await robinPage.goto(`${portalUrl}/`);
  await expect(robinPage.getByRole("region", { name: "Alex Morgan" })).toContainText("Alex's schedule");
  await page.getByRole("link", { name: `Keep sharing with ${robin.name}` }).click();
  await expect(robinsCard.getByText("Nothing right now.")).toHaveCount(0);
  await expect(robinsCard).toContainText("My schedule");

  // The client stops sharing, in two steps; focus lands on what happened.
  await robinsCard.getByRole("link", { name: `Stop sharing… this with ${robin.name}` }).click();
  await page.getByRole("button", { name: `Yes, stop sharing this with ${robin.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `You've stopped sharing with ${robin.name}` })).toBeFocused();
  await expect(robinsCard.getByText("Nothing right now.")).toBeVisible();
  await expect(robinsCard).toContainText(`You stopped sharing with ${robin.name} on`);

  // Robin's very next page load no longer shows Alex at all.
  await robinPage.goto(`${portalUrl}/`);
  await expect(robinPage.getByRole("heading", { name: "Nothing is shared with you right now" })).toBeVisible();
  await expect(robinPage.getByRole("main")).not.toContainText("Alex");
  await nav(robinPage).getByRole("link", { name: "Family sessions" }).click();
  await expect(robinPage.getByText("You haven't signed up for a family session yet.")).toBeVisible();
  await expect(robinPage.getByRole("main")).not.toContainText("Alex");
  await robinsBrowser.close();
});
