import { sql } from "drizzle-orm";
import { boolean, check, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The center running this deployment: its name, where it is and how to call it, shown in both
 * apps' header, footer and sign-in and in every mail, so a message names who sent it. One row,
 * set by the deployment (the app only reads it).
 */
export const centerSettings = pgTable(
  "center_settings",
  {
    single: boolean("single").primaryKey().default(true),
    name: text("name").notNull(),
    /** The street address, one line each, as it goes on an envelope. */
    addressLines: text("address_lines").array().notNull(),
    /** The front desk's number: questions, scheduling, trouble signing in. */
    mainPhone: text("main_phone").notNull(),
    /** The 24/7 line for a crisis, listed beside 988 and 911. */
    crisisLine: text("crisis_line").notNull(),
  },
  (t) => [
    check("center_settings_single", sql`${t.single}`),
    check("center_settings_has_address", sql`cardinality(${t.addressLines}) between 1 and 4`),
  ],
);
