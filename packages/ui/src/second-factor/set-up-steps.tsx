"use client";

import { useActionState, useId } from "react";
import { FieldError, FormMessage, SubmitButton, fieldAria } from "../forms/form-parts";
import { type FormState, initialFormState } from "../forms/form-state";
import { RecoveryCodes } from "./recovery-codes";
import { useFocusOnError } from "./use-focus-on-error";

/** The confirming action's answer: the recovery codes, once the first code was right. */
export type SetUpState = FormState & { recoveryCodes?: string[] };
export type SetUpAction = (previous: SetUpState, form: FormData) => Promise<SetUpState>;

/**
 * Setting up an authenticator app: scan the QR code (or type the secret), enter the first code,
 * then save the recovery codes. The QR code is an SVG drawn on the server, passed as a data URL.
 */
export function SetUpSteps({
  qrCodeDataUrl,
  secretForTyping,
  confirmAction,
  continueHref,
  continueLabel,
}: {
  qrCodeDataUrl: string;
  secretForTyping: string;
  confirmAction: SetUpAction;
  continueHref: string;
  continueLabel: string;
}) {
  const [state, formAction] = useActionState(confirmAction, initialFormState as SetUpState);
  const summary = useFocusOnError(state);
  const id = useId();
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
  const [codeId, hintId, errorId] = [`${id}-code`, `${id}-hint`, `${id}-error`];
  return (
    <>
      <ol className="steps">
        <li>
          <h2>Add Stepwise to your authenticator app</h2>
          <p>
            Open an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or 1Password), add an
            account, and scan this code.
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, drawn on the server */}
          <img className="qr-code" src={qrCodeDataUrl} alt="QR code to scan with your authenticator app" width={200} height={200} />
          <p>Can&apos;t scan it? Choose to enter a setup key instead, and type this key:</p>
          <p>
            <code className="setup-key">{secretForTyping}</code>
          </p>
        </li>
        <li>
          <h2>Enter the 6-digit code the app shows</h2>
          <form action={formAction} className="form" noValidate>
            <div ref={summary} tabIndex={-1}>
              <FormMessage state={state} />
            </div>
            <div className="field">
              <label htmlFor={codeId}>6-digit code</label>
              <p id={hintId} className="field-hint">
                The code changes every 30 seconds. Enter the one showing now.
              </p>
              <input
                id={codeId}
                name="code"
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={12}
                className="code-input"
                required
                {...fieldAria(state, "code", errorId, hintId)}
              />
              <FieldError id={errorId} state={state} name="code" />
            </div>
            <div>
              <SubmitButton pendingLabel="Checking…">Turn on</SubmitButton>
            </div>
          </form>
        </li>
      </ol>
    </>
  );
}
