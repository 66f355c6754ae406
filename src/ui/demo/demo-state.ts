import { signal } from '@preact/signals';

// Signals only: the header (first-screen bundle) reads this, so it must stay tiny.
/** True while the demo family's vault is the open one. */
export const demoOpen = signal(false);
