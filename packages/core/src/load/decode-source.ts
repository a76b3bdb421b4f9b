import type { DiagnosticSink } from '../diagnostics/diagnostics.js';
import { positionOf } from '../model/position-of.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decode a content file as people really save it: UTF-8 with or without a byte-order mark,
 * UTF-16 LE or BE with one, CRLF or lone CR line ends (all read as LF). Text that is not
 * UTF-8 is recovered as GB18030 (common for Chinese files) when that reads as Chinese, else
 * with U+FFFD for the bad bytes — each with a diagnostic. Returns null, after an error
 * diagnostic, for what cannot be text (UTF-32, binary data): the file is skipped.
 */
export function decodeSource(bytes: Uint8Array, sink: DiagnosticSink): string | null {
  let text: string;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    if (b0 === 0xff && bytes[2] === 0 && bytes[3] === 0) return unsupported(sink, 'UTF-32');
    text = new TextDecoder(b0 === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    sink.info('bom', `file is UTF-16 (${b0 === 0xff ? 'little' : 'big'}-endian); it was read as such`, [1, 1], 'Save the file as UTF-8 without BOM.');
  } else if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return unsupported(sink, 'UTF-32');
  } else {
    // Buffer's decoder is much faster; only text with U+FFFD needs the strict check.
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.includes('\uFFFD')) {
      try {
        text = utf8.decode(bytes);
      } catch {
        const recovered = recover(bytes, sink);
        if (recovered === null) return null;
        text = recovered;
      }
    }
    if (text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
      sink.info('bom', 'byte-order mark removed', [1, 1], 'Save the file as UTF-8 without BOM.');
    }
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    sink.error(
      'encoding',
      'file holds NUL characters: it is binary data or text in an encoding that is not UTF-8 or UTF-16 with a byte-order mark; skipped',
      positionOf(text, nul),
      'Save the file as UTF-8 text.',
    );
    return null;
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text;
}

function unsupported(sink: DiagnosticSink, encoding: string): null {
  sink.error('encoding', `file is ${encoding}, which cases does not read; skipped`, [1, 1], 'Save the file as UTF-8.');
  return null;
}

/** Text that is not UTF-8: GB18030 when that reads as Chinese, else UTF-8 with U+FFFD. */
function recover(bytes: Uint8Array, sink: DiagnosticSink): string | null {
  const lossy = utf8Lenient.decode(bytes);
  const at = positionOf(lossy, lossy.indexOf('\uFFFD'));
  let gb: string | null;
  try {
    gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    gb = null;
  }
  if (gb !== null && /[\u4e00-\u9fff]/.test(gb)) {
    sink.warn('encoding', 'file is not UTF-8; it was read as GB18030', at, 'Re-save the file as UTF-8.');
    return gb;
  }
  sink.warn('encoding', 'file is not valid UTF-8; invalid bytes were replaced with �', at, 'Re-save the file as UTF-8.');
  return lossy;
}
