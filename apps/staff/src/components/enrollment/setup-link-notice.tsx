import { formatInstant } from "@stepwise/ui/format";

/**
 * The one-time link, shown once: only its hash is kept, so it cannot be shown again later.
 * There is no mail server yet; staff hand it to the client themselves. The path is a full address
 * when the staff app knows the portal's (PORTAL_URL). The expiry is an instant, shown with its
 * time in the center's zone: a link made late in the evening expires on that zone's day.
 */
export function SetupLinkNotice({ link, timeZone }: { link: { path: string; expiresAt: Date }; timeZone: string }) {
  const expires = formatInstant(link.expiresAt, timeZone);
  return (
    <div className="notice stack">
      <p>
        <strong>Portal setup link:</strong> <code className="setup-link">{link.path}</code>
      </p>
      <p className="small">
        Give this to the client (for example printed, or read out with them at the desk). They open it to choose their own password. It works once, until {expires}. This is the only time it is
        shown; if it gets lost, create a new one from the client&apos;s page.
      </p>
    </div>
  );
}
