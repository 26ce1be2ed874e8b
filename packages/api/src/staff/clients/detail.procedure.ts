import { notFound } from "../../core/errors";
import { clientRecordProcedure } from "../scopes";
import { getClientDetail } from "./detail.handler";

/** One client's record for staff: enrollments, level timeline, schedule, attendance by week, flags. */
export const clientDetail = clientRecordProcedure("client.read").query(
  async ({ ctx }) => (await getClientDetail(ctx.db, ctx.client.id, new Date())) ?? notFound(),
);
