// Several snippets inserted as one: each keeps its own tab stops, numbered on
// from the previous one's, so Tab walks every placeholder in document order.

/** `snippet` with each `${n:` / `${n|` / `$n` tab stop moved up by `offset`; escapes are respected. */
export function shiftTabStops(snippet: string, offset: number): { snippet: string; highest: number } {
  let out = '';
  let highest = offset;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\') {
      out += c + (snippet[i + 1] ?? '');
      i++;
      continue;
    }
    const m = c === '$' ? /^\$(\{?)(\d+)/.exec(snippet.slice(i, i + 12)) : null;
    if (!m || m[2] === '0') {
      out += c;
      continue;
    }
    const n = Number(m[2]) + offset;
    highest = Math.max(highest, n);
    out += `$${m[1]}${n}`;
    i += m[0].length - 1;
  }
  return { snippet: out, highest };
}

/** Renumbers each snippet's tab stops so that they run on across the list, in the order given. */
export function chainTabStops(snippets: readonly string[]): string[] {
  let offset = 0;
  return snippets.map((s) => {
    const shifted = shiftTabStops(s, offset);
    offset = shifted.highest;
    return shifted.snippet;
  });
}
