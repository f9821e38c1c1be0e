// Whole-process comparison over generated plans: `poc-readiness check`
// (every rule) against `spectral lint` with bench/spectral-ruleset.yaml (a
// subset of our checks), both in the same run, alternating, after a warm-up.
// Wall time is the median of `runs`; peak memory is the maximum resident set
// of the process, from GNU time where installed, else from /proc VmHWM. CPU
// time (user + system, GNU time only) is reported too: on a busy machine it
// is steadier than wall time. Ratios are spectral / ours: the target is
// time >= 3 and memory >= 2.
//
//   node scripts/bench-cli.mjs [--plans 200] [--runs 3]     (after npm run build)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlans } from '../bench/generate-plans.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'dist/cli.js');
const SPECTRAL = join(root, 'node_modules/.bin/spectral');
const RULESET = join(root, 'bench/spectral-ruleset.yaml');
const GNU_TIME = '/usr/bin/time';

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

/** Runs `command args` to the end: { ms, cpuMs, peakKiB, code, stdout }; cpuMs and peakKiB may be undefined. */
function measure(command, args, scratch) {
  const viaTime = existsSync(GNU_TIME);
  const memoryFile = join(scratch, 'peak.txt');
  const [file, argv] = viaTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
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

export async function benchCli({ plans = 200, runs = 3 } = {}) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const scratch = mkdtempSync(join(tmpdir(), 'poc-bench-cli-'));
  try {
    const dir = join(scratch, 'plans');
    generatePlans(dir, plans);
    const tools = {
      ours: [process.execPath, [CLI, 'check', '--format', 'json', dir]],
      spectral: [SPECTRAL, ['lint', '--quiet', '--format', 'json', '--ruleset', RULESET, `${dir}/*.poc.yaml`]],
    };
    const warm = { ours: await measure(...tools.ours, scratch), spectral: await measure(...tools.spectral, scratch) };
    const counts = problemsFound(warm.ours, warm.spectral);
    const samples = { ours: [], spectral: [] };
    for (let i = 0; i < runs; i++) {
      for (const name of ['ours', 'spectral']) samples[name].push(await measure(...tools[name], scratch));
    }
    const summarize = (list) => ({
      ms: Math.round(median(list.map((s) => s.ms))),
      cpuMs: list[0].cpuMs === undefined ? null : Math.round(median(list.map((s) => s.cpuMs))),
      peakKiB: Math.max(...list.map((s) => s.peakKiB ?? 0)) || null,
    });
    const ours = summarize(samples.ours);
    const spectral = summarize(samples.spectral);
    const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);
    return {
      plans,
      runs,
      ...counts,
      ours,
      spectral,
      timeRatio: ratio(spectral.ms, ours.ms),
      cpuRatio: ratio(spectral.cpuMs, ours.cpuMs),
      memoryRatio: ratio(spectral.peakKiB, ours.peakKiB),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function formatBench(r) {
  const row = (cells) => cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 22 : 12)).join('  ');
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  const times = (ratio) => (ratio === null ? 'n/a' : `${ratio}×`);
  return [
    `CLI benchmark: ${r.plans} generated plans, median of ${r.runs} runs, whole process`,
    row(['', 'wall ms', 'cpu ms', 'peak KiB', 'findings']),
    row(['poc-readiness check', r.ours.ms, r.ours.cpuMs ?? 'n/a', r.ours.peakKiB ?? 'n/a', r.ourFindings]),
    row(['spectral lint (subset)', r.spectral.ms, r.spectral.cpuMs ?? 'n/a', r.spectral.peakKiB ?? 'n/a', r.spectralResults]),
    row(['spectral / ours', `${r.timeRatio}×`, times(r.cpuRatio), times(r.memoryRatio), '']),
    `target: >= 3× faster (${verdict(r.timeRatio >= 3)}), <= half the peak memory (${verdict(r.memoryRatio !== null && r.memoryRatio >= 2)})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  console.log(formatBench(await benchCli({ plans: option('plans', 200), runs: option('runs', 3) })));
}
