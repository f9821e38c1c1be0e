import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { lint, LintResult } from '../../../src/engine';
import { assertInside, BASE_OPTIONS, lineLengths, ROOT } from './support';

// Whatever the editor holds, lint returns a sound result: it never throws,
// every range lies inside the text, the same text gives the same result, and
// every finding can be shown and linked. Fixed seed, so a failure reproduces.

const SEED = 20261125;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const EXAMPLES = ['shipping-exceptions-bad.poc.yaml', 'shipping-exceptions-good.poc.yaml'].map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

let inputsLinted = 0;

/** Line lengths as an editor counts them: without the line break (LF, CRLF or a lone CR). */
function assertSound(text: string, result: LintResult): void {
  const lengths = lineLengths(text);
  for (const f of result.findings) {
    const what = `${f.ruleId} ${f.message}`;
    assert.match(f.ruleId, /^POC\d{3}$/);
    assert.ok(SEVERITIES.has(f.severity), `${what}: severity ${f.severity}`);
    assert.ok(f.message.length > 0 && f.name.length > 0, `${f.ruleId} has no message or name`);
    assert.ok(f.docs.endsWith(`#${f.ruleId.toLowerCase()}`), `${what}: docs ${f.docs}`);
    assertInside(f.range, lengths, what);
    for (const e of f.fix?.edits ?? []) assertInside(e.range, lengths, `${what} (fix)`);
  }
  const { overall, verdict } = result.score;
  assert.ok(Number.isInteger(overall) && overall >= 0 && overall <= 100, `overall score ${overall}`);
  assert.ok(verdict === 'ready' || verdict === 'not_ready');
}

/** Lints twice: sound, and deterministic. */
function check(text: string): LintResult {
  const first = lint(text, BASE_OPTIONS);
  inputsLinted++;
  assertSound(text, first);
  assert.deepStrictEqual(lint(text, BASE_OPTIONS), first, 'the same text gave a different result');
  return first;
}

const property = (arb: fc.Arbitrary<string>, numRuns: number) =>
  fc.assert(
    fc.property(arb, (text) => void check(text)),
    { seed: SEED, numRuns },
  );

/** Bits of YAML and of plans, so random text reaches the parser's corners rather than only plain scalars. */
const YAML_TOKENS = fc.constantFrom(
  'poc',
  'data',
  'source',
  'users',
  'pilot_users',
  'metrics',
  'kind',
  'production_plan',
  'hypothesis',
  'decision_date',
  'TODO',
  '2026-13-45',
  '0.1',
  '-1e999',
  ':',
  ': ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '- ',
  '? ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '|',
  '>-',
  '# c',
  '"',
  "'",
  '---',
  '...',
  '%YAML 1.2',
  '<<: *a',
  '\u0000',
  '\ufeff',
  'é',
  '😀',
);
const yamlSoup = fc.array(YAML_TOKENS, { maxLength: 80 }).map((tokens) => tokens.join(''));

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'indent' | 'dedent' | 'insert'; at: number; other: number; chars: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'dedent', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  chars: fc.string({ unit: 'binary', maxLength: 6 }),
});

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const i = m.at % lines.length;
    const j = m.other % lines.length;
    if (m.op === 'delete' && lines.length > 1) lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]);
    else if (m.op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
    else if (m.op === 'indent') lines[i] = ' '.repeat((m.other % 3) + 1) + lines[i];
    else if (m.op === 'dedent') lines[i] = lines[i].replace(/^ {1,2}/, '');
    else lines[i] = lines[i].slice(0, j % (lines[i].length + 1)) + m.chars + lines[i].slice(j % (lines[i].length + 1));
  }
  return lines.join('\n');
}

const mutatedExample = fc.tuple(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([text, ms]) => mutate(text, ms));

