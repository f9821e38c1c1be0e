// Whole-process comparison over generated plans, for `npm run bench`:
//   - `poc-readiness check` (every rule) against `spectral lint` with
//     bench/spectral-ruleset.yaml (a subset of our checks), on 200 plans and
//     on one plan;
//   - our CLI against the floor under it, each a fresh node process over the
//     same files: `node` alone, + reading the files, + yaml's Lexer, +
//     yaml's parseDocument (yaml bundled as dist/cli.js bundles it).
// Every kind of process takes its turn in each round (paired and
// alternated, so a busy moment hits them alike), after one warm-up round.
// Wall time is the median of `runs`; CPU time (user + system) and peak
// resident memory come from GNU time where installed (else peak memory from
// /proc VmHWM, no CPU time) and are medians too.
//
//   node scripts/bench-cli.mjs [--plans 200] [--runs 5]     (after npm run build)
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { generatePlans } from '../bench/generate-plans.mjs';
import { commonOptions } from './bundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist/cli.js');
const SPECTRAL = join(root, 'node_modules/.bin/spectral');
const RULESET = join(root, 'bench/spectral-ruleset.yaml');
const GNU_TIME = '/usr/bin/time';

/** The issue's targets (issue 15): spectral / ours in wall time, ours / spectral in peak memory, ours / floor. */
export const TARGETS = { wall: 4, memory: 0.4, floor: 1.3, onePlan: 6 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Peak RSS in KiB of a running process so far, or undefined where /proc is missing. */
function highWaterMark(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `command args` (with `env` added) to the end: { ms, cpuMs, peakKiB, code, stdout }; cpuMs and peakKiB may be undefined. */
function measure(command, args, scratch, env = {}) {
  const viaTime = existsSync(GNU_TIME);
  const memoryFile = join(scratch, 'peak.txt');
  const [file, argv] = viaTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    let polled;
    const poll = viaTime ? undefined : setInterval(() => (polled = highWaterMark(child.pid) ?? polled), 2);
    const chunks = [];
    let stderr = '';
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      // GNU time may put "Command exited with non-zero status 1" on the line before its figures.
      const [peak, user, system] = viaTime ? readFileSync(memoryFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [polled];
      const cpuMs = viaTime ? (user + system) * 1000 : undefined;
      if (code !== 0 && code !== 1) reject(new Error(`${command} exited ${code}: ${stderr.trim()}`));
      else resolve({ ms, cpuMs, peakKiB: peak, code, stdout: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Both tools must have found problems in the bad plans, or the comparison means nothing. */
function problemsFound(ours, spectral) {
  const report = JSON.parse(ours.stdout);
  const results = JSON.parse(spectral.stdout);
  const ourFindings = report.totals.errors + report.totals.warnings + report.totals.infos;
  if (ourFindings === 0 || results.length === 0) throw new Error(`a tool found nothing: ours ${ourFindings}, spectral ${results.length}`);
  return { ourFindings, spectralResults: results.length, plansLinted: report.totals.plans };
}

/**
 * The floor's scripts: each reads every plan in the folder given as its
 * argument, as the CLI does, and does that much of the CLI's work on it.
 */
function floorScripts(yamlBundle) {
  const read = `const fs = require('fs'), path = require('path'); const dir = process.argv[2];
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.poc.yaml')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));`;
  const yaml = `const yaml = require(${JSON.stringify(yamlBundle)});`;
  return {
    'node alone': '',
    '+ read': read,
    '+ yaml Lexer': `${read}\n${yaml}\nlet n = 0; for (const t of texts) for (const token of new yaml.Lexer().lex(t)) n += token.length; if (n < 0) console.log(n);`,
    '+ parseDocument': `${read}\n${yaml}\nfor (const t of texts) yaml.parseDocument(t, { uniqueKeys: false });`,
  };
}

const FLOOR = ['node alone', '+ read', '+ yaml Lexer', '+ parseDocument'];

export async function benchCli({ plans = 200, runs = 5 } = {}) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const scratch = mkdtempSync(join(tmpdir(), 'poc-bench-cli-'));
  try {
    const dir = join(scratch, 'plans');
    const files = generatePlans(dir, plans);
    const oneDir = join(scratch, 'one');
    mkdirSync(oneDir);
    copyFileSync(files[0], join(oneDir, 'plan-000.poc.yaml'));
    // yaml as dist/cli.js has it (scripts/build.mjs): its ES module build,
    // bundled, one file to load. Its CommonJS build reads process.env on
    // every token (a debug switch), a third of the Parser's time.
    const yamlBundle = join(scratch, 'yaml.js');
    const bundled = await esbuild.build({ ...commonOptions({ production: true }), stdin: { contents: "module.exports = require('yaml');", resolveDir: root }, write: false });
    writeFileSync(yamlBundle, bundled.outputFiles[0].text);
    const tools = {
      ours: [process.execPath, [CLI, 'check', '--format', 'json', dir]],
      spectral: [SPECTRAL, ['lint', '--quiet', '--format', 'json', '--ruleset', RULESET, `${dir}/*.poc.yaml`]],
      // The CLI sets a V8 flag (src/cli/v8Flags.ts): the same run with it switched off.
      'ours, V8 flags off': [process.execPath, [CLI, 'check', '--format', 'json', dir], scratch, { POC_READINESS_V8_FLAGS: 'off' }],
      'ours, one plan': [process.execPath, [CLI, 'check', '--format', 'json', oneDir]],
      'spectral, one plan': [SPECTRAL, ['lint', '--quiet', '--format', 'json', '--ruleset', RULESET, `${oneDir}/*.poc.yaml`]],
    };
    for (const [name, body] of Object.entries(floorScripts(yamlBundle))) {
      const script = join(scratch, `floor-${FLOOR.indexOf(name)}.js`);
      writeFileSync(script, body);
      tools[name] = [process.execPath, [script, dir]];
    }
    const warm = {};
    const run = (name) => measure(tools[name][0], tools[name][1], scratch, tools[name][3]);
    for (const name of Object.keys(tools)) warm[name] = await run(name);
    const counts = problemsFound(warm.ours, warm.spectral);
    if (warm['ours, V8 flags off'].stdout !== warm.ours.stdout) throw new Error('the CLI reports differently with its V8 flags off');
    const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
    for (let i = 0; i < runs; i++) {
      // Rotate the order each round, so no kind of process always follows the same one.
      const names = Object.keys(tools);
      const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
      for (const name of order) samples[name].push(await run(name));
    }
    const summarize = (list) => ({
      ms: median(list.map((s) => s.ms)),
      cpuMs: list[0].cpuMs === undefined ? null : median(list.map((s) => s.cpuMs)),
      peakKiB: list[0].peakKiB === undefined ? null : median(list.map((s) => s.peakKiB)),
    });
    const results = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarize(list)]));
    return { plans, runs, bytes: files.reduce((n, f) => n + readFileSync(f).length, 0), ...counts, results };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const ratio = (a, b) => (a && b ? a / b : null);
const times = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);
const verdict = (ok) => (ok ? 'met' : 'NOT met');

/** The ratios the issue's targets speak of, with whether each is met. */
export function cliTargets(r) {
  const { ours, spectral } = r.results;
  const one = r.results['ours, one plan'];
  const spectralOne = r.results['spectral, one plan'];
  const floor = r.results['+ parseDocument'];
  return [
    { what: `200 plans: spectral / ours, wall`, ratio: ratio(spectral.ms, ours.ms), target: `≥ ${TARGETS.wall}×`, met: ratio(spectral.ms, ours.ms) >= TARGETS.wall },
    { what: `200 plans: spectral / ours, CPU`, ratio: ratio(spectral.cpuMs, ours.cpuMs), target: '', met: undefined },
    {
      what: `200 plans: ours / spectral, peak memory`,
      ratio: ratio(ours.peakKiB, spectral.peakKiB),
      target: `≤ ${TARGETS.memory}×`,
      met: ours.peakKiB !== null && ratio(ours.peakKiB, spectral.peakKiB) <= TARGETS.memory,
    },
    { what: `200 plans: ours / floor (node + read + parseDocument), wall`, ratio: ratio(ours.ms, floor.ms), target: `≤ ${TARGETS.floor}×`, met: ratio(ours.ms, floor.ms) <= TARGETS.floor },
    { what: `200 plans: ours / floor (node + read + Lexer), wall`, ratio: ratio(ours.ms, r.results['+ yaml Lexer'].ms), target: '', met: undefined },
    { what: `200 plans: ours with V8 flags off / ours, wall`, ratio: ratio(r.results['ours, V8 flags off'].ms, ours.ms), target: '', met: undefined },
    { what: `one plan: spectral / ours, wall`, ratio: ratio(spectralOne.ms, one.ms), target: `≥ ${TARGETS.onePlan}×`, met: ratio(spectralOne.ms, one.ms) >= TARGETS.onePlan },
  ];
}

export function formatBench(r) {
  const row = (cells) => cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 24 : 10)).join('  ');
  const lines = [
    `CLI benchmark: ${r.plans} generated plans (${Math.round(r.bytes / 1024)} KiB), whole processes, medians of ${r.runs} alternated rounds after a warm-up`,
    row(['', 'wall ms', 'cpu ms', 'peak KiB', '/ ours']),
  ];
  const ours = r.results.ours.ms;
  for (const [name, s] of Object.entries(r.results)) {
    const label = FLOOR.includes(name)
      ? `floor ${name}`
      : name === 'ours'
        ? 'poc-readiness check'
        : name === 'spectral'
          ? 'spectral lint (subset)'
          : name === 'ours, V8 flags off'
            ? 'check, V8 flags off'
            : name;
    lines.push(row([label, s.ms.toFixed(0), s.cpuMs?.toFixed(0) ?? 'n/a', s.peakKiB ?? 'n/a', name.includes('one plan') ? '' : times(ratio(s.ms, ours))]));
  }
  lines.push(`findings: ours ${r.ourFindings}, spectral ${r.spectralResults}`, '');
  for (const t of cliTargets(r)) lines.push(`${t.what.padEnd(58)}  ${times(t.ratio).padStart(7)}  ${t.target ? `target ${t.target}: ${verdict(t.met)}` : ''}`.trimEnd());
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  console.log(formatBench(await benchCli({ plans: option('plans', 200), runs: option('runs', 5) })));
}
