// The camera's look loop, apart from Preact so it can be tested: look, hand over what was read,
// wait, look again, until stopped. A look that throws (the decoder's worker died, a frame the
// browser could not draw) never ends the loop: the decoder is dropped, the screen is told, and
// the next look starts a fresh one.

export interface LookLoopOptions {
  /** One look at the camera: the texts of the codes in view (may throw). */
  look: () => Promise<string[]>;
  /** What was read; true stops the loop (the wanted code was found). */
  onTexts: (texts: string[]) => Promise<boolean> | boolean;
  /** A look failed: tell the person, and drop the decoder so the next look starts a new one. */
  onTrouble: () => void;
  /** A look worked again after trouble. */
  onRecovered: () => void;
  /** Pause between two looks. */
  everyMs: number;
}

/** Starts looking; returns the function that stops it. */
export function startLookLoop({ look, onTexts, onTrouble, onRecovered, everyMs }: LookLoopOptions): () => void {
  let stopped = false;
  let troubled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped) return;
    try {
      const texts = await look();
      if (stopped) return;
      if (troubled) {
        troubled = false;
        onRecovered();
      }
      if (texts.length > 0 && (await onTexts(texts))) return;
    } catch {
      if (stopped) return;
      troubled = true;
      onTrouble();
    }
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
