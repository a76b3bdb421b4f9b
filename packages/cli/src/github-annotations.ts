import type { Diagnostic } from '@cases/core';

// GitHub's workflow-command escaping (actions/toolkit, command.ts): data escapes %, CR and LF;
// property values also escape : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * A diagnostic as a GitHub Actions annotation (`::error file=…,line=…,col=…,title=…::message`),
 * shown on the pull request at the line it is about. Info becomes a notice; the hint follows
 * the message on its own line.
 * @example diagnosticToGithub(d) // '::warning file=content/cases/zh/a.md,line=4,col=3,title=misspelled-key::unknown key …'
 */
export function diagnosticToGithub(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(d.code)}`].join(',');
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${props}::${escapeData(message)}`;
}
