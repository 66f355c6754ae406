// Placeholder until this screen lands (being built in parallel).
export function OpenShareScreen() {
  return null;
}
