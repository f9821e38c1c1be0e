// UTF-8 size of a string without Node's Buffer, which the browser extension
// host (VS Code for the Web) does not have. One pass, no allocation.

/** The bytes `text` takes as UTF-8; a lone surrogate counts as U+FFFD (3 bytes), as TextEncoder and Buffer.byteLength encode it. */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) {
      bytes += 1;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: two units, four bytes
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}
