import { createRouter } from "../../core/trpc";
import { activate } from "./activate.procedure";
import { changeLevel } from "./change-level.procedure";
import { closeReferral } from "./close-referral.procedure";
import { discharge } from "./discharge.procedure";
import { hold } from "./hold.procedure";
import { recertify } from "./recertify.procedure";
import { refer } from "./refer.procedure";
import { resume } from "./resume.procedure";
import { scheduleIntake } from "./schedule-intake.procedure";

/** The enrollment lifecycle: referral, intake, activation, level of care, hold, discharge, closing a referral, recertification. */
export const enrollmentsRouter = createRouter({ refer, scheduleIntake, activate, changeLevel, hold, resume, discharge, closeReferral, recertify });
