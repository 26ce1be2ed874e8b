import { CodeForm, SetUpSteps } from "@stepwise/ui/second-factor";
import Link from "next/link";
import { confirmSetUpAction, verifyAction } from "~/app/second-factor/actions";

/** A staff member's first sign-in: an authenticator app must be set up before anything else. */
export function StaffSetUp({ qrCodeSvg, secretForTyping }: { qrCodeSvg: string; secretForTyping: string }) {
  return (
    <section className="card auth-card" aria-labelledby="second-factor-heading">
      <h1 id="second-factor-heading">Set up your authenticator app</h1>
      <p className="muted">
        Staff accounts open clients&apos; records, so every sign-in needs your password and a code from an app on your phone.
        This takes a minute, once.
      </p>
      <SetUpSteps
        qrCodeDataUrl={`data:image/svg+xml;base64,${Buffer.from(qrCodeSvg).toString("base64")}`}
        secretForTyping={secretForTyping}
        confirmAction={confirmSetUpAction}
        continueHref="/"
        continueLabel="Continue to the roster"
      />
    </section>
  );
}

/** Every sign-in after: the code from the app, or a recovery code instead. */
export function StaffCodeStep({ recoveryCode }: { recoveryCode: boolean }) {
  return (
    <section className="card auth-card" aria-labelledby="second-factor-heading">
      <h1 id="second-factor-heading">{recoveryCode ? "Enter a recovery code" : "Enter the 6-digit code"}</h1>
      {recoveryCode ? (
        <CodeForm
          key="recovery_code"
          action={verifyAction}
          method="recovery_code"
          label="Recovery code"
          hint="One of the codes you saved when you set up your app, like 7KQ2M-XH4TP. Each works once."
          submitLabel="Continue"
          pendingLabel="Checking…"
          continueHref="/"
        />
      ) : (
        <CodeForm
          key="app"
          action={verifyAction}
          method="app"
          label="6-digit code"
          hint="Open your authenticator app and enter the code it shows for Stepwise."
          submitLabel="Continue"
          pendingLabel="Checking…"
          continueHref="/"
        />
      )}
      <p>
        {recoveryCode ? (
          <Link className="text-link-button" href="/second-factor">
            Use a code from your app instead
          </Link>
        ) : (
          <Link className="text-link-button" href="/second-factor?use=recovery-code">
            Use a recovery code instead
          </Link>
        )}
      </p>
      <p className="muted small">Lost your phone and your recovery codes? Ask your program director or an administrator to reset your authenticator app.</p>
    </section>
  );
}
