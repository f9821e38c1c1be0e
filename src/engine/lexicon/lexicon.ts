// The words the rules read, as data. A lexicon is one concept (a deferral, a
// manager's title, an offline metric...) in each language a plan may be written
// in; rules ask a lexicon whether a text says it and quote what matched.
//
// Phrase syntax, kept small so a reviewer can read and extend an entry:
//   words          matched as whole words, case-insensitively, any whitespace between
//   (a|b c)        one of the alternatives
//   …              a gap of up to six words (German puts the verb last)
//   word*          a word starting with `word` (`reassess*`: reassess, reassessing, reassessment)
//   (a|b)?         an optional group
//   *word          a word ending in `word` (`*leitung`: Teamleitung, Bereichsleitung)
//   phrase $       the phrase ends a clause ("SAP later." but not "agents who later process it")
// Every entry carries an example sentence that must match it (a unit test
// walks them all), so an entry nobody can explain does not get in.

export type Language = 'en' | 'de' | 'fr' | 'es' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'nl'];

export interface Entry {
  phrase: string;
  /** A sentence from a plan that says it: checked by the tests, left out of the bundles. */
  example: string;
}

export type LexiconData = Readonly<Record<Language, readonly Entry[]>>;

export interface Lexicon {
  readonly name: string;
  readonly data: LexiconData;
  /** The first phrase the text says (as written in the text), or undefined. */
  find(text: string): string | undefined;
  /** Every match, in text order. */
  findAll(text: string): string[];
  /** Every match with its offset, in text order. */
  matches(text: string): Match[];
  /** The pattern of one entry, for the tests. */
  compileEntry(entry: Entry): RegExp;
}

// Texts are read up to this many characters: a plan value is a sentence or
// a paragraph, and the cost of a lint stays linear in a huge one.
const MAX_TEXT = 4000;

/** The text as the patterns read it: capped, curly apostrophes made straight (same length, same offsets). */
const prepare = (text: string) => text.slice(0, MAX_TEXT).replace(/[’‘]/g, "'");

// Rules ask several lexicons about the same value in a row: the last text's
// reading (prepared and lower-cased) is kept for the next one.
let lastText: string | undefined;
let lastReading = { original: '', lower: '' };
function reading(text: string): { original: string; lower: string } {
  if (text !== lastText) {
    const original = prepare(text);
    lastReading = { original, lower: original.toLowerCase() };
    lastText = text;
  }
  return lastReading;
}

const LETTER = String.raw`[\p{L}\p{N}_]`;
const BEFORE = String.raw`(?<!${LETTER})`;
const AFTER = String.raw`(?!${LETTER})`;
/** The rest of a compound word, hyphenated or not (Urgentie-inschatting). */
const COMPOUND = String.raw`[\p{L}\p{N}_-]*`;
const GAP = String.raw`(?:[,;:]?\s+[^\s]+){0,6}?`;
/** Between two words: whitespace (after a comma too: "En pratique, ce sont"), or nothing after an apostrophe. */
const SPACE = String.raw`(?:[,;:]?\s+|(?<='))`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => (c === '-' ? '[-\\s]?' : '\\' + c));

function word(token: string): string {
  // `*leitung` ends a compound (Teamleitung), `reassess*` starts one.
  const head = token.startsWith('*') && token.length > 1 ? COMPOUND : '';
  const core = head ? token.slice(1) : token;
  if (core.endsWith('*') && core.length > 1) return head + escape(core.slice(0, -1)) + COMPOUND;
  return head + escape(core);
}

/** Where a clause ends: the text's end, a stop or comma, or a conjunction that starts the next one. */
const CLAUSE_END = String.raw`(?=\s*(?:$|[.;,!?)]|\s(?:once|when|if|until|and|or|but|sobald|wenn|und|oder|une fois|quand|et|ou|cuando|y|o|zodra|als|en|of)(?!${LETTER})))`;

type Item = { word: string } | { gap: true } | { alternatives: Item[][]; optional: boolean };

/** Parses a phrase into items: words, gaps and (optional) groups of alternatives. */
function parse(tokens: string[], at: { i: number }): Item[][] {
  const alternatives: Item[][] = [[]];
  while (at.i < tokens.length) {
    const t = tokens[at.i++];
    if (t === ')' || t === ')?') {
      at.i--;
      break;
    }
    const current = alternatives[alternatives.length - 1];
    if (t === '|') alternatives.push([]);
    else if (t === '…') current.push({ gap: true });
    else if (t === '(') {
      const inner = parse(tokens, at);
      const close = tokens[at.i++];
      current.push({ alternatives: inner, optional: close === ')?' });
    } else current.push({ word: t });
  }
  return alternatives;
}

