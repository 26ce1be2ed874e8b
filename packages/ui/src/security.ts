/**
 * Security headers. The Content-Security-Policy carries a fresh nonce per request, so it is set by
 * the proxy (every page is rendered per request anyway: it depends on who is signed in); the
 * static ones are set for every response by the shared Next config (next-config.ts).
 */

export function contentSecurityPolicy(options: { nonce: string; development: boolean; https: boolean }): string {
  const { nonce, development, https } = options;
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonce-bearing script may load more; nothing else runs.
    // React needs eval only in development, for its error overlay.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers every response gets (`headers()` in next-config.ts). */
export const staticSecurityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No Referer to other sites. Not "no-referrer": under it browsers send `Origin: null` with a
  // page's plain form posts (a server action before scripts load), which the proxy must refuse.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  // Browsers ignore HSTS on plain http (the local demo), and honour it once served over https.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
] as const;
