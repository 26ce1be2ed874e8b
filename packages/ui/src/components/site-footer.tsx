import type { CenterContact } from "@stepwise/domain";

/**
 * The page footer: the center that runs the app (name, address, main number: here, a person's
 * <address> for contacting the page's owner), then one short paragraph per line the app wants
 * everyone to read.
 */
export function SiteFooter({ lines, center }: { lines: readonly string[]; center?: Pick<CenterContact, "name" | "addressLines" | "mainPhone"> }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {center ? (
          <address className="site-footer__center">
            <strong>{center.name}</strong>
            {center.addressLines.map((line) => (
              <span key={line}>
                <br />
                {line}
              </span>
            ))}
            <br />
            <a href={`tel:${center.mainPhone.tel}`}>{center.mainPhone.display}</a>
          </address>
        ) : null}
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </footer>
  );
}
