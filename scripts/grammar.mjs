// Generates syntaxes/poc-plan.tmLanguage.json from the section metadata in
// src/engine/sections.ts, so highlighting knows exactly the keys and enum
// values the engine knows.
//   node scripts/grammar.mjs          write the grammar (npm run generate does too)
//
// Design: plan-specific patterns come first and cover everything a plan uses
// (comments, suppressions, keys, placeholders, scalars, block scalars, flow
// collections), so the grammar stands on its own. What is left (anchors, tags,
// directives, explicit keys) goes to the host's `source.yaml` through
// `yaml-fallback`; where the host has no YAML grammar, vscode-textmate drops
// that rule and the text is simply left plain.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GRAMMAR_PATH = join(root, 'syntaxes/poc-plan.tmLanguage.json');

const loadSections = () => importTs(join(root, 'src/engine/sections.ts'));

const escape = (word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const oneOf = (words) => `(?:${[...new Set(words)].map(escape).join('|')})`;

/** Every key below the top level, and every enum-valued key with its values. */
function childKeys(sections) {
  const keys = [];
  const enums = new Map();
  const walk = (infos) => {
    for (const info of infos) {
      keys.push(info.key);
      if (info.kind === 'enum') enums.set(info.key, info.values);
      walk(info.children ?? []);
    }
  };
  for (const section of sections) walk(section.children ?? []);
  return { keys, enums };
}

// Where a block value ends: end of line, or a comment.
const BLOCK_END = '(?=[ \\t]*$|[ \\t]+#)';
// Where a flow value ends: also a separator or a closing bracket.
const FLOW_END = '(?=[ \\t]*(?:[,\\]}]|$)|[ \\t]+#)';

// Plain scalars: the first character may not be an indicator (YAML 1.2,
// ns-plain-first); `#` only counts inside when glued to the text before it.
const PLAIN_OUT_FIRST = '(?:[^\\s\\-?:,\\[\\]{}#&*!|>\'"%@`]|[-?:](?=\\S))';
const PLAIN_OUT_REST = '(?:[^\\s#]|(?<=\\S)#|[ \\t]+(?=[^\\s#]))*';
const PLAIN_IN_FIRST = '(?:[^\\s\\-?:,\\[\\]{}#&*!|>\'"%@`]|[-?:](?=[^\\s,\\[\\]{}]))';
const PLAIN_IN_REST = '(?:[^\\s#,\\[\\]{}:]|:(?=[^\\s,\\[\\]{}])|(?<=\\S)#|[ \\t]+(?=[^\\s#,\\[\\]{}:]))*';

const DOUBLE_QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const SINGLE_QUOTED = "'(?:[^']|'')*'";
const BLOCK_KEY = `(?:${DOUBLE_QUOTED}|${SINGLE_QUOTED}|${PLAIN_OUT_FIRST}(?:[^\\s:#]|:(?=\\S)|(?<=\\S)#|[ \\t]+(?=[^\\s:#]))*)`;
const FLOW_KEY = `(?:${DOUBLE_QUOTED}|${SINGLE_QUOTED}|${PLAIN_IN_FIRST}${PLAIN_IN_REST})`;

// The engine's isPlaceholderValue (src/engine/document.ts), as Oniguruma patterns.
const PLACEHOLDER_EXACT = '(?i:todo|tbd|\\?+|n/a|\\.\\.\\.|\u2026|-|none yet|to be (?:decided|defined|confirmed|determined))';
// `TBD…`, `TODO…` in capitals, or `todo:`: "Todo comentario…" is Spanish for "every comment".
const PLACEHOLDER_PREFIX = '(?:(?i:tbd)(?![a-zA-Z])|TODO(?![a-zA-Z])|(?i:todo)[ \\t]*[:(\\-\u2013\u2014])';

const PLACEHOLDER = 'invalid.deprecated.placeholder.poc-plan';
const KEY = 'entity.name.tag.yaml';
const COLON = { name: 'punctuation.separator.key-value.mapping.yaml' };
const DASH = { name: 'punctuation.definition.block.sequence.item.yaml' };
const KEY_NAME = { patterns: [{ include: '#key-name' }] };
const COMMENT = { patterns: [{ include: '#comment' }] };

/** Scalars in block (`out`) or flow (`in`) context; each must fill the value up to `end`. */
function scalars(context, end, plain) {
  return [
    { match: `${PLACEHOLDER_EXACT}${end}`, name: PLACEHOLDER },
    { match: `${PLACEHOLDER_PREFIX}${plain.rest}`, name: PLACEHOLDER },
    // null is "not written" to the engine too.
    { match: `(?:null|Null|NULL|~)${end}`, name: `constant.language.null.yaml ${PLACEHOLDER}` },
    { match: `(?:true|True|TRUE|false|False|FALSE)${end}`, name: 'constant.language.boolean.yaml' },
    {
      match: `[0-9]{4}-[0-9]{2}-[0-9]{2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?${end}`,
      name: 'constant.numeric.date.poc-plan',
    },
    { match: `(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)${end}`, name: 'constant.numeric.integer.yaml' },
    {
      match: `(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))${end}`,
      name: 'constant.numeric.float.yaml',
    },
    // An empty quoted string is as unwritten as an empty value.
    { match: `(?:"[ \\t]*"|'[ \\t]*')${end}`, name: `string.quoted.yaml ${PLACEHOLDER}` },
    { include: '#double-quoted' },
    { include: '#single-quoted' },
    { include: '#flow-mapping' },
    { include: '#flow-sequence' },
    { match: `${plain.first}${plain.rest}`, name: `string.unquoted.plain.${context}.yaml` },
  ];
}

// Oniguruma and JavaScript agree on these patterns' groups, so JavaScript can count them.
const capturingGroups = (pattern) => new RegExp(`${pattern}|`).exec('').length - 1;

/** A bracketed or quoted region, its delimiters scoped `punctuation.definition.<what>.begin/end`. */
function delimited(begin, end, what, name, patterns) {
  return {
    begin,
    beginCaptures: { 0: { name: `punctuation.definition.${what}.begin.yaml` } },
    end,
    endCaptures: { 0: { name: `punctuation.definition.${what}.end.yaml` } },
    name,
    patterns,
  };
}

/** The whole content of a quoted string, when it is a placeholder; `close` looks ahead at the closing quote. */
function quotedPlaceholder(close, char) {
  return { match: `\\G[ \\t]*(?:${PLACEHOLDER_EXACT}[ \\t]*${close}|${PLACEHOLDER_PREFIX}${char}*${close})`, name: PLACEHOLDER };
}

/** `key: |` and `- |`: the header, then every line indented deeper than the entry is the body. */
function blockScalar(prefix, prefixCaptures, bodyIndent) {
  const at = capturingGroups(prefix) + 1;
  return {
    begin: `^${prefix}([|>])((?:[1-9][-+]?|[-+][1-9]?)?)(?:[ \\t]+(#.*))?[ \\t]*$`,
    beginCaptures: {
      ...prefixCaptures,
      [at]: { name: 'keyword.control.flow.block-scalar.yaml' },
      [at + 1]: { name: 'storage.modifier.chomping-indicator.yaml' },
      [at + 2]: COMMENT,
    },
    while: `^(?=${bodyIndent}[ \\t]+\\S|[ \\t]*$)`,
    contentName: 'string.unquoted.block.yaml',
  };
}

/** A `key: value` line, optionally a list item; `values` are tried before the generic ones. */
function entry(keyPattern, values = []) {
  return {
    begin: `^([ \\t]*)(?:(-)[ \\t]+)?(${keyPattern})[ \\t]*(:)(?=[ \\t]|$)`,
    beginCaptures: { 2: DASH, 3: KEY_NAME, 4: COLON },
    end: '$',
    patterns: [...values, { include: '#block-value' }],
  };
}

function buildGrammar({ SECTIONS }) {
  const { keys: nested, enums } = childKeys(SECTIONS);
  const enumEntries = [...enums].map(([key, values]) => entry(escape(key), [{ match: `${oneOf(values)}${BLOCK_END}`, name: 'constant.language.enum.poc-plan' }]));
  return {
    information_for_contributors: [
      'Generated by scripts/grammar.mjs from the section metadata in src/engine/sections.ts.',
      'Edit the generator and run `node scripts/grammar.mjs`; do not edit this file.',
    ],
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'POC Plan',
    scopeName: 'source.poc-plan',
    fileTypes: ['poc.yaml', 'poc.yml'],
    patterns: [
      { include: '#comment' },
      { include: '#document-marker' },
      { include: '#block-scalar' },
      ...enumEntries,
      entry(BLOCK_KEY),
      {
        begin: '^[ \\t]*(-)(?=[ \\t]|$)',
        beginCaptures: { 1: DASH },
        end: '$',
        patterns: [{ include: '#block-value' }],
      },
      // Lines no entry claims, such as the continuation of a multi-line plain scalar.
      { include: '#block-value' },
    ],
    repository: {
      comment: {
        begin: '(?:^|(?<=[ \\t]))(#)',
        beginCaptures: { 1: { name: 'punctuation.definition.comment.yaml' } },
        end: '$',
        name: 'comment.line.number-sign.yaml',
        patterns: [
          {
            // The engine's DIRECTIVE (src/engine/suppressions.ts).
            match: '(?<=#)[ \\t]*(poc-readiness-disable(?:-next-line)?)(?=[ \\t]|$)([^#]*)',
            captures: {
              1: { name: 'keyword.control.directive.suppression.poc-plan' },
              2: {
                patterns: [
                  { match: '[A-Za-z][\\w/-]*', name: 'constant.other.rule-id.poc-plan' },
                  { match: ',', name: 'punctuation.separator.rule-id.poc-plan' },
                ],
              },
            },
          },
        ],
      },
      'document-marker': {
        patterns: [
          { match: '^---(?=[ \\t]|$)', name: 'entity.other.document.begin.yaml' },
          { match: '^\\.\\.\\.(?=[ \\t]|$)', name: 'entity.other.document.end.yaml' },
        ],
      },
      // Retokenizes a key captured by an entry: the capture ends at the key, so `$` is its end.
      'key-name': {
        patterns: [
          { match: `^${oneOf(SECTIONS.map((s) => s.key))}$`, name: `${KEY} entity.name.tag.section.poc-plan` },
          { match: `(?<=[ \\t{,])${oneOf(nested)}$`, name: `${KEY} entity.name.tag.known.poc-plan` },
          { match: '.+', name: `${KEY} entity.name.tag.other.poc-plan` },
        ],
      },
      'block-scalar': {
        patterns: [
          blockScalar(`([ \\t]*)(${BLOCK_KEY})[ \\t]*(:)[ \\t]+`, { 2: KEY_NAME, 3: COLON }, '\\1'),
          // In `- key: |` the body sits deeper than the key, so the dash counts as indentation.
          blockScalar(`([ \\t]*)(-)([ \\t]+)(${BLOCK_KEY})[ \\t]*(:)[ \\t]+`, { 2: DASH, 4: KEY_NAME, 5: COLON }, '\\1[ \\t]\\3'),
          blockScalar('([ \\t]*)(-)[ \\t]+', { 2: DASH }, '\\1'),
        ],
      },
      'block-value': {
        patterns: [{ include: '#comment' }, ...scalars('out', BLOCK_END, { first: PLAIN_OUT_FIRST, rest: PLAIN_OUT_REST }), { include: '#yaml-fallback' }],
      },
      'flow-content': {
        patterns: [
          { include: '#comment' },
          {
            match: `(${FLOW_KEY})[ \\t]*(:)(?=[\\s,\\[\\]{}]|$)`,
            captures: { 1: KEY_NAME, 2: COLON },
          },
          ...scalars('in', FLOW_END, { first: PLAIN_IN_FIRST, rest: PLAIN_IN_REST }),
        ],
      },
      'flow-mapping': delimited('\\{', '\\}', 'mapping', 'meta.flow-mapping.yaml', [{ match: ',', name: 'punctuation.separator.mapping.yaml' }, { include: '#flow-content' }]),
      'flow-sequence': delimited('\\[', '\\]', 'sequence', 'meta.flow-sequence.yaml', [{ match: ',', name: 'punctuation.separator.sequence.yaml' }, { include: '#flow-content' }]),
      'double-quoted': delimited('"', '"', 'string', 'string.quoted.double.yaml', [quotedPlaceholder('(?=")', '(?:[^"\\\\]|\\\\.)'), { match: '\\\\.', name: 'constant.character.escape.yaml' }]),
      'single-quoted': delimited("'", "'(?!')", 'string', 'string.quoted.single.yaml', [
        quotedPlaceholder("(?='(?!'))", "(?:[^']|'')"),
        { match: "''", name: 'constant.character.escape.single-quote.yaml' },
      ]),
      // Never at the very start of the document: the host grammar's `\A` rule would claim the whole file.
      'yaml-fallback': {
        begin: '(?!\\A)(?=\\S)',
        end: '$',
        patterns: [{ include: 'source.yaml' }],
      },
    },
  };
}

/** The grammar file's text, from the current section metadata. */
export async function grammarText() {
  return JSON.stringify(buildGrammar(await loadSections()), null, 2) + '\n';
}

// Run directly, it writes the grammar; `npm run generate` writes it with the other generated files.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GRAMMAR_PATH, await grammarText());
  console.log(`Wrote ${GRAMMAR_PATH}`);
}
