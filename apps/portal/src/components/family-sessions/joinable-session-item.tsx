"use client";

import { type ReactNode, useState } from "react";

/**
 * One session in "Sessions you can join". A session the caller holds a place in is listed under
 * their sign-ups instead, except the one they have just signed up for on this page: it stays where
 * it was, its answer in place of the button, so nothing below moves up under the thumb.
 */
export function JoinableSessionItem({ heldAlready, children }: { heldAlready: boolean; children: ReactNode }) {
  // Whether the page first showed this session as one to join; a place given up later shows it again.
  const [joinableOnArrival] = useState(!heldAlready);
  if (heldAlready && !joinableOnArrival) return null;
  return <li className="session">{children}</li>;
}