function compile(sequence: Item[]): string {
  let out = '';
  sequence.forEach((item, index) => {
    // Words are separated by whitespace; punctuation may follow a word directly.
    // After an elided article ("l'", "d'") the next word follows directly: "par l'éditeur".
    const sep = index === 0 || 'gap' in sequence[index - 1] ? (index === 0 ? '' : SPACE) : 'word' in item && /^[,;:]$/.test(item.word) ? String.raw`\s*` : SPACE;
    if ('gap' in item) out += GAP;
    else if ('word' in item) out += sep + word(item.word);
    else {
      const group = `(?:${item.alternatives.map(compile).join('|')})`;
      out += item.optional ? `(?:${sep}${group})?` : sep + group;
    }
  });
  return out;
}

/**
 * The pattern of one phrase without the word boundaries around it, which the
 * union shares: `(?:a X|b X)` matches as `(?:a|b)X` does, and V8 builds each
 * written `\p{L}` class afresh (334 phrases took 0.3 s to compile).
 */
function phraseBody(phrase: string): string {
  const atEnd = /\s\$$/.test(phrase);
  const tokens =
    phrase
      .replace(/\s\$$/, '')
      .trim()
      .toLowerCase()
      .match(/\)\?|[()|…]|[^\s()|…]+/g) ?? [];
  const body = parse(tokens, { i: 0 }).map(compile).join('|');
  // Both are lookarounds at the same place: their order does not matter.
  return `(?:${body})${atEnd ? CLAUSE_END : ''}`;
}

/** Turns one phrase into a regular-expression source. */
export function phraseSource(phrase: string): string {
  return BEFORE + phraseBody(phrase) + AFTER;
}

export interface Match {
  text: string;
  index: number;
}

export function lexicon(name: string, data: LexiconData): Lexicon {
  // One boundary on each side of the union: the engine then tries the
  // alternatives only where a word starts. Phrases are lower-cased and the
  // text too, which is much cheaper than case-insensitive Unicode matching.
  // Compiled on first use (each costs milliseconds), the case-folding one
  // only for the rare text that needs it.
  let source: string | undefined;
  const sourceOf = () => (source ??= ((bodies) => (bodies.length ? `${BEFORE}(?:${bodies.join('|')})${AFTER}` : '(?!)'))(LANGUAGES.flatMap((l) => data[l].map((e) => phraseBody(e.phrase)))));
  let all: RegExp | undefined;
  let folded: RegExp | undefined;
  const tidy = (s: string) => s.replace(/\s+/g, ' ');
  // Lower-casing keeps offsets except for a few letters (İ): those texts take the slow path.
  const read = (text: string) => {
    const { original, lower } = reading(text);
    const [subject, pattern] = lower.length === original.length ? [lower, (all ??= new RegExp(sourceOf(), 'gu'))] : [original, (folded ??= new RegExp(sourceOf(), 'giu'))];
    pattern.lastIndex = 0;
    return { original, subject, pattern };
  };
  const matches = (text: string): Match[] => {
    const { original, subject, pattern } = read(text);
    const out: Match[] = [];
    for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
      out.push({ text: tidy(original.slice(m.index, m.index + m[0].length)), index: m.index });
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return out;
  };
  return {
    name,
    data,
    find(text) {
      const { original, subject, pattern } = read(text);
      const m = pattern.exec(subject);
      return m ? tidy(original.slice(m.index, m.index + m[0].length)) : undefined;
    },
    findAll(text) {
      return matches(text).map((m) => m.text);
    },
    matches,
    compileEntry(entry) {
      return new RegExp(phraseSource(entry.phrase), 'iu');
    },
  };
}

/** How many words before a phrase a negation still undoes it. */
const NEGATION_REACH = 5;

/** Negation words that undo a phrase just after them ("not cleaned by hand"). */
export const NEGATIONS = lexicon('negation', {
  en: [{ phrase: '(not|no|never|without|nor|nothing|none|nobody|no one)', example: 'The data is not cleaned by hand.' }],
  de: [{ phrase: '(nicht|kein|keine|keinen|ohne|nie|niemals|nichts|weder)', example: 'Die Daten werden nicht bereinigt.' }],
  fr: [{ phrase: '(pas|non|sans|jamais|aucun|aucune|rien|ne|ni)', example: 'Les données ne sont pas nettoyées.' }],
  es: [{ phrase: '(no|sin|nunca|ningún|ninguna|nada|nadie|ni)', example: 'Los datos no se limpian a mano.' }],
  nl: [{ phrase: '(niet|geen|zonder|nooit|niets|niemand)', example: 'De data worden niet opgeschoond.' }],
});

/**
 * The first match of `lex` in `text` that no negation just before it, in the
 * same clause, undoes ("not cleaned by hand", "ohne Bereinigung").
 */
export function findAffirmed(lex: Lexicon, text: string): string | undefined {
  for (const m of lex.matches(text)) {
    const clause =
      text
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/[.;:,!?()]/)
        .pop() ?? '';
    // Up to five words back: "no se trata de una extracción puntual", "ni de un conjunto limpiado a mano".
    const before = clause.trim().split(/\s+/).slice(-NEGATION_REACH).join(' ');
    if (!NEGATIONS.find(before)) return m.text;
  }
  return undefined;
}
