import { outboxMessages } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordResetMail } from "../services/password-links/reset-mail";
import { familyInvitationMail } from "../portal/family/invitation-mail";
import { queueMail } from "./outbox.queries";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const mailTo = async (email: string) => {
  const [mail] = await ownerOf(testDb.db).select().from(outboxMessages).where(eq(outboxMessages.toEmail, email));
  return mail;
};

describe("queued mail", () => {
  it("is signed with the center's name, address and main number, not its crisis line", async () => {
    const mails = [
      familyInvitationMail({ toName: "Jordan", toEmail: "jordan.center-test@example.test", invitedBy: "Alex", link: "https://portal.test/invitation/x" }),
      passwordResetMail({ toEmail: "reset.center-test@example.test", link: "https://portal.test/reset-password/x" }),
    ];
    await testDb.db.transaction(async (tx) => {
      for (const mail of mails) await queueMail(tx, mail);
    });
    for (const mail of mails) {
      const body = (await mailTo(mail.toEmail))?.body ?? "";
      expect(body.startsWith(mail.body)).toBe(true);
      expect(body).toContain("Harborview Behavioral Health\n1200 Harbor Street, Suite 300\nBoston, MA 02110\nQuestions? Call us at (617) 555-0100.");
      expect(body).not.toContain("555-0142");
    }
  });

  it("names the center the deployment set", async () => {
    const owner = ownerOf(testDb.db);
    await owner.execute("update center_settings set name = 'Quincy Point Recovery'");
    try {
      await testDb.db.transaction((tx) => queueMail(tx, passwordResetMail({ toEmail: "quincy.center-test@example.test", link: "https://portal.test/x" })));
      expect((await mailTo("quincy.center-test@example.test"))?.body).toContain("\n--\nQuincy Point Recovery\n");
    } finally {
      await owner.execute("update center_settings set name = 'Harborview Behavioral Health'");
    }
  });
});
