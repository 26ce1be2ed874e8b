import type { CenterContact } from "@stepwise/domain";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";

/** The root layout's metadata: the app's title and description; every page kept out of search engines. */
export function rootMetadata(app: { title: string; description: string }): Metadata {
  return {
    title: { template: `%s · ${app.title}`, default: app.title },
    description: app.description,
    // Health information: keep every page out of search engines.
    robots: { index: false, follow: false },
    // The same policy as the header (security.ts): no Referer to other sites, our own Origin kept.
    referrer: "same-origin",
  };
}

export const rootViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f2f52",
};

/** The document every page sits in: skip link, an optional banner, the page, the footer (with the center that runs the app). */
export function RootDocument({
  banner,
  footer,
  center,
  children,
}: {
  banner?: ReactNode;
  footer: readonly string[];
  center?: CenterContact;
  children: ReactNode;
}) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        {banner}
        {children}
        <SiteFooter lines={footer} {...(center ? { center } : {})} />
      </body>
    </html>
  );
}
