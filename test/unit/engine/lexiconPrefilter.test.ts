import * as assert from 'assert';
import { AFTER_THE_RESULTS, CONTINUES_AFTER, DEFERRAL, SETTLED_LATER } from '../../../src/engine/lexicon/deferral';
import { BUILDS_THE_FEED, HAND_CURATED, NOT_A_PRODUCTION_FEED } from '../../../src/engine/lexicon/data';
import { BY_SEGMENT, OFFLINE_MEASURE } from '../../../src/engine/lexicon/evaluation';
import { COMPARISON, DECIDES_NOTHING, NUMBER_WORD, POINT_IN_TIME, SOFT_REACTION, STOP } from '../../../src/engine/lexicon/hypothesis';
import { LANGUAGES, LATIN_WORD_CHAR, Lexicon, lexicon, LexiconData, Match, NEGATIONS, phraseSource, withLatinLetters } from '../../../src/engine/lexicon/lexicon';
import { AFFECTED_GROUPS, DECIDES_ABOUT_PEOPLE, DECIDES_WITHOUT_A_PERSON, MANAGER_ROLE, REVIEW_BY_EXCEPTION, WORKING_ROLE } from '../../../src/engine/lexicon/people';
import { SYSTEM_KIND, SYSTEM_NAME } from '../../../src/engine/lexicon/systems';
import { BESIDE_THE_WORK, REPLAYED_TO_USERS } from '../../../src/engine/lexicon/workflow';

const ALL: readonly Lexicon[] = [
  DEFERRAL,
  SETTLED_LATER,
  AFTER_THE_RESULTS,
  CONTINUES_AFTER,
  REVIEW_BY_EXCEPTION,
  DECIDES_NOTHING,
  SOFT_REACTION,
  STOP,
  NUMBER_WORD,
  POINT_IN_TIME,
  COMPARISON,
  NOT_A_PRODUCTION_FEED,
  HAND_CURATED,
  BUILDS_THE_FEED,
  MANAGER_ROLE,
  WORKING_ROLE,
  DECIDES_ABOUT_PEOPLE,
  DECIDES_WITHOUT_A_PERSON,
  AFFECTED_GROUPS,
  OFFLINE_MEASURE,
  BY_SEGMENT,
  SYSTEM_NAME,
  SYSTEM_KIND,
  BESIDE_THE_WORK,
  REPLAYED_TO_USERS,
  NEGATIONS,
];

/**
 * The lexicon as it read texts before its pre-filter: every phrase in one
 * union, run over the whole text (lower-cased, or case-folded where
 * lower-casing moves offsets). The pre-filter must change no match.
 */
const REFERENCE = new Map<LexiconData, Map<string, RegExp>>();
function referencePattern(data: LexiconData, flags: string): RegExp {
  const byFlags = REFERENCE.get(data) ?? new Map<string, RegExp>();
  REFERENCE.set(data, byFlags);
  let pattern = byFlags.get(flags);
  if (!pattern) {
    // Word boundaries as Unicode has them, as the patterns wrote them before they named Latin script's letters.
    const sources = LANGUAGES.flatMap((l) =>
      data[l].map((e) =>
        phraseSource(e.phrase)
          .split(LATIN_WORD_CHAR)
          .join(String.raw`\p{L}\p{N}_`),
      ),
    );
    pattern = new RegExp(sources.length ? sources.join('|') : '(?!)', flags);
    byFlags.set(flags, pattern);
  }
  return pattern;
}

function wholeUnion(data: LexiconData, text: string): Match[] {
  const original = text.slice(0, 4000).replace(/[’‘]/g, "'");
  const lower = original.toLowerCase();
  const sameLength = lower.length === original.length;
  const pattern = referencePattern(data, sameLength ? 'gu' : 'giu');
  pattern.lastIndex = 0;
  const subject = sameLength ? lower : original;
  const out: Match[] = [];
  for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
    out.push({ text: original.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' '), index: m.index });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

const EXAMPLES = ALL.flatMap((lex) => LANGUAGES.flatMap((l) => lex.data[l].map((e) => e.example)));

