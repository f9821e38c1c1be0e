// Shared by the report tests: the panel's fixture plans, linted on a fixed
// day, turned into the summary view model.
import * as fs from 'fs';
import * as path from 'path';
import { lint, type LintOptions } from '../../../src/engine';
import { buildSummary, type Summary } from '../../../src/report';

export const ROOT = path.resolve(__dirname, '../../../..');
const TODAY = '2026-11-25';

export function panelFixture(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test/fixtures/panel', name), 'utf8');
}

export function summarize(text: string, planName = 'plan.poc.yaml', options: LintOptions = {}): Summary {
  return buildSummary(lint(text, { today: TODAY, ...options }), planName);
}

export const bad = () => summarize(panelFixture('bad.poc.yaml'), 'bad.poc.yaml');
export const good = () => summarize(panelFixture('good.poc.yaml'), 'good.poc.yaml');

/** A plan whose every free-text value is an HTML or Markdown injection attempt. */
export const HOSTILE_PLAN = `poc: <img src=x onerror=alert(1)>
owner: "[click](javascript:alert(1)) **boss** | <b>"
metrics:
  - name: x
    kind: "<script>alert(2)</script>"
budget:
  currency: "<svg onload=alert(3)>"
  poc: 100
  production_estimate: 1000
`;

const GOLDEN = path.join(ROOT, 'test/fixtures/panel/bad.summary.json');

/**
 * The reviewed value of one part of the bad plan's summary. UPDATE_GOLDEN=1
 * writes what the engine gives now; a plain run only reads.
 */
export function golden<T>(key: string, actual: T): T {
  const all = fs.existsSync(GOLDEN) ? (JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>) : {};
  if (process.env.UPDATE_GOLDEN === '1') {
    all[key] = actual;
    fs.writeFileSync(GOLDEN, JSON.stringify(all, null, 2) + '\n');
  }
  return all[key] as T;
}
