// The README is what a user reads first, in the Extensions view and on the
// repository: what it does and a picture, then Install, then Use. Its
// Develop section is also the project's contract for contributors and CI
// (`.ci/run` runs `npm ci` and `npm test`), so those lines stay exact.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');
const readme = () => fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const headings = (text: string, level: number) => [...text.matchAll(new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm'))].map((m) => m[1]);

describe('the README', () => {
  it('says what it does and shows it before anything else, then Install, Use and Develop', () => {
    const text = readme();
    const beforeFirstSection = text.slice(0, text.indexOf('\n## '));
    assert.match(beforeFirstSection, /reviews a POC plan/);
    assert.match(beforeFirstSection, /!\[[^\]]+\]\(docs\/images\/[\w.-]+\.png\)/, 'no picture before the first section');
    assert.deepStrictEqual(headings(text, 2), ['Install', 'Use', 'Develop']);
  });

  it('installs from the .vsix both ways', () => {
    const install = readme()
      .split(/^## /m)
      .find((section) => section.startsWith('Install'))!;
    assert.match(install, /code --install-extension poc-readiness-\d+\.\d+\.\d+\.vsix/);
    assert.match(install, /Install from VSIX\.\.\./);
  });

  it('keeps the contributor commands exact and sends contributors to CONTRIBUTING.md', () => {
    const develop = readme()
      .split(/^## /m)
      .find((section) => section.startsWith('Develop'))!;
    assert.match(develop, /^npm ci {6}# install$/m);
    assert.match(develop, /^npm test {4}# build, unit tests, then the integration suites in a real VS Code$/m);
    assert.match(develop, /^npm start {3}# open examples\/ in a real VS Code in your browser, extension loaded$/m);
    assert.match(develop, /\(CONTRIBUTING\.md\)/);
    assert.ok(fs.existsSync(path.join(ROOT, 'CONTRIBUTING.md')));
  });

  it('says why it is allowed in Restricted Mode, as the manifest declares', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: boolean } };
    assert.deepStrictEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.match(readme(), /Restricted Mode[\s\S]*runs no code from the\s+workspace/);
  });
});
