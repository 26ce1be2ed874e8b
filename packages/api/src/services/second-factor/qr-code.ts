import QRCode from "qrcode";

/**
 * The otpauth:// link as a QR code, drawn on the server as SVG: the secret never goes to a
 * third-party QR service, and the page needs no script to show it. Medium error correction, as
 * authenticator apps scan it from a screen.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
