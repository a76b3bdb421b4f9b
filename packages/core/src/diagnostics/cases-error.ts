/**
 * Thrown for a caller's mistake (a bad option, a missing folder). Content problems never throw;
 * they become {@link Diagnostic}s. The message names the option and the fix.
 */
export class CasesError extends Error {
  /** Machine-readable reason, e.g. `content-not-found`. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CasesError';
    this.code = code;
  }
}

/** True when `value` is a {@link CasesError}. */
export function isCasesError(value: unknown): value is CasesError {
  return value instanceof CasesError;
}
