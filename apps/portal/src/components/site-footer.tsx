export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>Stepwise patient portal. Your information is private and only shared with your care team.</p>
        <p>If you are in danger or need help right away, call 911 or call or text 988.</p>
      </div>
    </footer>
  );
}
