/** The page footer: one short paragraph per line the app wants everyone to read. */
export function SiteFooter({ lines }: { lines: readonly string[] }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </footer>
  );
}
