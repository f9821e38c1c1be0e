// "Did you mean" for near misses: the closest candidate within a small edit distance.

/**
 * The edit distance of `a` and `b`, or some number over `limit` as soon as
 * it must be over it: a row's smallest entry never falls in later rows.
 */
function distance(a: string, b: string, limit: number): number {
  // One row, reused: this runs for every unknown key against every known one.
  const prev = row.length > b.length ? row : (row = new Int32Array(b.length + 1));
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      const replace = diag + (c === b.charCodeAt(j - 1) ? 0 : 1);
      const step = up < prev[j - 1] ? up + 1 : prev[j - 1] + 1;
      prev[j] = step < replace ? step : replace;
      if (prev[j] < rowMin) rowMin = prev[j];
      diag = up;
    }
    if (rowMin > limit) return rowMin;
  }
  return prev[b.length];
}
let row = new Int32Array(65);

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
