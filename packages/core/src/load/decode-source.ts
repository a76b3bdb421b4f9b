import type { DiagnosticSink } from '../diagnostics/diagnostics.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
let gb18030: TextDecoder | null | undefined;

/** The 1-based line and column of a character offset in a text. */
export function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/**
 * Decode a content file leniently: strip a BOM, normalise CRLF/CR to LF, and recover text that
 * is not UTF-8 (GB18030, common for Chinese files, else with U+FFFD), each with a diagnostic.
 */
export function decodeSource(bytes: Uint8Array, sink: DiagnosticSink): string {
  let text: string;
  try {
    // Buffer's decoder is much faster; only text with U+FFFD needs the strict check.
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // (Buffer keeps a BOM as U+FEFF, which is removed below with a diagnostic.)
    if (text.includes('\uFFFD')) text = utf8.decode(bytes);
  } catch {
    const lossy = utf8Lenient.decode(bytes);
    const at = position(lossy, lossy.indexOf('\uFFFD'));
    if (gb18030 === undefined) {
      try {
        gb18030 = new TextDecoder('gb18030', { fatal: true });
      } catch {
        gb18030 = null;
      }
    }
    let recovered: string | null = null;
    if (gb18030) {
      try {
        recovered = gb18030.decode(bytes);
      } catch {
        recovered = null;
      }
    }
    if (recovered !== null && /[\u4e00-\u9fff]/.test(recovered)) {
      text = recovered;
      sink.warn('encoding', 'file is not UTF-8; it was read as GB18030', at, 'Re-save the file as UTF-8.');
    } else {
      text = lossy;
      sink.warn('encoding', 'file is not valid UTF-8; invalid bytes were replaced with �', at, 'Re-save the file as UTF-8.');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    sink.info('bom', 'byte-order mark removed', { line: 1, column: 1 }, 'Save the file as UTF-8 without BOM.');
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text;
}
