// Placeholder until this screen lands (being built in parallel).
export function ShareScreen() {
  return null;
}
