export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>Stepwise staff app. Protected health information: every view is recorded in the audit log.</p>
      </div>
    </footer>
  );
}
