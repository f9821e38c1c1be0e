// "Did you mean" for near misses: the closest candidate within a small edit distance.

/**
 * The edit distance of `a` and `b`, or some number over `limit` as soon as
 * it must be over it: a row's smallest entry never falls in later rows.
 */
function distance(a: string, b: string, limit: number): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (prev[j] < rowMin) rowMin = prev[j];
      diag = up;
    }
    if (rowMin > limit) return rowMin;
  }
  return prev[b.length];
}

const normalize = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '_');

export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const w = normalize(word);
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
    // The distance is at least the difference in length: most candidates need no table.
    if (Math.abs(w.length - candidate.length) > limit) continue;
    const d = distance(w, candidate, limit);
    if (d <= limit && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}
