import { type PhoneLine, phoneLineOf } from "../common/phone";

/** The center running this deployment, as its settings row holds it. */
export interface CenterSettings {
  name: string;
  /** The street address, one line each. */
  addressLines: readonly string[];
  /** The front desk: questions, scheduling, trouble signing in. */
  mainPhone: string;
  /** The 24/7 crisis line. */
  crisisLine: string;
}

/** What every page and mail shows of the center: nothing about anyone in its care. */
export interface CenterContact {
  name: string;
  addressLines: readonly string[];
  mainPhone: PhoneLine;
  crisisLine: PhoneLine;
}

export function centerContactOf(settings: CenterSettings): CenterContact {
  return {
    name: settings.name,
    addressLines: settings.addressLines,
    mainPhone: phoneLineOf(settings.mainPhone),
    crisisLine: phoneLineOf(settings.crisisLine),
  };
}

/**
 * The lines a mail ends with, so the person reading it knows who sent it and how to check: the
 * center's name, its address, and its main number.
 */
export function centerSignatureLines(center: CenterContact): string[] {
  return [center.name, ...center.addressLines, `Questions? Call us at ${center.mainPhone.display}.`];
}
