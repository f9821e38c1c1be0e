// The engine per plan size, for `npm run bench`: lint time of plans from
// 5 KB to just under the 1 MB guard, in five shapes (many keys in one
// mapping, many top-level keys, many list items, many findings, many
// suppressions), each as a ratio to a bare
// `parseDocument` of the same text measured in the same run. A linear engine
// keeps the ratio flat as the size grows; a size step whose ratio grows by
// more than the noise margin is flagged. The baseline parses with
// `uniqueKeys: false` because yaml's own duplicate-key check is itself
// quadratic in the keys of one mapping (the engine does that check in one
// pass of its own). Also: the CLI's stylish output, bytes per finding, which
// must stay bounded as the findings grow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { lint } = require(join(root, 'out/src/engine'));
const { parseDocument } = require('yaml');

const OPTIONS = { today: '2026-11-25' };
export const SIZES = [5_000, 25_000, 100_000, 250_000, 500_000, 990_000];
/** A step whose ratio grows by more than this factor over the previous size is flagged. */
const GROWTH_MARGIN = 1.3;

const good = readFileSync(join(root, 'examples/shipping-exceptions-good.poc.yaml'), 'utf8');

/** `unit(i)` repeated after `head` until the text is about `bytes` long. */
function grow(head, unit, bytes, tail = '') {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

const [goodHead, goodMetrics] = good.split(/^metrics:\n/m);
const metricItems = goodMetrics.slice(0, goodMetrics.search(/^\S/m));
const goodTail = goodMetrics.slice(metricItems.length);

export const SHAPES = {
  /** One mapping with thousands of keys (a pasted appendix): one unknown-key finding, the rest is parsing. */
  'many keys': (bytes) => grow(`${good}appendix:\n`, (i) => `  note_${i}: Reviewed with the exception desk on day ${i % 28}\n`, bytes),
  /** Thousands of top-level keys the format does not know: one finding (and a did-you-mean) each. */
  'many top-level keys': (bytes) => grow(good, (i) => `extra_${i}: v\n`, bytes),
  /** The good plan with its metrics repeated: every rule has work, few findings. */
  'many list items': (bytes) => grow(`${goodHead}metrics:\n`, () => metricItems, bytes, goodTail),
  /** Metrics with a kind the format does not know and no baseline: two findings each, under `anyOf`. */
  'many findings': (bytes) => grow(`${goodHead}metrics:\n${metricItems}`, (i) => `  - name: metric ${i}\n    kind: bogus_${i % 7}\n    target: "< ${i}"\n`, bytes, goodTail),
  /** The same findings, each silenced by a comment on the line above, and one unused suppression in ten. */
  'many suppressions': (bytes) =>
    grow(
      `${goodHead}metrics:\n${metricItems}`,
      (i) =>
        `  - name: metric ${i}\n    # poc-readiness-disable-next-line plan/schema\n    kind: bogus_${i % 7}\n${i % 10 === 0 ? '    # poc-readiness-disable-next-line POC999\n' : ''}    target: "< ${i}"\n`,
      bytes,
      goodTail,
    ),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU milliseconds of this process (all its threads, GC included): steadier than wall time on a busy machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median CPU ms of `a` and `b`, alternating call by call, at least 3 samples each and about `budgetMs` in all. */
function paired(a, b, budgetMs) {
  a();
  b();
  const samples = [[], []];
  const end = cpuMs() + budgetMs;
  while (samples[0].length < 3 || (cpuMs() < end && samples[0].length < 15)) {
    [a, b].forEach((fn, i) => {
      const start = cpuMs();
      fn();
      samples[i].push(cpuMs() - start);
    });
  }
  return samples.map(median);
}

/** Rows of { shape, bytes, lint, parse, ratio, findings, flag }. */
export function benchScale({ budgetMs = 800 } = {}) {
  const rows = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    let previous;
    for (const bytes of SIZES) {
      const text = make(bytes);
      const findings = lint(text, OPTIONS).findings.length;
      const [linted, parsed] = paired(
        () => lint(text, OPTIONS),
        () => parseDocument(text, { uniqueKeys: false }),
        budgetMs,
      );
      const ratio = linted / parsed;
      const flag = previous !== undefined && ratio > previous * GROWTH_MARGIN ? `▲ grows (${(ratio / previous).toFixed(2)}× the previous step)` : '';
      rows.push({ shape, bytes: Buffer.byteLength(text), lint: linted, parse: parsed, ratio, findings, flag });
      previous = ratio;
    }
  }
  return rows;
}

/** Bytes of stylish output per finding, from the built CLI, for the "many findings" shape at each size. */
export function benchCliOutput() {
  const cli = join(root, 'dist/cli.js');
  const work = mkdtempSync(join(tmpdir(), 'poc-bench-scale-'));
  const rows = [];
  try {
    let previous;
    for (const bytes of SIZES) {
      const file = join(work, 'plan.poc.yaml');
      writeFileSync(file, SHAPES['many findings'](bytes));
      const run = spawnSync(process.execPath, [cli, 'check', file, '--no-color'], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
      const findings = lint(readFileSync(file, 'utf8'), OPTIONS).findings.length;
      const perFinding = Buffer.byteLength(run.stdout ?? '') / Math.max(1, findings);
      const flag = previous !== undefined && perFinding > previous * GROWTH_MARGIN ? '▲ grows' : '';
      rows.push({ bytes, findings, output: Buffer.byteLength(run.stdout ?? ''), perFinding, code: run.status, flag });
      previous = perFinding;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

const kb = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${Math.round(n / 1e3)} KB`);
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

export function formatScale(rows, cliRows) {
  const lines = ['engine per plan size: lint vs bare parseDocument(text, { uniqueKeys: false }), CPU time, medians of 3+ paired runs', ''];
  const head = ['shape', 'size', 'findings', 'lint', 'parse', 'ratio', ''];
  const table = rows.map((r) => [r.shape, kb(r.bytes), String(r.findings), ms(r.lint), ms(r.parse), `${r.ratio.toFixed(2)}×`, r.flag]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  for (const t of [head, ...table])
    lines.push(
      t
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  const flagged = rows.filter((r) => r.flag).length;
  lines.push(
    '',
    flagged
      ? `${flagged} size step(s) flagged: the ratio grows faster than the noise margin (${GROWTH_MARGIN}×).`
      : `No size step flagged: every ratio stays within ${GROWTH_MARGIN}× of the previous step's.`,
  );
  if (cliRows) {
    lines.push('', 'CLI stylish output on the "many findings" plans: bytes per finding', '');
    for (const r of cliRows)
      lines.push(
        `${kb(r.bytes).padEnd(8)}  ${String(r.findings).padStart(6)} findings  ${String(r.output).padStart(9)} bytes  ${r.perFinding.toFixed(0).padStart(4)} bytes/finding  exit ${r.code}  ${r.flag}`.trimEnd(),
      );
  }
  return lines.join('\n');
}

// Run on its own: `node scripts/bench-scale.mjs` (after `npm run build`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatScale(benchScale(), process.argv.includes('--no-cli') ? undefined : benchCliOutput()));
}
