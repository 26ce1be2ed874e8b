import { auditc } from "./auditc";
import { gad7 } from "./gad7";
import type { Instrument, InstrumentId } from "./instrument";
import { pcl5 } from "./pcl5";
import { phq9 } from "./phq9";

/** Every instrument by id: the one catalog screens, scoring and reports read from. */
export const instruments: Record<InstrumentId, Instrument> = { phq9, gad7, pcl5, auditc };
