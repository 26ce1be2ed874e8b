import type { Transaction } from "@stepwise/db/client";
import { outboxMessages } from "@stepwise/db/schema";

export type OutgoingMail = typeof outboxMessages.$inferInsert;

/**
 * Queues a message in the outbox, in the caller's transaction: mail is sent only for changes that
 * were kept. Until a mail server is configured, the outbox is where outgoing mail stays.
 */
export async function queueMail(tx: Pick<Transaction, "insert">, mail: Pick<OutgoingMail, "kind" | "toEmail" | "subject" | "body">) {
  await tx.insert(outboxMessages).values(mail);
}
