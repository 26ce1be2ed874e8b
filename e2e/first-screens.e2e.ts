import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { portalUrl, staffUrl } from "./support/urls";

/**
 * Each person's first screen is what they came for (issue 15), at a phone's width and a laptop's:
 * the home each demo sign-in lands on leads its main landmark with that role's reason to come,
 * within the first screen, never scrolls sideways, has touch targets of at least 44×44 px on the
 * phone, and passes axe.
 *
 * "Leads with" is read from the headings: the page's h1 or, below it, the first h2 in <main> must
 * name what the role came for, and start within the first screen. A home that is the thing itself
 * (Today, the board) says so in its h1; a home with an intro (My plan, Shared with me) says it in
 * its first section's h2.
 */

const viewports = [
  { name: "phone", width: 360, height: 740 },
  { name: "laptop", width: 1280, height: 800 },
] as const;

type Role = {
  role: string;
  app: string;
  email: string;
  /** The accessible name of the heading that leads the home. */
  leads: RegExp;
  /** What else the first screen of <main> shows, when the heading alone does not prove the role's reason to come. */
  onFirstScreen?: RegExp;
};

const roles: Role[] = [
  // When: a time of day as the apps write one ("6:00 PM EST"), on the first screen with the heading.
  // While the demo client's evening group is on, the card reads "Happening now" instead. A check-in
  // open now comes first (the demo client has one), and the session's time still shows on the first screen.
  { role: "client", app: portalUrl, email: demo.client, leads: /next session|happening now|check-in/i, onFirstScreen: /\d{1,2}:\d{2}\s?[AP]M/ },
  // Alex Morgan shares everything with Jordan (the seed): the first section is what Alex shares.
  { role: "family member", app: portalUrl, email: demo.family, leads: /Alex/, onFirstScreen: /shares? with you/i },
  { role: "front desk", app: staffUrl, email: demo.frontDesk, leads: /today/i, onFirstScreen: /session/i },
  { role: "clinician", app: staffUrl, email: demo.clinician, leads: /today/i, onFirstScreen: /session/i },
  { role: "director", app: staffUrl, email: demo.director, leads: /board|roster/i },
];

/** The h1 and the first h2 in <main>, in document order, with where each starts. */
async function leadingHeadings(page: Page) {
  return page.locator("main").evaluate((main) => {
    const visible = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().height > 1;
    const h1 = Array.from(main.querySelectorAll("h1")).find(visible);
    const h2 = Array.from(main.querySelectorAll("h2")).find(visible);
    return [h1, h2]
      .filter((heading): heading is HTMLHeadingElement => heading !== undefined)
      .map((heading) => ({
        level: heading.tagName.toLowerCase(),
        name: (heading.textContent ?? "").replace(/\s+/g, " ").trim(),
        top: heading.getBoundingClientRect().top + window.scrollY,
      }));
  });
}

/** The text of <main> that shows on the first screen, before any scrolling. */
async function firstScreenText(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const shown: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.checkVisibility()) continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.height > 0 && rect.top + window.scrollY < window.innerHeight) shown.push(node.textContent ?? "");
    }
    return shown.join(" ").replace(/\s+/g, " ").trim();
  });
}

/**
 * Every visible interactive element smaller than 44×44 px, described so a failure names it.
 * Exempt, per WCAG 2.5.8's inline exception: a link inside a paragraph of text (a <p>) that is
 * not drawn as a button, whose size the line of text sets. Not measured: what is not on the
 * page until focused (the skip link waits above the top edge) or hidden for screen readers only
 * (1 px), and what is inside a closed <details>. A checkbox or radio is measured with its label,
 * which takes its taps.
 */
async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, input:not([type=hidden]), select, summary, textarea, [role=button]";
    const small: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      let rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      if (rect.bottom + window.scrollY <= 0 || rect.right + window.scrollX <= 0) continue;
      const inlineLink = element.tagName === "A" && element.closest("p") !== null && !element.classList.contains("button");
      if (inlineLink) continue;
      if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
        const label = element.labels?.[0]?.getBoundingClientRect();
        if (label && label.width * label.height > rect.width * rect.height) rect = label;
      }
      if (rect.width >= 44 && rect.height >= 44) continue;
      const name = (element.getAttribute("aria-label") ?? element.textContent ?? element.getAttribute("name") ?? "").replace(/\s+/g, " ").trim();
      const where = element.closest("header, nav, main, footer, aside, [role=region]");
      small.push(
        `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""} "${name.slice(0, 40)}" ` +
          `${Math.round(rect.width)}×${Math.round(rect.height)} px${where ? ` in <${where.tagName.toLowerCase()}>` : ""}`,
      );
    }
    return small;
  });
}

/** The outermost elements that reach past the viewport's right edge, for a failure to name. */
async function pastTheRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const past = Array.from(document.body.querySelectorAll<HTMLElement>("*")).filter(
      (element) => element.checkVisibility() && element.getBoundingClientRect().right > window.innerWidth + 0.5,
    );
    return past
      .filter((element) => !past.some((other) => other !== element && other.contains(element)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""} right=${Math.round(element.getBoundingClientRect().right)}`);
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return scan.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

for (const { role, app, email, leads, onFirstScreen } of roles) {
  test(`the ${role}'s home leads with what they came for, fits a phone and a laptop, has 44 px targets on the phone, and passes axe`, async ({ page }) => {
    // One sign-in (with the staff code step), then the same home at both widths.
    test.setTimeout(90_000);
    await page.setViewportSize(viewports[0]);
    await signIn(page, app, email, demo.password);
    await page.waitForURL((url) => !["/sign-in", "/second-factor"].includes(url.pathname));
    const home = page.url();

    for (const viewport of viewports) {
      await test.step(`at ${viewport.width}×${viewport.height}`, async () => {
        await page.setViewportSize(viewport);
        await page.goto(home);
        await expect(page.locator("main h1")).toBeVisible();
        const at = `${role}, ${viewport.name} (${home})`;

        const headings = await leadingHeadings(page);
        const leading = headings.find((heading) => leads.test(heading.name));
        expect.soft(leading, `${at}: the h1 or first h2 names what the ${role} came for (${leads}); found ${JSON.stringify(headings.map((h) => `${h.level} ${h.name}`))}`).toBeDefined();
        if (leading) {
          expect.soft(leading.top, `${at}: "${leading.name}" starts within the first screen`).toBeLessThan(viewport.height);
          if (onFirstScreen) expect.soft(await firstScreenText(page), `${at}: the first screen of <main>`).toMatch(onFirstScreen);
        }

        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
        expect.soft(overflow, `${at}: sideways scroll, in px; reaching past the right edge: ${(await pastTheRightEdge(page)).join("; ")}`).toBeLessThanOrEqual(0);

        if (viewport.name === "phone") expect.soft(await smallTouchTargets(page), `${at}: touch targets under 44×44 px`).toEqual([]);

        expect.soft(await axeViolations(page), `${at}: axe`).toEqual([]);
      });
    }
  });
}
