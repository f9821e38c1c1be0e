// A fresh plan is a form (issue 13, item 6): the "New POC Plan" template's
// untouched placeholders give one note per section until someone writes into
// it, while the scores, the gate and the verdict stay what the checks say.
import * as assert from 'assert';
import { lint, renderPlan, SECTIONS } from '../../../src/engine';
import { buildSummary, renderMarkdown, renderSummaryBody } from '../../../src/report';
import { assertGolden } from '../golden';
import { BASE_OPTIONS, where } from './support';

const TEMPLATE = `${renderPlan().text}\n`;

const describeAll = (text: string, options = BASE_OPTIONS) => lint(text, options).findings.map((f) => `${f.ruleId} ${f.severity} ${f.path} ${where(f)}`);

/** Replaces the template's value of `key:` (its first occurrence after `after:`) with `value`. */
function write(text: string, after: string, key: string, value: string): string {
  const from = text.indexOf(`\n${after}:`);
  const at = text.indexOf(`${key}: `, from);
  assert.ok(from >= 0 && at > from, `${after}.${key} in the template`);
  const end = text.indexOf('\n', at);
  return `${text.slice(0, at)}${key}: ${value}${text.slice(end)}`;
}

describe('a fresh plan is a form', () => {
  it('gives the untouched template one note per section, at its key, and nothing else', () => {
    const found = describeAll(TEMPLATE);
    assert.ok(
      found.every((f) => f.startsWith('POC004 info ')),
      found.join('\n'),
    );
    // One note per top-level key of the template, in its order; `schema_version` is the one the template writes.
    const keys = TEMPLATE.split('\n')
      .flatMap((l) => /^([a-z_]+):/.exec(l)?.[1] ?? [])
      .filter((k) => k !== 'schema_version');
    assert.deepStrictEqual(
      found.map((f) => f.split(' ')[2]),
      keys,
    );
    // Where each note sits, and what it says (by message id and data), as reviewed.
    assertGolden(
      'engine/template-form.json',
      lint(TEMPLATE, BASE_OPTIONS).findings.map((f) => ({ path: f.path, range: where(f), messageId: f.messageId, data: f.data })),
    );
  });

  it('is never ready: the gate fails, and the errors behind the notes are named in the verdict', () => {
    const { score } = lint(TEMPLATE, BASE_OPTIONS);
    assert.strictEqual(score.verdict, 'not_ready');
    assert.strictEqual(score.gate.passed, false);
    assert.deepStrictEqual(score.reasons, [
      'The production gate is not met: no data sources, integration points, change management, operations, production budget, executive sponsor, decision.',
      "Not written yet (still the template's placeholders): title, hypothesis and decision, data pipeline, edge cases, users, production plan (the gate).",
    ]);
  });

  it('scores the form exactly as the checks one by one would (the notes stand for them)', () => {
    const form = lint(TEMPLATE, BASE_OPTIONS);
    const oneByOne = lint(TEMPLATE, { ...BASE_OPTIONS, rules: { POC004: 'off' } });
    assert.ok(oneByOne.findings.length > 30, `with the notes off, every check shows: ${oneByOne.findings.length}`);
    assert.deepStrictEqual(form.score.dimensions, oneByOne.score.dimensions);
    assert.strictEqual(form.score.overall, oneByOne.score.overall);
    assert.strictEqual(oneByOne.score.verdict, 'not_ready');
  });

  it('writing into a section brings back its own findings, and only its own', () => {
    const text = write(TEMPLATE, 'data', 'source', 'Exceptions feed from the carrier API');
    const found = describeAll(text);
    const data = found.filter((f) => / data[. ]/.test(f));
    assert.ok(data.length >= 4, `data's own findings: ${JSON.stringify(data)}`);
    assert.ok(!found.includes('POC004 info data 16:1-16:5'), 'no form note on a written section');
    assert.ok(
      data.some((f) => f.startsWith('POC040 error data.production_source')),
      JSON.stringify(data),
    );
    // Every other section is still one note.
    assert.strictEqual(found.filter((f) => f.startsWith('POC004 info ') && !/ data[. ]/.test(f)).length, 13);
  });

  it('a value changed to another placeholder counts as written: the section shows its checks', () => {
    const text = write(TEMPLATE, 'data', 'source', 'TBD');
    assert.ok(
      describeAll(text).some((f) => f.startsWith('POC040 warning data.source')),
      'data.source is reported as a placeholder again',
    );
  });

  it('an emptied value keeps the section a form (the user is about to type)', () => {
    const text = write(TEMPLATE, 'data', 'source', '').replace('source: \n', 'source:\n');
    assert.ok(describeAll(text).includes('POC004 info data 16:1-16:5'));
  });

  it('counts the sections written: "4 of 14 sections written"', () => {
    let text = TEMPLATE.replace(/^poc: .*$/m, 'poc: Shipping exception triage');
    text = text.replace(/^owner: .*$/m, 'owner: Head of operations analytics');
    text = write(text, 'data', 'source', 'Exceptions feed from the carrier API');
    text = write(text, 'budget', 'poc', '50000');
    const result = lint(text, BASE_OPTIONS);
    // Every section but the format version and the optional outcome, which the template leaves out.
    assert.deepStrictEqual(result.form, { written: 4, total: SECTIONS.filter((s) => s.key !== 'schema_version' && !s.optional).length });
    assert.strictEqual(result.form!.total, 14);
    const summary = buildSummary(result, 'new.poc.yaml');
    assert.strictEqual(summary.form?.label, '4 of 14 sections written');
    const html = renderSummaryBody(summary, { interactive: true });
    assert.ok(html.includes('<p class="form-progress"><strong>4 of 14 sections written</strong>.'), html.slice(0, 2000));
    assert.ok(renderMarkdown(summary).includes('\n4 of 14 sections written  \n'), 'the Markdown summary says it too');
  });

  it('a real plan (no template placeholders) has no form line, and a genuinely missing section is still reported', () => {
    const plan = TEMPLATE.split('\ndata:')[0]
      .replace(/TODO [^\n]*/g, 'Written by hand')
      .replace(/: TODO$/gm, ': read');
    const result = lint(plan, BASE_OPTIONS);
    assert.strictEqual(result.form, undefined);
    assert.strictEqual(buildSummary(result, 'real.poc.yaml').form, undefined);
    assert.ok(!renderSummaryBody(buildSummary(result, 'real.poc.yaml'), { interactive: true }).includes('form-progress'));
    assert.ok(
      result.findings.some((f) => f.ruleId === 'POC007' && f.path === 'data' && f.severity !== 'info'),
      'data is missing',
    );
  });

  it('an inserted section is a form field too, and an error in it still blocks the verdict', () => {
    // An untouched `data` section, as "Insert missing section" writes it.
    const dataBlock = TEMPLATE.slice(TEMPLATE.indexOf('\ndata:') + 1, TEMPLATE.indexOf('\nedge_cases:') + 1);
    const withData = `poc: Triage\n${dataBlock}`;
    const found = lint(withData, BASE_OPTIONS);
    const data = found.findings.filter((f) => f.path.startsWith('data'));
    assert.deepStrictEqual(
      data.map((f) => `${f.ruleId} ${f.severity}`),
      ['POC004 info'],
    );
    assert.ok(
      found.score.reasons.some((r) => r.includes('data pipeline')),
      JSON.stringify(found.score.reasons),
    );
  });

  it('a disable comment above the section key silences its note', () => {
    const text = TEMPLATE.replace('\ndata:\n', '\n# poc-readiness-disable-next-line POC004\ndata:\n');
    const found = describeAll(text);
    assert.ok(!found.some((f) => / data /.test(f)), JSON.stringify(found));
    assert.ok(!found.some((f) => f.startsWith('POC006')));
  });
});
