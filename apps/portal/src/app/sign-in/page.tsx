import { signInErrorCodes, signInErrorMessage } from "@stepwise/auth";
import { SignInCard, signInMessages, signInParams } from "@stepwise/ui/sign-in";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SiteHeader } from "~/components/site-header";
import { getCenter } from "~/lib/center";
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
  const { mainPhone } = await getCenter();

  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <SignInCard
          intro="See your plan, your schedule and your care team."
          signedOutNotice="You've signed out. Thanks for checking in."
          help={
            <>
              Trouble signing in? Call us at <a href={`tel:${mainPhone.tel}`}>{mainPhone.display}</a>.
            </>
          }
          forgotPasswordHref="/forgot-password"
          {...params}
          messages={messages}
        />
      </main>
    </>
  );
}
