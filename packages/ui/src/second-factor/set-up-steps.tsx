"use client";

import { codeFieldWords } from "@stepwise/domain";
import { useActionState } from "react";
import { useFocusFirstProblem } from "../forms/focus-first-problem";
import { useFocusOnArrival } from "../forms/focus-on-arrival";
import { FormMessage, SubmitButton } from "../forms/form-parts";
import { type FormState, initialFormState } from "../forms/form-state";
import { CodeField } from "./code-field";
import { RecoveryCodes } from "./recovery-codes";

/** The starting action's answer: the new secret, as an SVG QR code drawn on the server and as text to type. */
export type StartSetUpState = FormState & { setUp?: { qrCodeSvg: string; secretForTyping: string } };
export type StartSetUpAction = (previous: StartSetUpState, form: FormData) => Promise<StartSetUpState>;
/** The confirming action's answer: the recovery codes, once the first code was right. */
export type SetUpState = FormState & { recoveryCodes?: string[] };
export type SetUpAction = (previous: SetUpState, form: FormData) => Promise<SetUpState>;

/**
 * Setting up an authenticator app: a button makes the secret (a POST, as it changes the account:
 * loading the page changes nothing), then scan the QR code (or type the secret), enter the first
 * code, and save the recovery codes.
 */
export function SetUpSteps({
  startAction,
  confirmAction,
  continueHref,
  continueLabel,
}: {
  startAction: StartSetUpAction;
  confirmAction: SetUpAction;
  continueHref: string;
  continueLabel: string;
}) {
  const [started, start] = useActionState(startAction, initialFormState as StartSetUpState);
  const form = useFocusFirstProblem(started);
  if (started.setUp) {
    return <ScanAndConfirm key={started.setUp.secretForTyping} {...started.setUp} confirmAction={confirmAction} continueHref={continueHref} continueLabel={continueLabel} />;
  }
  return (
    <form ref={form} action={start} className="form" noValidate>
      <FormMessage state={started} />
      <p>You&apos;ll need your phone with an authenticator app on it, such as Google Authenticator, Microsoft Authenticator or 1Password.</p>
      <div>
        <SubmitButton pendingLabel="Starting…">Set up an authenticator app</SubmitButton>
      </div>
    </form>
  );
}

function ScanAndConfirm({
  qrCodeSvg,
  secretForTyping,
  confirmAction,
  continueHref,
  continueLabel,
}: {
  qrCodeSvg: string;
  secretForTyping: string;
  confirmAction: SetUpAction;
  continueHref: string;
  continueLabel: string;
}) {
  const [state, formAction] = useActionState(confirmAction, initialFormState as SetUpState);
  const form = useFocusFirstProblem(state);
  // The button that started this is gone: focus goes to what to do first.
  const firstStep = useFocusOnArrival<HTMLHeadingElement>();
  if (state.recoveryCodes) {
    return (
      <>
        <div role="status" aria-atomic="true">
          <p className="notice">Your authenticator app is set up. We&apos;ll ask for a code each time you sign in.</p>
        </div>
        <RecoveryCodes codes={state.recoveryCodes} continueHref={continueHref} continueLabel={continueLabel} />
      </>
    );
  }
  return (
    <ol className="steps">
      <li>
        <h2 ref={firstStep} tabIndex={-1}>
          Add Stepwise to your authenticator app
        </h2>
        <p>Open the authenticator app on your phone, add an account, and scan this code.</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, drawn on the server */}
        <img
          className="qr-code"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrCodeSvg)}`}
          alt="QR code to scan with your authenticator app"
          width={200}
          height={200}
        />
        <p>Can&apos;t scan it? Choose to enter a setup key instead, and type this key:</p>
        <p>
          <code className="setup-key">{secretForTyping}</code>
        </p>
      </li>
      <li>
        <h2>{`Enter the ${codeFieldWords.appLabel} the app shows`}</h2>
        <form ref={form} action={formAction} className="form" noValidate>
          <FormMessage state={state} />
          <CodeField state={state} method="app" hint={codeFieldWords.appNowHint} />
          <div>
            <SubmitButton pendingLabel="Checking…">Turn on</SubmitButton>
          </div>
        </form>
      </li>
    </ol>
  );
}
