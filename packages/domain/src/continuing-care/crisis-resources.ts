import { z } from "zod";
import { singleLineTextSchema } from "../common/text";

/** A place to turn in a crisis. The portal shows these one tap away on every screen. */
export interface CrisisResource {
  id: string;
  name: string;
  /** Digits to dial, as `tel:` wants them. */
  phone: string;
  /** Digits that take a text message, when the line takes texts. */
  sms: string | null;
  url: string | null;
  whenToUse: string;
}

/** National resources in the US (DOMAIN.md §9); they do not depend on the center. */
export const nationalCrisisResources: readonly CrisisResource[] = [
  {
    id: "988",
    name: "988 Suicide & Crisis Lifeline",
    phone: "988",
    sms: "988",
    url: "https://988lifeline.org/chat/",
    whenToUse: "Call or text 988 any time, day or night, if you are struggling or worried about someone. It's free and confidential.",
  },
  {
    id: "911",
    name: "Emergency services (911)",
    phone: "911",
    sms: null,
    url: null,
    whenToUse: "Call 911 if you or someone else is in immediate danger.",
  },
];

export const centerCrisisLineSchema = z.object({
  centerName: singleLineTextSchema.min(1),
  phone: z.string().regex(/^\+?[0-9]{3,15}$/, "Digits only, optionally starting with +"),
});
export type CenterCrisisLine = z.infer<typeof centerCrisisLineSchema>;

/** 988 first, then the center's own 24/7 line, then 911: the order the portal lists them in. */
export function crisisResourcesFor(center: CenterCrisisLine): CrisisResource[] {
  const [lifeline, emergency] = nationalCrisisResources;
  const centerLine: CrisisResource = {
    id: "center",
    name: `${center.centerName} 24/7 line`,
    phone: center.phone,
    sms: null,
    url: null,
    whenToUse: "Our team answers 24 hours a day, 7 days a week.",
  };
  return [lifeline, centerLine, emergency].filter((r): r is CrisisResource => r !== undefined);
}
