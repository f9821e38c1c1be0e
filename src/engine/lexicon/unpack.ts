// How a bundle unpacks the lexicons' phrase table (packed.ts): fflate's
// inflate, which runs in the browser's extension host too. The Node bundles
// get zlib's own inflate in its place (scripts/bundles.mjs): on a cold start
// it takes 2.5 ms where this takes 27.
import { inflateSync, strFromU8 } from 'fflate';

/** Base64 of raw DEFLATE, as UTF-8 text. */
export function inflateBase64(packed: string): string {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return strFromU8(inflateSync(bytes));
}
