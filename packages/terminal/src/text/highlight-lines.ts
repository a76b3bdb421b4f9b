import type { Span, StyledLine } from './styled-line.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Mark every occurrence of the search terms in laid-out lines as a match (case-insensitive).
 * Only whole occurrences within one line are marked.
 */
export function highlightLines(lines: readonly StyledLine[], terms: readonly string[]): StyledLine[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
  if (words.length === 0) return lines as StyledLine[];
  // One pattern per term, so overlapping matches (the bigrams 多集 and 集群 of 多集群) all count.
  const patterns = words.map((w) => new RegExp(escapeRegExp(w), 'giu'));
  return lines.map((line) => {
    const text = line.map((s) => s.text).join('');
    const marks: boolean[] = new Array(text.length).fill(false);
    let any = false;
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        any = true;
        for (let k = m.index; k < m.index + m[0].length; k++) marks[k] = true;
      }
    }
    if (!any) return line;
    const out: Span[] = [];
    let offset = 0;
    for (const span of line) {
      let start = 0;
      for (let k = 1; k <= span.text.length; k++) {
        if (k === span.text.length || marks[offset + k] !== marks[offset + start]) {
          const piece = span.text.slice(start, k);
          const match = marks[offset + start];
          out.push({ text: piece, style: match ? { ...span.style, match: true } : span.style });
          start = k;
        }
      }
      offset += span.text.length;
    }
    return out.map((s) => (s.style ? s : { text: s.text }));
  });
}
