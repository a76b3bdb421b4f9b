import type { DiagnosticCode } from './diagnostic-codes.js';
import type { Diagnostic } from '../model/model.js';

/** Collects diagnostics for one file. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  /** Record a diagnostic at a 1-based line and column. */
  add(
    severity: Diagnostic['severity'],
    code: DiagnosticCode,
    message: string,
    at: { line: number; column: number } = { line: 1, column: 1 },
    hint: string | null = null,
  ): void {
    this.items.push({ severity, code, message, file: this.file, line: at.line, column: at.column, hint });
  }
  error(code: DiagnosticCode, message: string, at?: { line: number; column: number }, hint?: string | null): void {
    this.add('error', code, message, at, hint ?? null);
  }
  warn(code: DiagnosticCode, message: string, at?: { line: number; column: number }, hint?: string | null): void {
    this.add('warning', code, message, at, hint ?? null);
  }
  info(code: DiagnosticCode, message: string, at?: { line: number; column: number }, hint?: string | null): void {
    this.add('info', code, message, at, hint ?? null);
  }
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Sort diagnostics by file, line, column, then severity. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity],
  );
}

/**
 * Format a diagnostic like a compiler: `file:line:col severity code message`, then the hint.
 * @example formatDiagnostic(d) // 'content/cases/zh/a.md:12:9 warning misspelled-key …\n  hint: …'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Count diagnostics by severity. */
export function countDiagnostics(list: readonly Diagnostic[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}
