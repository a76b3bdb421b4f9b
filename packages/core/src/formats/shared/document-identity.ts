import type { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { detectLocale } from './detect-locale.js';

/**
 * The locale of a document: its folder's (`cases/zh/…`) when it has one — a text in another
 * language is a `locale-mismatch` warning, never a change of locale, so two pages can never
 * collapse into one — else the language of its text, else English.
 * `sample` is some of the document's text (a few hundred characters are enough).
 */
export function chooseLocale(fromPath: string | null, sample: string, sink: DiagnosticSink): string {
  const detected = detectLocale(sample);
  if (!fromPath) return detected ?? 'en';
  if (detected && fromPath.split('-')[0] !== detected) {
    sink.warn(
      'locale-mismatch',
      `the text is ${detected === 'zh' ? 'Chinese' : 'English'} but the folder says "${fromPath}"; the folder's locale is used`,
      [1, 1],
      `If the page is written in ${detected === 'zh' ? 'Chinese' : 'English'}, move it to a "${detected}" folder.`,
    );
  }
  return fromPath;
}

/**
 * The id a content path gives: the file name without its extension and locale suffix.
 * @example idFromPath('cases/en/aqara.en.md') // 'aqara'
 */
export function idFromPath(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.(md|markdown|txt)$/i, '').replace(/\.[a-z]{2}(?:-[a-z]{2,4})?$/i, '');
}
