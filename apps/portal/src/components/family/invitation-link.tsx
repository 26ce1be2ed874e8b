import { familyInvitationLifetimeDays } from "@stepwise/domain";
import { CopyLink } from "~/components/copy-link";

/**
 * A new invitation link, shown this once for the client to pass on themselves: only in the demo,
 * which sends no email. Everywhere else the link goes by mail alone and is never shown.
 */
export function InvitationLink({ url, name }: { url: string; name: string }) {
  return (
    <div className="notice">
      <CopyLink
        url={url}
        label={`Invitation link for ${name}`}
        hint={
          <>
            This demo doesn&apos;t send email, so please send {name} this link yourself, for example in a text message.
            It works once, for {familyInvitationLifetimeDays} days. This is the only time we can show it; if it gets
            lost, you can send a new one.
          </>
        }
        copiedMessage={`Copied. You can paste it into a message to ${name} now.`}
      />
    </div>
  );
}
