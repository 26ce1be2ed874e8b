import "server-only";
import { centerContact } from "@stepwise/api/portal";
import { cache } from "react";

/** The center's name, address and numbers (its settings row), read once per render. */
export const getCenter = cache(centerContact);
