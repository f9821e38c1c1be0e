import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyTextEdits, fixAllEdits, insertsOnly, lint } from '../../../src/engine';
import { applyEdits, BASE_OPTIONS, ROOT } from '../engine/support';

// What a person writing a Markdown plan sees: which headings and lines are
// read as which keys, where findings point, and what the quick fixes write.

const md = (text: string) => lint(text, { ...BASE_OPTIONS, format: 'markdown' });
const at = (text: string, line: number) => text.split('\n')[line];

const PLAN = `---
owner: Head of operations analytics
---

# Shipping exception triage

Why we run this POC, in a paragraph no check reads.

## Hypothesis

- **Statement:** A classifier routes shipping exceptions to the right queue.
- **Decision:** Fund the rollout to all four regional hubs.
- **Kill criteria:** Stop if misroutes exceed 40 per 1,000 after week 3.
- **Decision date:** 2027-03-01

## Data

Source: Live exception feed from the warehouse system
Production source: true

## Background

Some history.
`;

describe('Markdown plans: reading', () => {
  it('reads the title from the first heading, sections by title, key or alias, and key lines in lists or paragraphs', () => {
    const r = md(PLAN);
    const paths = r.findings.map((f) => f.path);
    assert.ok(!paths.includes('poc'), 'the # heading is the title');
    assert.ok(!paths.includes('owner'), 'front matter gives the owner');
    assert.ok(!paths.includes('hypothesis.statement') && !paths.includes('hypothesis.decision'), 'key lines in a list');
    assert.ok(!paths.includes('data.source') && !paths.includes('data.production_source'), '`Key: value` lines in a paragraph');
    assert.strictEqual(r.figures.title, 'Shipping exception triage');
  });

  it('an unknown heading is an info at the heading, like an unknown key in YAML', () => {
    const f = md(PLAN).findings.find((x) => x.ruleId === 'POC003');
    assert.ok(f);
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(f.path, 'background');
    assert.deepStrictEqual(f.range, { start: { line: 20, character: 3 }, end: { line: 20, character: 13 } });
  });

  it('ranges point at the Markdown: a value at its text, a missing key of a section at its heading', () => {
    const text = PLAN.replace('2027-03-01', 'next spring');
    const date = md(text).findings.find((f) => f.path === 'hypothesis.decision_date');
    assert.ok(date);
    assert.strictEqual(at(text, date.range.start.line).slice(date.range.start.character, date.range.end.character), 'next spring');
    const pipeline = md(text).findings.find((f) => f.path === 'data.pipeline');
    assert.ok(pipeline);
    assert.strictEqual(at(text, pipeline.range.start.line).slice(pipeline.range.start.character, pipeline.range.end.character), 'Data');
  });

  it('a value continued on the next line is one value; a number or true is read as YAML reads it', () => {
    const text = PLAN.replace('- **Statement:** A classifier routes shipping exceptions to the right queue.', '- **Statement:** A classifier routes shipping exceptions\n  to the right queue.');
    const r = md(text);
    assert.ok(!r.findings.some((f) => f.path === 'hypothesis.statement'), JSON.stringify(r.findings.filter((f) => f.path.startsWith('hypothesis'))));
    const economics = md(`${PLAN}\n## Review economics\n\n- **Manual minutes per item:** 12\n- **AI seconds per item:** 30\n- **Volume per month:** 40000\n`);
    assert.strictEqual(economics.figures.economics.manualMinutesPerItem, 12);
    assert.strictEqual(economics.figures.economics.volumePerMonth, 40000);
  });

  it('front matter that is not YAML is a syntax error where it is, and the rest is still read', () => {
    const r = md(PLAN.replace('owner: Head of operations analytics', 'owner: [unclosed'));
    const syntax = r.findings.find((f) => f.ruleId === 'POC001');
    assert.ok(syntax);
    assert.ok(syntax.range.start.line >= 1 && syntax.range.start.line <= 2, 'in the front matter');
    assert.ok(!r.findings.some((f) => f.path === 'hypothesis.statement'));
  });

  it('a heading written twice is a duplicate key, as in YAML', () => {
    const r = md(`${PLAN}\n## Data pipeline\n\n- **Owner:** Data team\n`);
    assert.ok(r.findings.some((f) => f.ruleId === 'POC001' && /Duplicate key/.test(f.message)));
  });
});

