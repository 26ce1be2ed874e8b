import { endAllSessions } from "@stepwise/auth";
import { secondFactorResetRefusal, secondFactorResetSchema, secondFactorWords } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { removeSecondFactor } from "../../queries/second-factor.queries";
import { requireFreshCode } from "../../services/second-factor";
import { findStaffAccount } from "./staff-accounts.queries";

/**
 * A colleague lost their authenticator: their second factor and recovery codes are removed and
 * every session of theirs ends at once, so whoever holds the lost phone and a session gets no
 * further; their next sign-in sets up a new app. Never one's own nor a disabled account's (the domain's secondFactorResetRefusal),
 * and only with a current code from the acting staff member's own app.
 */
const refusalWords = { own_account: secondFactorWords.ownReset, disabled: secondFactorWords.disabledReset } as const;

export const resetSecondFactor = staffProcedure("second_factor.reset")
  .input(secondFactorResetSchema)
  .mutation(async ({ ctx, input }) => {
    const holder = (await findStaffAccount(ctx.db, input.staffMemberId)) ?? notFound({ detail: { staffMemberId: input.staffMemberId } });
    const resource = { type: "user", id: holder.userId };
    const refusal = secondFactorResetRefusal(ctx.caller, holder);
    if (refusal === "not_staff") return notFound({ resource, detail: { staffMemberId: input.staffMemberId } });
    if (refusal) fail({ kind: "invalid", message: refusalWords[refusal] }, { resource, detail: { event: "second_factor_reset_refused", refusal } });
    await requireFreshCode(ctx, input, new Date());
    const hadSecondFactor = await removeSecondFactor(ctx.db, holder.userId);
    await endAllSessions(ctx.db, holder.userId);
    ctx.audit({ resource, detail: { event: "second_factor_reset", staffMemberId: holder.staffMemberId, hadSecondFactor } });
    return { staffMemberId: holder.staffMemberId, name: holder.name };
  });
