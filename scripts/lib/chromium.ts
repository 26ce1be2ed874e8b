import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The browser the end-to-end tests drive: CHROMIUM_PATH, or a system Chromium. */
export function findChromium(configured: string | undefined): string | null {
  if (configured) return existsSync(configured) ? configured : null;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export const chromiumHelp = [
  "The end-to-end tests need Chromium, and none was found.",
  "On Debian or Ubuntu:   sudo apt-get update && sudo apt-get install -y chromium",
  "On macOS:              brew install --cask chromium",
  "Or point CHROMIUM_PATH at a Chromium or Chrome binary.",
].join("\n");
