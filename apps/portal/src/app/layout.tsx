import { RootDocument, rootMetadata, rootViewport } from "@stepwise/ui/components";
import "@stepwise/ui/styles.css";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getCenter } from "~/lib/center";
import { CrisisBanner } from "~/components/crisis-banner";

export const metadata = rootMetadata({ title: "Stepwise", description: "Your treatment plan, schedule and care team." });
export const viewport = rootViewport;

const footer = [
  "Stepwise patient portal. Your information is private and only shared with your care team.",
  "If you are in danger or need help right away, call 911 or call or text 988.",
];

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: pages depend on who is signed in, and the
  // Content-Security-Policy nonce the proxy sets is only applied to dynamic renders.
  await connection();
  const center = await getCenter();
  return (
    <RootDocument banner={<CrisisBanner />} footer={footer} center={center}>
      {children}
    </RootDocument>
  );
}
