// Bugs (a caller broke the contract) throw this; expected failures are results instead.
export class CryptoUsageError extends Error {
  override name = 'CryptoUsageError';
}

export function requireLength(fn: string, what: string, bytes: Uint8Array, length: number): void {
  if (!(bytes instanceof Uint8Array)) throw new CryptoUsageError(`${fn}: ${what} must be a Uint8Array`);
  if (bytes.length !== length) {
    throw new CryptoUsageError(`${fn}: ${what} must be ${length} bytes, got ${bytes.length}`);
  }
}
