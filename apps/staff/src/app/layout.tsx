import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "~/components/site-footer";
import { TRPCReactProvider } from "~/trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Stepwise Staff", default: "Stepwise Staff" },
  description: "Stepwise staff app: roster, attendance and levels of care.",
  // Health information: keep every page out of search engines.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f2f52",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: pages depend on who is signed in, and the
  // Content-Security-Policy nonce the proxy sets is only applied to dynamic renders.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <TRPCReactProvider>{children}</TRPCReactProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
