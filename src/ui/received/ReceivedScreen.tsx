// Placeholder until this screen lands (being built in parallel).
export function ReceivedScreen() {
  return null;
}
