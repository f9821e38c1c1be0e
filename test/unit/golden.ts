// Whole-plan expectations (scores, verdicts, finding lists, report text) are
// goldens under test/golden/: UPDATE_GOLDEN=1 writes what the engine gives now,
// reviewed in the diff; a plain run compares. A new rule or a reworded message
// then changes these files, never a hand-written test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'test/golden');

const HOW = 'if the change is intended, run `UPDATE_GOLDEN=1 npx mocha` (after `npm run build`) and review the diff of';

/**
 * Compares `actual` with the golden `name` (a path under test/golden/): text as
 * it is for `.txt` and `.md`, anything else as pretty JSON, compared as data so
 * the failure shows a structural diff.
 */
export function assertGolden(name: string, actual: unknown): void {
  const file = path.join(DIR, name);
  const relative = `test/golden/${name}`;
  const asText = /\.(txt|md)$/.test(name);
  if (asText && typeof actual !== 'string') throw new TypeError(`${relative}: a text golden needs a string`);
  const written = asText ? (actual as string) : JSON.stringify(actual, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== written) fs.writeFileSync(file, written);
    return;
  }
  if (!fs.existsSync(file)) assert.fail(`${relative} does not exist yet: ${HOW} ${relative}`);
  const expected = fs.readFileSync(file, 'utf8');
  const message = `${relative} differs from what the engine gives now: ${HOW} ${relative}`;
  if (asText) assert.strictEqual(actual, expected, message);
  else assert.deepStrictEqual(JSON.parse(written), JSON.parse(expected), message);
}
