import { FormMessage } from "../forms/form-parts";
import type { FormState } from "../forms/form-state";
import Link from "next/link";

/** Once a password is in place: what happened, and the way on to sign in. */
export function GoToSignIn({ state }: { state: FormState }) {
  return (
    <div className="stack">
      <FormMessage state={state} />
      <p>
        <Link href="/sign-in" className="button">
          Go to sign in
        </Link>
      </p>
    </div>
  );
}
