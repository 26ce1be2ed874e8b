/**
 * Where to go after signing in: only a path on this same site. Anything else ("//evil.example",
 * "https://…", "/\\evil") falls back to the home page, so the sign-in page cannot be used to send
 * someone elsewhere.
 */
export function safeCallbackUrl(value: string | string[] | undefined | null): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate) return "/";
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/sign-in") || candidate.startsWith("/api/")) return "/";
  return candidate;
}
