// Plans for the CLI benchmark: the two example plans, mutated the way real
// drafts differ (sections left out, gate items missing or still TODO,
// unknown metric kinds, other numbers and sizes), from a fixed seed so every
// run lints the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = ['shipping-exceptions-good.poc.yaml', 'shipping-exceptions-bad.poc.yaml'].map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
const GATE_KEYS = ['data_sources', 'integration_points', 'change_management', 'operations', 'budget', 'executive_sponsor'];
const KINDS = ['accuracy', 'time_to_completion', 'downstream_error_rate', 'adoption', 'cost_per_outcome', 'latency', 'reliability', 'other', 'vibes', 'wow'];

/** mulberry32: small, fast, and the same sequence everywhere. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text, index, rnd) {
  const doc = parseDocument(text);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  doc.set('poc', `${doc.get('poc')} #${index}`);
  const sections = doc.contents.items.map((p) => String(p.key.value)).filter((k) => k !== 'poc');
  for (let n = Math.floor(rnd() * 4); n > 0; n--) doc.delete(pick(sections));
  const plan = doc.get('production_plan');
  if (isMap(plan)) {
    for (const key of GATE_KEYS) {
      const roll = rnd();
      if (roll < 0.15) plan.delete(key);
      else if (roll < 0.25) plan.set(key, 'TODO');
    }
  }
  const metrics = doc.get('metrics');
  if (isSeq(metrics)) {
    for (const metric of metrics.items) if (isMap(metric) && rnd() < 0.3) metric.set('kind', pick(KINDS));
    // Some plans are longer: their metric lists repeat.
    const copies = Math.floor(rnd() * 3);
    for (let c = 0; c < copies; c++) for (const metric of [...metrics.items]) metrics.add(doc.createNode(metric.toJSON()));
  }
  if (doc.hasIn(['users', 'duration_weeks'])) doc.setIn(['users', 'duration_weeks'], pick([0.5, 1, 2, 4, 6]));
  if (doc.hasIn(['hypothesis', 'decision_date'])) doc.setIn(['hypothesis', 'decision_date'], pick(['2020-06-30', '2099-03-01']));
  if (doc.hasIn(['budget', 'poc'])) doc.setIn(['budget', 'poc'], pick([20000, 50000, 120000]));
  return doc.toString();
}

/** Writes `count` plans (`plan-000.poc.yaml`, ...) into `dir` and returns their paths. */
export function generatePlans(dir, count, seed = 20261125) {
  mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `plan-${String(i).padStart(3, '0')}.poc.yaml`);
    writeFileSync(file, mutate(EXAMPLES[i % EXAMPLES.length], i, rnd));
    files.push(file);
  }
  return files;
}
