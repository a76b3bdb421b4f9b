import type { DiagnosticCode } from './diagnostic-codes.js';
import type { Diagnostic, Position } from '../model/model.js';

/** Diagnostics kept per file and reader; past this, one summary counts the rest. */
export const MAX_DIAGNOSTICS_PER_FILE = 200;

/** Collects diagnostics for one file. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  private summary: Diagnostic | null = null;
  private suppressed = 0;
  constructor(readonly file: string) {}

  /** Record a diagnostic at a 1-based line and column. */
  add(severity: Diagnostic['severity'], code: DiagnosticCode, message: string, at: Position = [1, 1], hint: string | null = null): void {
    if (this.items.length < MAX_DIAGNOSTICS_PER_FILE) {
      this.items.push({ severity, code, message, file: this.file, line: at[0], column: at[1], hint });
      return;
    }
    // A hostile file can make a diagnostic per line: keep the first ones and count the rest.
    this.suppressed++;
    if (!this.summary) {
      this.summary = {
        severity: 'info',
        code: 'more-diagnostics',
        message: '',
        file: this.file,
        line: at[0],
        column: at[1],
        hint: 'Fix the problems above and validate again.',
      };
      this.items.push(this.summary);
    }
    if (severity === 'error') this.summary.severity = 'error';
    else if (severity === 'warning' && this.summary.severity === 'info') this.summary.severity = 'warning';
    this.summary.message = `${this.suppressed} more ${this.suppressed === 1 ? 'diagnostic' : 'diagnostics'} in this file not shown`;
  }
  error(code: DiagnosticCode, message: string, at?: Position, hint?: string | null): void {
    this.add('error', code, message, at, hint ?? null);
  }
  warn(code: DiagnosticCode, message: string, at?: Position, hint?: string | null): void {
    this.add('warning', code, message, at, hint ?? null);
  }
  info(code: DiagnosticCode, message: string, at?: Position, hint?: string | null): void {
    this.add('info', code, message, at, hint ?? null);
  }
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Sort diagnostics by file, line, column, then severity. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity]);
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
