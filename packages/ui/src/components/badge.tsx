import type { ReactNode } from "react";

export type BadgeTone = "ok" | "warn" | "alert" | "neutral" | "info";

/** A short status in words; the colour only supports the words, never replaces them. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
