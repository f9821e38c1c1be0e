// `npm run bench`: how fast the engine is, as ratios against baselines
// measured in the same run (machines are noisy, ratios less so):
//   1-2. lint vs a bare `yaml` parseDocument of the same text (CPU time, alternated): at 5 KB (per edit), 100 KB
//        and 5 MB (over maxBytes: reported, not parsed), and a plan with 25,000 findings and one with 10,000
//        suppression comments;
//   3.   cold start: a fresh process that loads the bundled engine and lints 5 KB,
//        vs one that loads `yaml` and parses;
//   4.   production bundle sizes vs the 300 KiB budget;
//   5.   the CLI's own figures, when scripts/bench-cli.mjs provides them;
//   6.   the engine per plan size, 5 KB to 1 MB in five shapes, as ratios to bare parseDocument,
//        flagging any size step whose ratio grows, and the CLI's output bytes per finding (scripts/bench-scale.mjs).
// Runs after `npm run build` (it uses out/ and bundles src/ with esbuild). Always exits 0.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions, commonOptions } from './bundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { lint } = require(join(root, 'out/src/engine'));
const { parseDocument } = require('yaml');

const BUNDLE_BUDGET = 300 * 1024;
const OPTIONS = { today: '2026-11-25' };

/** The good example with its metrics repeated until the plan is about `bytes` long: every rule still has work. */
function planOfSize(bytes) {
  const good = readFileSync(join(root, 'examples/shipping-exceptions-good.poc.yaml'), 'utf8');
  const [head, rest] = good.split(/^metrics:\n/m);
  const items = rest.slice(0, rest.search(/^\S/m));
  const copies = Math.max(0, Math.ceil((bytes - good.length) / items.length));
  return `${head}metrics:\n${items.repeat(copies + 1)}${rest.slice(items.length)}`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU milliseconds of this process (all its threads, GC included): on a busy 2-core machine much steadier than wall time. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median CPU milliseconds per call of `a` and of `b`, after a warm-up, over
 * about `budgetMs` (at least 7 pairs). The two alternate call by call, so a
 * busy moment hits both.
 */
function compare(a, b, budgetMs) {
  for (let i = 0; i < 5; i++) {
    a();
    b();
  }
  const samples = [[], []];
  const end = performance.now() + budgetMs;
  while (samples[0].length < 7 || performance.now() < end) {
    [a, b].forEach((fn, i) => {
      const start = cpuMs();
      fn();
      samples[i].push(cpuMs() - start);
    });
  }
  return samples.map(median);
}

const good = readFileSync(join(root, 'examples/shipping-exceptions-good.poc.yaml'), 'utf8');
const [goodHead, goodMetrics] = good.split(/^metrics:\n/m);

/** The good plan and `count` keys the format does not know: one finding each. */
const withFindings = (count) => good + Array.from({ length: count }, (_, i) => `extra_${i}: v\n`).join('');

/** The good plan with `count` more metrics, each with a `poc-readiness-disable-next-line` comment silencing its schema finding. */
const withSuppressions = (count) =>
  `${goodHead}metrics:\n${Array.from({ length: count }, (_, i) => `  - name: m${i}\n    # poc-readiness-disable-next-line plan/schema\n    kind: x${i % 7}\n`).join('')}${goodMetrics}`;

const rows = [];
const row = (what, value, baseline, target) => rows.push({ what, value, baseline, target });
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

// 1-2. Lint vs bare parse, interleaved per text so both see the same machine state. The parse
// skips yaml's uniqueKeys check, which is quadratic in a mapping's keys (the engine finds
// duplicates in one pass of its own), so the baseline is the cheapest parse there is.
const verdict = (ratio, limit) => (ratio <= limit ? `≤ ${limit}×: met` : `≤ ${limit}×: NOT met`);
for (const [label, text, budget, limit] of [
  ['5 KB plan (per edit)', planOfSize(5_000), 3000, 1.25],
  ['100 KB plan', planOfSize(100_000), 3000],
  ['5 MB plan (over maxBytes: reported, not parsed)', planOfSize(5_000_000), 8000],
  ['plan with 25,000 findings', withFindings(25_000), 12000, 2],
  ['plan with 10,000 suppression comments', withSuppressions(10_000), 12000, 2],
]) {
  const [linted, parse] = compare(
    () => lint(text, OPTIONS),
    () => parseDocument(text, { uniqueKeys: false }),
    budget,
  );
  const findings = lint(text, OPTIONS).findings.length;
  row(`lint ${label}, ${Math.round(Buffer.byteLength(text) / 1000)} KB, ${findings} findings`, `${ms(linted)} vs parse ${ms(parse)}`, linted / parse, limit ? verdict(linted / parse, limit) : '');
}

// 3. Cold start, with the engine bundled as the extension and CLI ship it.
const work = mkdtempSync(join(tmpdir(), 'poc-bench-'));
try {
  const plan = join(work, 'plan.poc.yaml');
  writeFileSync(plan, planOfSize(5_000));
  // The engine as the Node bundles ship it (scripts/bundles.mjs: the Markdown front end a chunk of its own), and yaml bundled the same way.
  const engineOptions = { ...bundleOptions({ production: true })['extension.js'], entryPoints: [join(root, 'src/engine/index.ts')], outfile: undefined, write: false };
  const bundle = await esbuild.build(engineOptions);
  writeFileSync(join(work, 'engine.js'), bundle.outputFiles[0].text);
  const yamlBundle = await esbuild.build({ ...commonOptions({ production: true }), stdin: { contents: "module.exports = require('yaml');", resolveDir: root }, write: false });
  writeFileSync(join(work, 'yaml.js'), yamlBundle.outputFiles[0].text);
  // performance.now() in a fresh process counts from its start: boot, load, first run.
  // The three kinds of child take turns, so a busy moment hits them alike.
  const scripts = {
    engine: `require(${JSON.stringify(join(work, 'engine.js'))}).lint(text, ${JSON.stringify(OPTIONS)});`,
    yaml: `require(${JSON.stringify(join(work, 'yaml.js'))}).parseDocument(text);`,
    bare: '',
  };
  const samples = { engine: [], yaml: [], bare: [] };
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(work, `${name}.child.js`), `const text = require('fs').readFileSync(${JSON.stringify(plan)}, 'utf8');\n${body}\nprocess.stdout.write(String(performance.now()));`);
  }
  for (let round = 0; round < 15; round++) {
    for (const name of Object.keys(scripts)) samples[name].push(Number(execFileSync(process.execPath, [join(work, `${name}.child.js`)], { encoding: 'utf8' })));
  }
  const [engineStart, yamlStart, bare] = [samples.engine, samples.yaml, samples.bare].map(median);
  row('cold start: load engine + first lint of 5 KB', `${ms(engineStart)} vs yaml ${ms(yamlStart)}`, engineStart / yamlStart, '< 40 ms');
  row('  same, beyond node’s own start-up', `${ms(engineStart - bare)} vs yaml ${ms(yamlStart - bare)}`, (engineStart - bare) / (yamlStart - bare), '');

  // 4. Production bundles: what `npm run build:prod` writes (scripts/bundles.mjs), built in memory.
  // dist/markdown.js is loaded only for a Markdown plan.
  const production = bundleOptions({ production: true });
  for (const name of ['extension.js', 'cli.js', 'markdown.js']) {
    const out = await esbuild.build({ ...production[name], write: false });
    const size = out.outputFiles.find((f) => f.path.endsWith('.js')).contents.length;
    row(`dist/${name} (production)`, kib(size), size / BUNDLE_BUDGET, name === 'markdown.js' ? 'loaded for Markdown plans only' : '≤ 1.0× of 300 KiB');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 5. The CLI against Spectral, whole processes over 200 generated plans (scripts/bench-cli.mjs).
const { benchCli, formatBench } = await import(pathToFileURL(join(root, 'scripts/bench-cli.mjs')).href);
const cli = formatBench(await benchCli());

const width = Math.max(...rows.map((r) => r.what.length));
const valueWidth = Math.max(...rows.map((r) => String(r.value).length));
console.log(`${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  ratio    target`);
for (const r of rows) {
  const ratio = typeof r.baseline === 'number' ? `${r.baseline.toFixed(2)}×` : String(r.baseline ?? '');
  console.log(`${r.what.padEnd(width)}  ${String(r.value).padEnd(valueWidth)}  ${ratio.padEnd(7)}  ${r.target ?? ''}`);
}
console.log(`\nnode ${process.version}, ${new Date().toISOString()}; ratios compare runs of this same process.`);

console.log(`\n${cli}`);

// 6. Scaling: every plan under maxBytes lints in time linear in its size.
const { benchScale, benchCliOutput, formatScale } = await import(pathToFileURL(join(root, 'scripts/bench-scale.mjs')).href);
console.log(`\n${formatScale(benchScale(), benchCliOutput())}`);
