import type { Transaction } from "@stepwise/db/client";
import { outboxMessages } from "@stepwise/db/schema";
import { centerContactOf, centerSignatureLines } from "@stepwise/domain";
import { findCenterSettings } from "./center.queries";

export type OutgoingMail = typeof outboxMessages.$inferInsert;

/**
 * Queues a message in the outbox, in the caller's transaction: mail is sent only for changes that
 * were kept. Until a mail server is configured, the outbox is where outgoing mail stays. Every
 * message is signed with the center's name, address and main number, here and only here, so no
 * mail reaches anyone from a name they do not know.
 */
export async function queueMail(tx: Pick<Transaction, "insert" | "select">, mail: Pick<OutgoingMail, "kind" | "toEmail" | "subject" | "body">) {
  const signature = centerSignatureLines(centerContactOf(await findCenterSettings(tx)));
  await tx.insert(outboxMessages).values({ ...mail, body: [mail.body, "", "--", ...signature].join("\n") });
}
