// Placeholder until this screen lands (being built in parallel).
export function ScanScreen() {
  return null;
}