describe('lint on any input', function () {
  after(() => console.log(`      (${inputsLinted} inputs linted, each twice, no uncaught error)`));

  it('random unicode text', () => property(fc.string({ unit: 'grapheme', maxLength: 300 }), 200));

  it('binary junk decoded as latin1 and as utf8', () =>
    property(
      fc.tuple(fc.uint8Array({ maxLength: 400 }), fc.boolean()).map(([bytes, latin1]) => Buffer.from(bytes).toString(latin1 ? 'latin1' : 'utf8')),
      300,
    ));

  it('soups of YAML syntax and plan keys', () => property(yamlSoup, 400));

  it('the example plans with lines deleted, duplicated, swapped, re-indented or garbled', () => property(mutatedExample, 200));

  it('deeply nested lists and mappings, block and flow', () =>
    property(
      fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('flow-seq', 'flow-map', 'block-map', 'block-seq')).map(([depth, shape]) => {
        if (shape === 'flow-seq') return `poc: T\ndata: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
        if (shape === 'flow-map') return `poc: T\ndata: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
        if (shape === 'block-map') return 'poc: T\ndata:\n' + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}source:`).join('\n');
        return 'metrics:\n' + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- `).join('\n');
      }),
      40,
    ));

  it('huge single lines', () =>
    property(
      fc.integer({ min: 10_000, max: 300_000 }).map((n) => `poc: ${'x'.repeat(n)}\nowner: ${'#'.repeat(n % 997)}`),
      5,
    ));

  it('alias bombs: nested aliases are reported, not expanded', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const result = check(`poc: Bomb\n${levels.join('\n')}\n`);
    assert.ok(result.findings.some((f) => f.ruleId === 'POC001' && /Aliases expand too far/.test(f.message)));
    const inPlan = check('poc: T\ndata: &d {source: x, owner: y}\nusers: *d\nedge_cases: *d\nintegrations: [*d, *d]\nselfish: &s [*s]\n');
    assert.strictEqual(inPlan.score.verdict, 'not_ready');
  });
});

describe('lint on odd but possible files', () => {
  const rules = (text: string) => [...new Set(check(text).findings.map((f) => f.ruleId))].sort();

  it('an empty file is a plan with everything missing, not an error', () => {
    assert.deepStrictEqual(rules(''), ['POC007', 'POC010', 'POC011']);
  });

  it('a file of only comments reads like an empty one', () => {
    assert.deepStrictEqual(
      check('# draft\n# to do\n').findings.map((f) => f.message),
      check('').findings.map((f) => f.message),
    );
  });

  it('a scalar or a list says what a plan is', () => {
    // The wording is POC002's messages.json golden; here, which message and what it quotes.
    const said = (text: string) => check(text).findings.flatMap((f) => (f.ruleId === 'POC002' ? [[f.messageId, f.data]] : []));
    assert.deepStrictEqual(said('just some text'), [['notAMapping', { actual: '"just some text"' }]]);
    assert.deepStrictEqual(said('- a\n- b\n'), [['notAMapping', { actual: 'a list' }]]);
  });

  it('a second document after `---` is a syntax error, the first is still reviewed', () => {
    const result = check('poc: Triage\n---\npoc: Other\n');
    assert.ok(
      result.findings.some((f) => f.ruleId === 'POC001' && f.range.start.line >= 1),
      'the second document is flagged',
    );
    assert.ok(!result.findings.some((f) => f.ruleId === 'POC010'), 'the first document’s title is read');
  });

  it('a plan over 2 MB is not parsed: one size finding on its first line, not ready', () => {
    const big = EXAMPLES[1] + `notes: |\n${'  padding text for a very long appendix\n'.repeat(55_000)}`;
    assert.ok(Buffer.byteLength(big) > 2_000_000);
    const result = check(big);
    assert.deepStrictEqual(
      result.findings.map((f) => [f.ruleId, f.severity, f.range, f.messageId, f.data]),
      [['POC005', 'info', { start: { line: 0, character: 0 }, end: { line: 0, character: 73 } }, 'tooLarge', { size: '2.2 MB', limit: '1.0 MB' }]],
    );
    assert.strictEqual(result.score.verdict, 'not_ready');
    assert.deepStrictEqual(result.score.reasons, ['The plan is over the size limit, so it was not checked.']);
  });

  it('NUL bytes, a byte-order mark and tab indentation are flagged where they are, never thrown', () => {
    check('poc: a\u0000b\n\u0000: x\n');
    assert.ok(!rules('\ufeffpoc: Triage\nowner: Ops\n').includes('POC010'), 'a BOM does not hide the title');
    const tabs = check('poc: Triage\ndata:\n\tsource: x\n').findings.filter((f) => f.ruleId === 'POC001');
    assert.ok(tabs.length > 0 && tabs.every((f) => f.range.start.line === 2), 'the tab is reported on its line');
  });

  it('old Mac line endings (CR only) still give ranges inside the text', () => {
    check('poc: Triage\rowner: Ops\r');
  });
});
