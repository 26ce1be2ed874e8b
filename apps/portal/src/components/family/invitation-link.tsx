import { familyInvitationLifetimeDays } from "@stepwise/domain";
import { CopyLink } from "~/components/copy-link";

/** A new invitation link, shown this once for the client to pass on themselves. */
export function InvitationLink({ url, name }: { url: string; name: string }) {
  return (
    <div className="notice">
      <CopyLink
        url={url}
        label={`Invitation link for ${name}`}
        hint={
          <>
            Mail isn&apos;t set up on this server yet, so please send {name} this link yourself, for example in a text
            message. It works once, for {familyInvitationLifetimeDays} days. This is the only time we can show it; if it
            gets lost, you can send a new one.
          </>
        }
        copiedMessage={`Copied. You can paste it into a message to ${name} now.`}
      />
    </div>
  );
}
