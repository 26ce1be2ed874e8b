import { latestMails, type OutboxMail } from "../../scripts/lib/outbox";

function ownerUrl(): string {
  const url = process.env.STEPWISE_E2E_OWNER_DATABASE_URL;
  if (!url) throw new Error("STEPWISE_E2E_OWNER_DATABASE_URL is not set: run the specs through playwright.config.ts's global setup.");
  return url;
}

/** The newest mails queued to `toEmail`, newest first. */
export function mailsTo(toEmail: string, last = 20): Promise<OutboxMail[]> {
  return latestMails(ownerUrl(), { to: toEmail, last });
}

/**
 * The link in the newest mail of this kind to `toEmail`, read from the stack's outbox as its
 * reader would find it in their inbox (the demo sends no mail). Polled briefly: the page answers
 * as soon as the request's transaction, mail included, has committed, but no sooner.
 */
export async function mailedLink(toEmail: string, path: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const [mail] = await mailsTo(toEmail, 1);
    const link = mail?.body.split("\n").find((line) => path.test(line));
    if (link) return link.trim();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail with a link like ${path} to ${toEmail}`);
}
