import { codeFieldWords } from "@stepwise/domain";
import Link from "next/link";
import type { ReactNode } from "react";
import { type CodeAction, CodeForm } from "./code-form";

/**
 * The code step of every sign-in after the password, in both apps: the code from the app, or a
 * recovery code instead (`?use=recovery-code` on `path`). What differs comes in: where a recovery
 * code came from, and who to ask for help (`children`).
 */
export function CodeStep({
  path,
  recoveryCode,
  action,
  recoveryHint,
  children,
}: {
  /** This page's path, for the link between the two ways. */
  path: string;
  recoveryCode: boolean;
  action: CodeAction;
  recoveryHint: string;
  children: ReactNode;
}) {
  return (
    <section className="card auth-card" aria-labelledby="second-factor-heading">
      <h1 id="second-factor-heading">{recoveryCode ? codeFieldWords.recoveryHeading : codeFieldWords.appHeading}</h1>
      {recoveryCode ? (
        <CodeForm key="recovery_code" action={action} method="recovery_code" hint={recoveryHint} submitLabel="Continue" pendingLabel="Checking…" continueHref="/" />
      ) : (
        <CodeForm key="app" action={action} method="app" hint={codeFieldWords.appHint} submitLabel="Continue" pendingLabel="Checking…" continueHref="/" />
      )}
      <p>
        <Link className="text-link-button" href={recoveryCode ? path : `${path}?use=recovery-code`}>
          {recoveryCode ? "Use a code from your app instead" : "Use a recovery code instead"}
        </Link>
      </p>
      {children}
    </section>
  );
}
