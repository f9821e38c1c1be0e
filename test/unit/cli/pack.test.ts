// The CLI as someone outside this repository gets it: `npm pack`, then
// `npm install -g` of the tarball into a temporary prefix (offline: the
// bundle has no runtime dependencies), then the installed `poc-readiness`
// in an empty folder that has nothing to do with this checkout.
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './support';

/** The npm that runs these tests (npm run test:unit), else the one on PATH. */
function npm(args: string[], cwd: string, cache: string): SpawnSyncReturns<string> {
  const execPath = process.env.npm_execpath;
  const [command, prefix] = execPath && /npm-cli\.js$/.test(execPath) ? [process.execPath, [execPath]] : ['npm', []];
  // Its own cache and no update check or audit: nothing outside the temporary directory changes, nothing goes online.
  const env = { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
  const run = spawnSync(command, [...prefix, ...args], { cwd, env, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run;
}

describe('the packed CLI', function () {
  // npm itself takes seconds to start on a loaded machine.
  this.timeout(300_000);

  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  let temp: string;
  let tarball: string;
  let packed: string[];
  let bin: string;

  before(function () {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/cli.js')), 'dist/cli.js is missing: run `npm run build` first');
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-readiness-pack-'));
    const cache = path.join(temp, 'cache');
    // --ignore-scripts: packing must not rebuild; the tests run on the build they were compiled with.
    const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp], ROOT, cache);
    assert.strictEqual(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(temp, info.filename);
    packed = info.files.map((f) => f.path).sort();
    const prefix = path.join(temp, 'prefix');
    const install = npm(['install', '--global', '--offline', '--prefix', prefix, tarball], temp, cache);
    assert.strictEqual(install.status, 0, install.stderr);
    bin = path.join(prefix, process.platform === 'win32' ? 'poc-readiness.cmd' : 'bin/poc-readiness');
  });

  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('holds only the bundle, the manifest and the docs', () => {
    const expected = [
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/markdown.js',
      'docs/ci.md',
      'docs/markdown-plans.md',
      'package.json',
      ...(fs.existsSync(path.join(ROOT, 'CHANGELOG.md')) ? ['CHANGELOG.md'] : []),
    ];
    assert.deepStrictEqual(packed, expected.sort());
    assert.strictEqual(path.basename(tarball), `poc-readiness-${manifest.version}.tgz`);
  });

  it('has no runtime dependencies to install', () => {
    assert.deepStrictEqual([manifest.dependencies, manifest.optionalDependencies, manifest.peerDependencies], [undefined, undefined, undefined]);
    assert.strictEqual(manifest.bin['poc-readiness'].replace(/^\.\//, ''), 'dist/cli.js');
  });

  it('installs a poc-readiness command that works in an empty folder outside the repository', () => {
    const empty = fs.mkdtempSync(path.join(temp, 'project-'));
    const env = { ...process.env, NO_COLOR: '1' };
    const run = (args: string[]) => spawnSync(bin, args, { cwd: empty, env, encoding: 'utf8' });
    assert.deepStrictEqual([run(['--version']).stdout, run(['--version']).status], [`${manifest.version}\n`, 0]);
    assert.deepStrictEqual([run(['check']).status, run(['check']).stderr], [2, 'poc-readiness: .: no *.poc.yaml, *.poc.yml or *.poc.md files found\n']);
    assert.strictEqual(run(['init']).status, 0);
    const check = run(['check']);
    assert.strictEqual(check.status, 1, check.stderr);
    assert.match(check.stdout, /^plan\.poc\.yaml$/m);
    assert.match(check.stdout, /^ {2}✖ not ready {2}overall \d+/m);
    assert.match(check.stdout, /^0 of 1 plan ready for approval$/m);
    const sarif = JSON.parse(run(['check', '-f', 'sarif']).stdout);
    assert.strictEqual(sarif.runs[0].tool.driver.version, manifest.version);
  });
});
