import postgres from "postgres";

export interface OutboxMail {
  kind: string;
  toEmail: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * The newest mails in the outbox, newest first, or only those to one address. Read with the
 * tables' owner's URL: the app role may only add mail, never read it back (its bodies hold
 * single-use links).
 */
export async function latestMails(ownerUrl: string, options: { to?: string | undefined; last?: number } = {}): Promise<OutboxMail[]> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {}, connection: { application_name: "stepwise-outbox" } });
  try {
    const to = options.to?.trim().toLowerCase();
    const rows = await sql<OutboxMail[]>`
      select kind, to_email as "toEmail", subject, body, created_at as "createdAt", sent_at as "sentAt"
      from outbox_messages
      ${to ? sql`where to_email = ${to}` : sql``}
      order by created_at desc, id desc
      limit ${options.last ?? 5}`;
    return [...rows];
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** One mail as a person reads it in a terminal. */
export function mailInWords(mail: OutboxMail): string {
  return [`To:      ${mail.toEmail}`, `Subject: ${mail.subject}`, `Queued:  ${mail.createdAt.toISOString()} (${mail.kind})`, "", mail.body].join("\n");
}
