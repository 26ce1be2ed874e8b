import { test, type Page } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generate } from "otplib";

/** The demo staff sign-ins' authenticator key, as the seed stores it (demoTotpSecret) and the launcher prints it. */
export const demoTotpSecret = "STEPWISEDEMOKEYSTEPWISEDEMOKEY23";

const periodMs = 30_000;

/**
 * The last time step each account entered in this run: the server never accepts one twice. Kept
 * in a file, not in memory, because Playwright starts a new worker after a failed test, and the
 * new worker must not reuse a step the old one entered a moment before.
 */
function stepsFile(): string {
  return join(test.info().project.outputDir, ".totp-steps.json");
}
function readSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(stepsFile(), "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}
function recordStep(account: string, step: number) {
  mkdirSync(dirname(stepsFile()), { recursive: true });
  writeFileSync(stepsFile(), JSON.stringify({ ...readSteps(), [account]: step }));
}

/**
 * A code the server will take for this account now: the current step's, or the next step's when
 * the current one was already used here (the server accepts one step either side). When both were
 * used, waits for the clock to move on (the test gets the extra time).
 */
export async function nextCode(account: string, secret: string = demoTotpSecret): Promise<string> {
  const current = Math.floor(Date.now() / periodMs);
  const step = Math.max(current, (readSteps()[account] ?? -1) + 1);
  if (step > current + 1) {
    const waitMs = (step - 1) * periodMs - Date.now() + 500;
    test.info().setTimeout(test.info().timeout + waitMs);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  recordStep(account, step);
  return generate({ secret, algorithm: "sha1", digits: 6, period: 30, epoch: step * 30 });
}

/** The code step after the password: types the app's code for this account and continues. */
export async function enterCode(page: Page, baseUrl: string, account: string, secret: string = demoTotpSecret) {
  await page.waitForURL(`${baseUrl}/second-factor`);
  await page.getByLabel("6-digit code", { exact: true }).fill(await nextCode(account, secret));
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.pathname !== "/second-factor");
}

/** The code of four steps ago: a real code of the app, long expired. */
export function staleCode(secret: string = demoTotpSecret): Promise<string> {
  return generate({ secret, algorithm: "sha1", digits: 6, period: 30, epoch: Math.floor(Date.now() / 1000) - 120 });
}
