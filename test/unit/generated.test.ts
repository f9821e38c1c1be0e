// The generated files (docs/rules.md, the snippets, the grammar, the
// published schemas) are committed, so users and reviewers read them without
// a build. They must not drift from the metadata they come from: this
// regenerates every one in memory and compares it with the committed file,
// byte for byte.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

describe('generated files', () => {
  it('are byte for byte what `npm run generate` writes from the current metadata', () => {
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/generate.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      assert.fail(String((e as { stderr?: Buffer }).stderr ?? e));
    }
  });
});
