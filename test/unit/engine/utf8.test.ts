// The plan size check (maxBytes) counts UTF-8 bytes without Node's Buffer, so
// that it also runs in the browser extension host. It must count exactly what
// Buffer.byteLength does.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { utf8ByteLength } from '../../../src/engine/utf8';

describe('utf8ByteLength', () => {
  it('counts 1 to 4 bytes per character, as UTF-8 encodes them', () => {
    assert.deepStrictEqual(['', 'a', 'é', '€', '😀', 'a€😀é'].map(utf8ByteLength), [0, 1, 2, 3, 4, 10]);
  });

  it('counts a lone surrogate as U+FFFD, 3 bytes, as the encoders do', () => {
    assert.deepStrictEqual(['\ud83d', '\ude00', 'x\ud83d', '\ude00\ud83d'].map(utf8ByteLength), [3, 3, 4, 6]);
  });

  it('agrees with Buffer.byteLength on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => utf8ByteLength(text) === Buffer.byteLength(text, 'utf8')),
      { numRuns: 2000, seed: 20261201 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), (units) => {
        const text = String.fromCharCode(...units);
        return utf8ByteLength(text) === Buffer.byteLength(text, 'utf8');
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });
});