describe('lexicons: the pre-filter changes no match', () => {
  for (const lex of ALL) {
    it(`${lex.name}: every example of every lexicon, as written, in capitals and run together, matches as the whole union does`, () => {
      const texts = [...EXAMPLES, ...EXAMPLES.map((t) => t.toUpperCase()), EXAMPLES.join(' ')];
      const differ = texts.filter((t) => JSON.stringify(lex.matches(t)) !== JSON.stringify(wholeUnion(lex.data, t)));
      assert.deepStrictEqual(differ.slice(0, 3), []);
      // The examples of this lexicon are found: a filter that let nothing through would pass the comparison only on the others.
      for (const l of LANGUAGES) for (const e of lex.data[l]) assert.ok(lex.find(e.example), `${lex.name} does not find "${e.example}"`);
    });
  }

  const entry = (phrase: string) => ({ phrase, example: '' });
  const TEST = lexicon('test', {
    en: [entry('*leitung'), entry('reassess*'), entry('re-labelled'), entry("let's see"), entry('(sign|signed) off'), entry('ok')],
    de: [entry('(ausloten|herausfinden) , ob'), entry('freigabe (erst)? … später')],
    fr: [entry('au cas par cas')],
    es: [entry('(to be)? decided $')],
    nl: [],
  });
  const cases: Array<[string, string[]]> = [
    ['Die Teamleitung und die Bereichs-Leitung entscheiden.', ['Teamleitung', 'Bereichs-Leitung']],
    ['LEITUNG', ['LEITUNG']],
    ['We REASSESS, then reassessment.', ['REASSESS', 'reassessment']],
    ['Relabelled, re-labelled and re labelled.', ['Relabelled', 're-labelled', 're labelled']],
    // Curly apostrophes are read (and quoted) straight.
    ['Let’s see and LET‘S SEE.', ["Let's see", "LET'S SEE"]],
    ['Signed off; sign   off.', ['Signed off', 'sign off']],
    ['OK', ['OK']],
    ['okay, broken', []],
    ['Wir wollen herausfinden, ob es geht.', ['herausfinden, ob']],
    ['Freigabe kommt später.', ['Freigabe kommt später']],
    ['Die Freigabe erst viel später.', ['Freigabe erst viel später']],
    // A comma between the words of a phrase is read as a space ("En pratique, ce sont").
    ['Freigabe, später.', ['Freigabe, später']],
    ['Au cas par cas.', ['Au cas par cas']],
    ['To be decided.', ['To be decided']],
    ['decided by the board', []],
    // Lower-casing İ moves offsets: such a text is read case-folded, unfiltered.
    ['İstanbul: sign off by the Teamleitung.', ['sign off', 'Teamleitung']],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    it(`edge case: "${text}"`, () => {
      assert.deepStrictEqual(TEST.findAll(text), expected);
      assert.deepStrictEqual(TEST.matches(text), wholeUnion(TEST.data, text));
      assert.strictEqual(TEST.find(text), expected[0]);
    });
  }

  // Greek, Cyrillic, CJK, an astral letter (two code units) and Arabic digits, glued to the words of examples.
  const GLUE = ['Ω', 'Ж', '日本', '𝐀', '٣'];
  const glued = (e: string, i: number) => {
    const g = GLUE[i % GLUE.length];
    return [g + e, e.replace(/\s/g, ` ${g}`), e.replace(/(\S)(\s|$)/g, `$1${g}$2`), e.replace(/\s/, ` ${g} `)];
  };
  for (const lex of ALL) {
    it(`${lex.name}: letters and digits beyond Latin script are word characters, as Unicode has them (the patterns name Latin script only)`, () => {
      // Its own examples glued four ways, and one in twenty of the others.
      const own = LANGUAGES.flatMap((l) => lex.data[l].map((e) => e.example));
      const texts = [...own.flatMap(glued), ...EXAMPLES.filter((_, i) => i % 20 === 0).map((e, i) => glued(e, i)[i % 4])];
      const differ = texts.filter((t) => JSON.stringify(lex.matches(t)) !== JSON.stringify(wholeUnion(lex.data, t)));
      assert.deepStrictEqual(differ.slice(0, 3), []);
    });
  }

  it('a compound may begin with any letter; a word glued to a letter beyond Latin script is no match', () => {
    const text = 'Ωleitung, Teamleitung日本, ok𝐀, ok 𝐀 ok';
    assert.deepStrictEqual(TEST.findAll(text), ['Ωleitung', 'ok', 'ok']);
    assert.deepStrictEqual(TEST.matches(text), wholeUnion(TEST.data, text));
  });

  it('reads each letter or digit beyond Latin script as ª, code unit for code unit, and leaves everything else', () => {
    assert.strictEqual(withLatinLetters('Straße, œuvre, café, 10 µm ² ½ _x'), 'Straße, œuvre, café, 10 µm ² ½ _x');
    assert.strictEqual(withLatinLetters('Ωmega Жук 日本 𝐀x ٣ — “ok” 🙂 …'), 'ªmega ªªª ªª ªªx ª — “ok” 🙂 …');
  });

  it("every phrase is written in Latin script (U+0000 to U+024F, with … and ’), where the patterns' word boundaries are exact", () => {
    const beyond = ALL.flatMap((lex) => LANGUAGES.flatMap((l) => lex.data[l].map((e) => e.phrase))).filter((p) => [...p].some((c) => c.codePointAt(0)! >= 0x250 && c !== '…' && c !== '’'));
    assert.deepStrictEqual(beyond, []);
  });

  it('a text that moves between phrases is read afresh each time (compiled unions are per set of phrases)', () => {
    for (let i = 0; i < 600; i++) {
      const text = i % 3 === 0 ? `case ${i}: OK, signed off` : i % 3 === 1 ? `reassessed ${i} times` : `nothing ${i}`;
      assert.deepStrictEqual(TEST.matches(text), wholeUnion(TEST.data, text), text);
    }
  });
});
