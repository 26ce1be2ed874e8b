import { RootDocument, rootMetadata, rootViewport } from "@stepwise/ui/components";
import "@stepwise/ui/styles.css";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getCenter } from "~/lib/center";
import "./staff.css";

export const metadata = rootMetadata({
  title: "Stepwise Staff",
  description: "Stepwise staff app: roster, attendance and levels of care.",
});
export const viewport = rootViewport;

const footer = ["Stepwise staff app. Protected health information: every view is recorded in the audit log."];

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: pages depend on who is signed in, and the
  // Content-Security-Policy nonce the proxy sets is only applied to dynamic renders.
  await connection();
  const center = await getCenter();
  return (
    <RootDocument footer={footer} center={center}>
      {children}
    </RootDocument>
  );
}
