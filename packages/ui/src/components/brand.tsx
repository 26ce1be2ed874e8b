import Link from "next/link";

/** The Stepwise mark: three rising steps. Decorative; the link text names the app and, when given, the center. */
export function Brand({ appName, centerName }: { appName: string; centerName?: string }) {
  return (
    <Link href="/" className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="#1d6a66" />
        <path d="M7 24h6v-5h6v-5h6V9" fill="none" stroke="#ffffff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="brand__text">
        Stepwise <span className="brand__app">{appName}</span>
        {centerName ? <span className="brand__center">{centerName}</span> : null}
      </span>
    </Link>
  );
}