describe('Markdown plans: quick fixes', () => {
  const fixOf = (text: string, path: string) => {
    const f = md(text).findings.find((x) => x.path === path && x.fix);
    assert.ok(f, `a fix for ${path}`);
    return f.fix!;
  };

  it('a missing key goes in as a key line after the sibling before it, every other line kept', () => {
    const text = PLAN.replace('- **Kill criteria:** Stop if misroutes exceed 40 per 1,000 after week 3.\n', '');
    const after = applyEdits(text, fixOf(text, 'hypothesis.kill_criteria').edits);
    assert.strictEqual(after, PLAN.replace('Stop if misroutes exceed 40 per 1,000 after week 3.', 'TODO what result stops the effort'));
  });

  it('a missing key of a paragraph of key lines goes in as a line of it', () => {
    const after = applyEdits(PLAN, fixOf(PLAN, 'data.curated').edits);
    assert.strictEqual(after, PLAN.replace('Production source: true\n', 'Production source: true\n**Curated:** TODO\n'));
  });

  it('a missing section goes in as its heading and key lines before the next section, nothing else changed', () => {
    const after = applyEdits(PLAN, fixOf(PLAN, 'questions').edits);
    const inserted = [
      '## The three questions',
      '',
      '- **Technical feasibility:** TODO how the POC tests output quality on real input',
      '- **Operational viability:** TODO how the POC tests cost, latency and reliability at volume',
      '- **Organizational fit:** TODO how the POC tests adoption and the effect on the work',
      '',
      '',
    ].join('\n');
    assert.strictEqual(after, PLAN.replace('## Data\n', `${inserted}## Data\n`));
    assert.ok(!md(after).findings.some((f) => f.path === 'questions' && f.ruleId === 'POC007'));
  });

  it('a section written last goes in at the end, after a blank line; CRLF stays CRLF', () => {
    const crlf = PLAN.slice(0, PLAN.indexOf('## Background')).replace(/\n/g, '\r\n');
    const fix = fixOf(crlf, 'production_plan');
    const after = applyEdits(crlf, fix.edits);
    assert.ok(after.startsWith(crlf));
    assert.ok(after.slice(crlf.length).startsWith('\r\n## Production plan (the gate)\r\n\r\n- **Data sources:** TODO'));
    assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
    assert.ok(fix.edits[0].snippet?.includes('${1:TODO the production data sources}'));
  });

  it('an empty section is filled under its heading', () => {
    const text = PLAN.replace('Source: Live exception feed from the warehouse system\nProduction source: true\n', '');
    const fix = fixOf(text, 'data');
    const after = applyEdits(text, fix.edits);
    assert.ok(after.includes('## Data\n\n- **Source:** TODO where the data is drawn from\n'), after);
    assert.ok(!md(after).findings.some((f) => f.ruleId === 'POC007' && f.path === 'data'));
  });
});

describe('Markdown plans: text being typed', () => {
  it('a heading with no text yet (`## `) names no key: nothing reads as an empty-named section', () => {
    const r = lint(`${PLAN}\n## \n`, { ...BASE_OPTIONS, format: 'markdown' });
    assert.ok(!r.findings.some((f) => f.path === '' && f.ruleId === 'POC003'));
    assert.ok(r.sections.every((s) => s.key !== ''));
  });
});

describe('Markdown plans: insertions keep the blank lines', () => {
  it('a key missing after the last item of a list goes right after that item, before the blank line', () => {
    const text = PLAN.replace('- **Decision date:** 2027-03-01\n', '');
    const f = md(text).findings.find((x) => x.path === 'hypothesis.decision_date' && x.fix);
    assert.ok(f?.fix);
    assert.strictEqual(applyEdits(text, f.fix.edits), PLAN.replace('2027-03-01', 'TODO YYYY-MM-DD'));
  });

  it('"insert all" on the bad example: every section and key goes in, every heading still after a blank line', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.md'), 'utf8');
    const after = applyTextEdits(text, fixAllEdits(md(text).findings.filter((f) => insertsOnly(f.fix))));
    assert.deepStrictEqual(
      md(after).findings.filter((f) => / is missing/.test(f.message)),
      [],
    );
    const lines = after.split('\n');
    const crowded = lines.map((l, i) => (l.startsWith('## ') && lines[i - 1] !== '' ? `${i + 1}: ${l}` : undefined)).filter(Boolean);
    assert.deepStrictEqual(crowded, []);
  });
});
