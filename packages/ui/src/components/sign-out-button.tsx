"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/**
 * Signs out through next-auth (a POST with its CSRF token); the auth package ends the session row,
 * so the cookie stops working everywhere at once. A full page load follows, leaving nothing of the
 * previous person's data in memory.
 */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ redirect: false });
        } finally {
          // A full page load on purpose, not a client-side push: nothing of this person stays in memory.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/sign-in?signedOut=1");
        }
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
