import { signInErrorCodes, signInErrorMessage } from "@stepwise/auth";
import { SignInCard, signInMessages, signInParams } from "@stepwise/ui/sign-in";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SiteHeader } from "~/components/layout/site-header";
import { getSignedInUser } from "~/server/context";

export const metadata: Metadata = { title: "Sign in" };

const messages = signInMessages({ codes: signInErrorCodes, describe: signInErrorMessage });

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await signInParams(searchParams);
  if (await getSignedInUser()) redirect(params.callbackUrl);

  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <SignInCard
          intro="For staff of the center. Use your work email."
          signedOutNotice="You've signed out."
          help="Trouble signing in? Ask your program director or administrator to check your account."
          forgotPasswordHref="/forgot-password"
          {...params}
          messages={messages}
        />
      </main>
    </>
  );
}
