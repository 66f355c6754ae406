// Placeholder until the scanner lands (being built in parallel). Contract:
export interface ScannerProps {
  /** A complete Family File payload: envelope bytes (single QR or all frames) or an open-share URL's parts. */
  onPayload: (payload: { bytes: Uint8Array; via: 'single' | 'frames' | 'url' | 'image'; openShareKeyToken?: string }) => void;
  /** Translated heading/hint shown above the camera. */
  hint?: string;
}
export function Scanner(_props: ScannerProps) {
  return null;
}
