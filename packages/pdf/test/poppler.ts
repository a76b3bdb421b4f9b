import { execFileSync } from 'node:child_process';

/** `pdftotext -layout`-free text of a PDF (or of one page). */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' });
}

/** `pdfinfo` fields as a record. */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1]) info[m[1]] = m[2] ?? '';
  }
  return info;
}

/** Fonts as `pdffonts` lists them. */
export function pdfFonts(path: string): Array<{ name: string; type: string; embedded: boolean; subset: boolean }> {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type (may be two words), encoding, emb, sub, uni, object id (2 cols)
    const n = cols.length;
    return {
      name: cols[0] ?? '',
      type: cols.slice(1, n - 6).join(' '),
      embedded: cols[n - 5] === 'yes',
      subset: cols[n - 4] === 'yes',
    };
  });
}

/** Text with all whitespace removed (pdftotext breaks CJK lines anywhere). */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** Lines of a PDF with the x where each starts, from `pdftotext -bbox-layout`. */
export function pdfLines(path: string): Array<{ x: number; text: string }> {
  const xml = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: Array<{ x: number; text: string }> = [];
  for (const m of xml.matchAll(/<line xMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
    const words = [...(m[2] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]);
    lines.push({ x: Number(m[1]), text: words.join(' ') });
  }
  return lines;
}
