import { FieldError, fieldAria } from "@stepwise/ui/forms";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";

/**
 * A typed signature, as a client signs a consent or their treatment plan: their full name as the
 * center has it (the accepted names are shown), with the problem beside it when it isn't one.
 */
export function SignatureField({
  state,
  label,
  signatureNames,
  signs,
}: {
  state: ValuesFormState;
  label: string;
  signatureNames: readonly string[];
  /** What typing the name signs: "this consent", "this plan". */
  signs: string;
}) {
  return (
    <div className="field">
      <label htmlFor="signedName">{label}</label>
      <p id="signedName-hint" className="field-hint">
        Type your full name as we have it{signatureNames.length > 0 ? `: ${signatureNames.join(" or ")}` : ""}. Typing it is your signature on{" "}
        {signs}.
      </p>
      <input
        id="signedName"
        name="signedName"
        type="text"
        autoComplete="name"
        maxLength={200}
        defaultValue={shown(state, "signedName")}
        {...fieldAria(state, "signedName", "signedName-error", "signedName-hint")}
      />
      <FieldError id="signedName-error" state={state} name="signedName" />
    </div>
  );
}
