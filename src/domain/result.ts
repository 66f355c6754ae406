// Shared result and error shapes for the pure domain layer.

/** Expected failures are values, never thrown: callers switch on `error`. */
export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Thrown only for programming mistakes; the message starts with the function name. */
export class DomainBugError extends Error {
  constructor(functionName: string, detail: string) {
    super(`${functionName}: ${detail}`);
    this.name = 'DomainBugError';
  }
}
