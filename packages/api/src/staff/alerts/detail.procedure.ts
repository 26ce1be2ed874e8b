import { alertProcedure } from "./alert-scope";
import { toAlertView } from "./alert-views";

/** One alert with every step taken on it. */
export const alertDetail = alertProcedure("measures.read").query(({ ctx }) => ({ alert: toAlertView(ctx.alert, new Date()) }));
