import * as assert from 'assert';
import { isoDate } from '../../../src/engine/schema/isoDate';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fullFormats } = require('ajv-formats/dist/formats') as { fullFormats: { date: { validate(s: string): boolean } } };

describe('the schema date format (in place of ajv-formats in the bundles)', () => {
  it('accepts and rejects exactly what ajv-formats does', () => {
    const texts = [
      '2026-12-02',
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-04-30',
      '2026-1-01',
      '26-01-01',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '2026-01-00',
      '',
      'TODO',
      '２０２６-01-01',
    ];
    for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) texts.push(`2028-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const differ = texts.filter((t) => isoDate.validate(t) !== fullFormats.date.validate(t));
    assert.deepStrictEqual(differ, []);
    assert.strictEqual(isoDate.validate('2024-02-29'), true);
    assert.strictEqual(isoDate.validate('2023-02-29'), false);
  });
});
