/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/**
 * The known word closest to `word`, when it is close enough to be a likely misspelling
 * (within a third of its length, at least 1 + `slack` edits; transpositions count once).
 * @example didYouMean('contnet', ['content', 'image']) // 'content'
 */
export function didYouMean(word: string, known: readonly string[], { slack = 0 }: { slack?: number } = {}): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = k;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1 + slack, Math.floor(Math.max(best.length, w.length) / 3));
  return bestScore <= limit ? best : undefined;
}
