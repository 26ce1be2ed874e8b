import { recoveryCodeExample } from "@stepwise/domain";
import { CodeStep, SetUpSteps } from "@stepwise/ui/second-factor";
import { confirmSetUpAction, startSetUpAction, verifyAction } from "~/app/second-factor/actions";

/** A staff member's first sign-in (or the first after a reset): an authenticator app must be set up before anything else. */
export function StaffSetUp() {
  return (
    <section className="card auth-card" aria-labelledby="second-factor-heading">
      <h1 id="second-factor-heading">Set up your authenticator app</h1>
      <p className="muted">
        Staff accounts reach clients&apos; information, so every sign-in needs your password and a code from an app on your
        phone. This takes a minute, once.
      </p>
      <SetUpSteps startAction={startSetUpAction} confirmAction={confirmSetUpAction} continueHref="/" continueLabel="Continue" />
    </section>
  );
}

const recoveryHint = `One of the codes you saved when you set up your app, like ${recoveryCodeExample}. Each works once.`;

/** Every sign-in after: the code from the app, or a recovery code instead. */
export function StaffCodeStep({ recoveryCode }: { recoveryCode: boolean }) {
  return (
    <CodeStep path="/second-factor" recoveryCode={recoveryCode} action={verifyAction} recoveryHint={recoveryHint}>
      <p className="muted small">Lost your phone and your recovery codes? Ask your program director or an administrator to reset your authenticator app.</p>
    </CodeStep>
  );
}
