// `npm run eval`: how well the engine's judgment matches a senior reviewer's,
// measured on the labelled plans in test/corpus (recall, precision, verdicts,
// false findings on sound plans), compared with test/corpus/baseline.json.
//   node scripts/eval.mjs           report; exit 1 on any regression against the baseline
//   node scripts/eval.mjs --json    the same evaluation as JSON on stdout
//   UPDATE_BASELINE=1 npm run eval  rewrite the baseline from this run
// Runs after `npm run build`: the evaluation and the engine come from out/.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'out/test/corpus/evaluate.js');
if (!existsSync(compiled)) {
  console.error('eval: out/test/corpus/evaluate.js is missing; run `npm run build` first (or `npm run eval`).');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { evaluateCorpus, formatReport, toBaseline, readBaseline, regressions, BASELINE_FILE, CorpusError } = require(compiled);

const json = process.argv.includes('--json');
const update = process.env.UPDATE_BASELINE === '1';

let evaluation;
let baseline;
try {
  evaluation = evaluateCorpus();
  baseline = update ? undefined : readBaseline();
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  console.error(`eval: ${e.message}`);
  process.exit(2);
}

const now = toBaseline(evaluation);
const problems = baseline ? regressions(baseline, now) : [];

if (json) {
  process.stdout.write(`${JSON.stringify({ ...evaluation, baseline: baseline?.totals ?? null, regressions: problems }, null, 2)}\n`);
} else {
  console.log(formatReport(evaluation));
}

if (update) {
  writeFileSync(BASELINE_FILE, `${JSON.stringify(now, null, 2)}\n`);
  console.error(`eval: baseline written to ${BASELINE_FILE.slice(root.length + 1)}`);
} else if (!baseline) {
  console.error('eval: test/corpus/baseline.json is missing; create it with UPDATE_BASELINE=1 npm run eval');
  process.exit(1);
} else if (problems.length > 0) {
  console.error(`\neval: ${problems.length} regression(s) against test/corpus/baseline.json:`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error('If the change is intended (e.g. a label fixed), rerun with UPDATE_BASELINE=1 and commit the baseline.');
  process.exit(1);
} else {
  console.error('\neval: no regression against test/corpus/baseline.json');
}
