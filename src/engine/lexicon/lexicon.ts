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
// Every entry carries an example sentence that must match it (a unit test
// walks them all), so an entry nobody can explain does not get in.

export type Language = 'en' | 'de' | 'fr' | 'es' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'nl'];

export interface Entry {
  phrase: string;
  /** A sentence from a plan that says it. */
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

const LETTER = String.raw`[\p{L}\p{N}_]`;
const BEFORE = String.raw`(?<!${LETTER})`;
const AFTER = String.raw`(?!${LETTER})`;
const GAP = String.raw`(?:\s+[^\s]+){0,6}?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => (c === '-' ? '[-\\s]?' : '\\' + c));

function word(token: string): string {
  if (token.endsWith('*') && token.length > 1) return escape(token.slice(0, -1)) + String.raw`${LETTER}*`;
  return escape(token);
}

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
    const sep = index === 0 || 'gap' in sequence[index - 1] ? (index === 0 ? '' : String.raw`\s+`) : 'word' in item && /^[,;:]$/.test(item.word) ? String.raw`\s*` : String.raw`\s+`;
    if ('gap' in item) out += GAP;
    else if ('word' in item) out += sep + word(item.word);
    else {
      const group = `(?:${item.alternatives.map(compile).join('|')})`;
      out += item.optional ? `(?:${sep}${group})?` : sep + group;
    }
  });
  return out;
}

/** Turns one phrase into a regular-expression source. */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().match(/\)\?|[()|…]|[^\s()|…]+/g) ?? [];
  const body = parse(tokens, { i: 0 }).map(compile).join('|');
  return `${BEFORE}(?:${body})${AFTER}`;
}

export interface Match {
  text: string;
  index: number;
}

export function lexicon(name: string, data: LexiconData): Lexicon {
  const sources = LANGUAGES.flatMap((l) => data[l].map((e) => phraseSource(e.phrase)));
  const source = sources.length ? sources.join('|') : '(?!)';
  const first = new RegExp(source, 'iu');
  const all = new RegExp(source, 'giu');
  const tidy = (s: string) => s.replace(/\s+/g, ' ');
  return {
    name,
    data,
    find(text) {
      const m = first.exec(prepare(text));
      return m ? tidy(m[0]) : undefined;
    },
    findAll(text) {
      return this.matches(text).map((m) => m.text);
    },
    matches(text) {
      return [...prepare(text).matchAll(all)].map((m) => ({ text: tidy(m[0]), index: m.index ?? 0 }));
    },
    compileEntry(entry) {
      return new RegExp(phraseSource(entry.phrase), 'iu');
    },
  };
}

/** Negation words that undo a phrase just after them ("not cleaned by hand"). */
export const NEGATIONS = lexicon('negation', {
  en: [
    { phrase: '(not|no|never|without|nor|nothing|none|nobody|no one)', example: 'The data is not cleaned by hand.' },
  ],
  de: [{ phrase: '(nicht|kein|keine|keinen|ohne|nie|niemals|nichts)', example: 'Die Daten werden nicht bereinigt.' }],
  fr: [{ phrase: '(pas|non|sans|jamais|aucun|aucune|rien|ne)', example: 'Les données ne sont pas nettoyées.' }],
  es: [{ phrase: '(no|sin|nunca|ningún|ninguna|nada|nadie)', example: 'Los datos no se limpian a mano.' }],
  nl: [{ phrase: '(niet|geen|zonder|nooit|niets|niemand)', example: 'De data worden niet opgeschoond.' }],
});

/**
 * The first match of `lex` in `text` that no negation just before it, in the
 * same clause, undoes ("not cleaned by hand", "ohne Bereinigung").
 */
export function findAffirmed(lex: Lexicon, text: string): string | undefined {
  for (const m of lex.matches(text)) {
    const clause = text.slice(Math.max(0, m.index - 60), m.index).split(/[.;:,!?()]/).pop() ?? '';
    const before = clause.trim().split(/\s+/).slice(-3).join(' ');
    if (!NEGATIONS.find(before)) return m.text;
  }
  return undefined;
}
