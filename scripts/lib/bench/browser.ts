import { chromium } from "@playwright/test";

export interface PageExperience {
  path: string;
  viewport: string;
  /** Cumulative layout shift from navigation until the page has been still for a second. */
  layoutShift: number;
  /** When the largest piece of content was painted, from navigation start. */
  largestPaintMs: number;
}

/** Runs in the page before its own scripts (as text: this package is typed for Node, not the DOM). */
const observeLoading = `
  window.benchLayoutShift = 0;
  window.benchLargestPaint = NaN;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchLayoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last) window.benchLargestPaint = last.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
`;

/**
 * A page as a phone shows it (360×740, touch), signed in with the session's cookies: how much
 * its layout moves while it loads, and when its main content appears.
 */
export async function experiencePage(baseUrl: string, path: string, cookieHeader: string, executablePath: string): Promise<PageExperience> {
  const browser = await chromium.launch({ executablePath });
  try {
    const viewport = { width: 360, height: 740 };
    const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await context.addCookies(
      cookieHeader.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
      }),
    );
    const page = await context.newPage();
    await page.addInitScript({ content: observeLoading });
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
    if (response?.status() !== 200) throw new Error(`${baseUrl}${path} answered HTTP ${response?.status()} in the browser`);
    await page.waitForTimeout(1000);
    const figures = (await page.evaluate("({ layoutShift: window.benchLayoutShift, largestPaintMs: window.benchLargestPaint })")) as {
      layoutShift: number;
      largestPaintMs: number;
    };
    return { path, viewport: `${viewport.width}×${viewport.height}`, ...figures };
  } finally {
    await browser.close();
  }
}
