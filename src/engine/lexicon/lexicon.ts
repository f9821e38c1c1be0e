// The words the rules read, as data. A lexicon is one concept (a deferral, a
// manager's title, an offline metric...) in each language a plan may be written
// in; rules ask a lexicon whether a text says it and quote what matched.
//
// Phrase syntax, kept small so a reviewer can read and extend an entry:
//   words          matched as whole words, case-insensitively, any whitespace between
//   (a|b c)        one of the alternatives
//   …              a gap of up to GAP_WORDS (nine) words (German puts the verb last)
//   word*          a word starting with `word` (`reassess*`: reassess, reassessing, reassessment)
//   (a|b)?         an optional group
//   *word          a word ending in `word` (`*leitung`: Teamleitung, Bereichsleitung)
//   phrase $       the phrase ends a clause ("SAP later." but not "agents who later process it")
// Every entry carries an example sentence that must match it (a unit test
// walks them all), so an entry nobody can explain does not get in.

import { PACKED } from './packed';
import { inflateBase64 } from './unpack';

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
// reading (prepared and lower-cased) is kept for the next one, and with it the
// openings the pre-filter checks (see `openings`), built on first ask.
interface Openings {
  at: number[];
  one: number[];
  two: number[];
  three: number[];
}
interface Reading {
  original: string;
  lower: string;
  openings?: Openings;
}
let lastText: string | undefined;
let lastReading!: Reading;
function reading(text: string): Reading {
  if (text !== lastText) {
    const original = prepare(text);
    lastReading = { original, lower: withLatinLetters(original.toLowerCase()) };
    lastText = text;
  }
  return lastReading;
}

// Word boundaries in the patterns. V8 builds a `\p{L}` class afresh in every
// pattern that writes one, at about 0.1 ms each: a union of a few phrases cost
// milliseconds to compile, on the first lint of a process and for every new
// text in the editor. The patterns therefore name the letters, digits and `_`
// of Latin script (U+0000 to U+024F, where every phrase's characters are) as
// an explicit class, and a text's other letters and digits are each read as
// `ª` (a letter of that class, in no phrase): the same boundaries, the same
// offsets, the same matches, and nothing of Unicode's tables in the patterns.
const LATIN_END = 0x250;
export const LATIN_WORD_CHAR = (() => {
  const isWordChar = /[\p{L}\p{N}_]/u;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0; c < LATIN_END; c++) {
    if (!isWordChar.test(String.fromCharCode(c)) || (c > 0 && isWordChar.test(String.fromCharCode(c - 1)))) continue;
    let end = c;
    while (end + 1 < LATIN_END && isWordChar.test(String.fromCharCode(end + 1))) end++;
    out += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
  }
  return out;
})();
const BEYOND_LATIN = /[\u0250-\uffff]/;
let otherWordChars: RegExp | undefined;
/** `text` with each letter or digit beyond Latin script read as `ª`, code unit for code unit (see LATIN_WORD_CHAR). */
export function withLatinLetters(text: string): string {
  if (!BEYOND_LATIN.test(text)) return text;
  otherWordChars ??= /(?=[\u0250-\u{10ffff}])[\p{L}\p{N}]/gu;
  return text.replace(otherWordChars, (c) => (c.length === 2 ? 'ªª' : 'ª'));
}

/** `[A-Za-z0-9_]`: letters to the boundary `(?<![\p{L}\p{N}_])`, so a word of a phrase may begin after anything else. */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

// The first one, two or three code units of a word hashed to a small
// integer, for a Map look-up without a string. Hashes may collide: a hit is
// checked against the word itself.
const hash1 = (c0: number) => c0 + 1;
const hash2 = (c0: number, c1: number) => (Math.imul(c0 + 1, 65599) + c1) & 0x3fffffff;
const hash3 = (c0: number, c1: number, c2: number) => (Math.imul(hash2(c0, c1), 65599) + c2) & 0x3fffffff;
const hashOf = (s: string) => (s.length === 1 ? hash1(s.charCodeAt(0)) : s.length === 2 ? hash2(s.charCodeAt(0), s.charCodeAt(1)) : hash3(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2)));

/**
 * Where a word of a phrase may begin in the text: after a character that is
 * not an ASCII letter, digit or `_` (and not on whitespace). More places than
 * the union's Unicode boundary allows (after `é`, say), never fewer. With
 * each place, the hashes of its first one, two and three code units (-1
 * past the end), worked out once for all the lexicons that read the text.
 */
function openingsOf(r: Reading): Openings {
  if (r.openings) return r.openings;
  const lower = r.lower;
  const found: Openings = { at: [], one: [], two: [], three: [] };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (i > 0 && isAsciiWordChar(lower.charCodeAt(i - 1)))) continue;
    const c1 = i + 1 < lower.length ? lower.charCodeAt(i + 1) : -1;
    const c2 = i + 2 < lower.length ? lower.charCodeAt(i + 2) : -1;
    found.at.push(i);
    found.one.push(hash1(c));
    found.two.push(c1 < 0 ? -1 : hash2(c, c1));
    found.three.push(c2 < 0 ? -1 : hash3(c, c1, c2));
  }
  return (r.openings = found);
}

const LETTER = `[${LATIN_WORD_CHAR}]`;
const BEFORE = String.raw`(?<!${LETTER})`;
const AFTER = String.raw`(?!${LETTER})`;
/** The rest of a compound word, hyphenated or not (Urgentie-inschatting). */
const COMPOUND = `[${LATIN_WORD_CHAR}-]*`;
/** How many words "…" in a phrase stands for: enough for a German or Spanish clause ("wird nach der Pilotphase gemeinsam mit der Instandhaltung festgelegt"). */
export const GAP_WORDS = 9;
// A gap stays inside its sentence: a word that ends one ("ERP).", "Test.") is not skipped over, an abbreviation ("bzw.", "z.B.", "ca.") is.
const GAP = String.raw`(?:[,;:]?\s+(?:[^\s]*[^\s.!?]|\p{Ll}[\p{Ll}.]{0,3}\.)){0,${GAP_WORDS}}?`;
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
  // A phrase that starts with an optional group ("(über)? nächste schritte") carries the space after it inside the group, so the phrase also matches where the group is left out.
  const first = sequence[0];
  const optionalStart = sequence.length > 1 && !!first && 'alternatives' in first && first.optional && !('gap' in sequence[1]);
  let out = '';
  sequence.forEach((item, index) => {
    // Words are separated by whitespace; punctuation may follow a word directly.
    // After an elided article ("l'", "d'") the next word follows directly: "par l'éditeur".
    const punctuation = 'word' in item && /^[,;:]$/.test(item.word);
    const sep = index === 0 || (index === 1 && optionalStart) ? '' : 'gap' in sequence[index - 1] || !punctuation ? SPACE : String.raw`\s*`;
    if ('gap' in item) out += GAP;
    else if ('word' in item) out += sep + word(item.word);
    else {
      const group = `(?:${item.alternatives.map(compile).join('|')})`;
      out += index === 0 && optionalStart ? `(?:${group}${SPACE})?` : item.optional ? `(?:${sep}${group})?` : sep + group;
    }
  });
  return out;
}

/** A phrase read once: its alternatives, and whether it must end a clause. */
interface Phrase {
  alternatives: Item[][];
  atEnd: boolean;
}

function read(phrase: string): Phrase {
  const atEnd = /\s\$$/.test(phrase);
  const tokens =
    phrase
      .replace(/\s\$$/, '')
      .trim()
      .toLowerCase()
      .match(/\)\?|[()|…]|[^\s()|…]+/g) ?? [];
  return { alternatives: parse(tokens, { i: 0 }), atEnd };
}

/**
 * The pattern of one phrase without the word boundaries around it, which the
 * union shares: `(?:a X|b X)` matches as `(?:a|b)X` does, and V8 builds each
 * written `\p{L}` class afresh (334 phrases took 0.3 s to compile).
 */
function phraseBody({ alternatives, atEnd }: Phrase): string {
  const body = alternatives.map(compile).join('|');
  // Both are lookarounds at the same place: their order does not matter.
  return `(?:${body})${atEnd ? CLAUSE_END : ''}`;
}

/** Turns one phrase into a regular-expression source. */
export function phraseSource(phrase: string): string {
  return BEFORE + phraseBody(read(phrase)) + AFTER;
}

/**
 * Words one of which every match of a phrase contains, lower-cased: each of
 * `words` where a word of the text may begin (see `openingsOf`), or one of
 * `inside` anywhere.
 */
interface Needed {
  words: string[];
  inside: string[];
  /** The length of its shortest word: the longer, the fewer texts it lets through. */
  strength: number;
}

/**
 * What every match of `sequence` contains: of its required items (words, and
 * groups that are not optional), the one whose shortest word is longest.
 * Undefined when nothing is required (a gap or optional groups alone). Mirrors
 * `compile` and `word`: a word is matched as written between its `-`s (each
 * matched as `[-\s]?`), without a leading or trailing `*`; its first part
 * follows whitespace or starts the match, unless a `*` lets a compound begin
 * before it, and any other part may follow a letter, so it is looked for
 * anywhere. A `,`, `;` or `:` may follow a word directly: no word of its own here.
 * Runs once per phrase, mostly before the JIT warms up: plain loops, no closures.
 */
function needed(sequence: Item[]): Needed | undefined {
  let best: Needed | undefined;
  for (const item of sequence) {
    if ('gap' in item) continue;
    if ('word' in item) {
      const w = item.word;
      if (w.length === 1 && (w === ',' || w === ';' || w === ':')) continue;
      const compound = w.length > 1 && w.charCodeAt(0) === 42; // *
      let core = compound ? w.slice(1) : w;
      if (core.length > 1 && core.charCodeAt(core.length - 1) === 42) core = core.slice(0, -1);
      const parts = core.includes('-') ? core.split('-') : [core];
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!part || (best && part.length <= best.strength)) continue;
        best = i === 0 && !compound ? { words: [part], inside: [], strength: part.length } : { words: [], inside: [part], strength: part.length };
      }
    } else if (!item.optional) {
      const words: string[] = [];
      const inside: string[] = [];
      let strength = Infinity;
      let all = true;
      for (const alternative of item.alternatives) {
        const n = needed(alternative);
        if (!n) {
          all = false;
          break;
        }
        for (const x of n.words) words.push(x);
        for (const x of n.inside) inside.push(x);
        if (n.strength < strength) strength = n.strength;
      }
      if (all && (!best || strength > best.strength)) best = { words, inside, strength };
    }
  }
  return best;
}

/** What every match of a phrase contains (undefined when its words cannot say: the phrase is then always tried). */
function neededBy({ alternatives }: Phrase): Needed | undefined {
  const out: Needed = { words: [], inside: [], strength: 0 };
  for (const alternative of alternatives) {
    const n = needed(alternative);
    if (!n) return undefined;
    for (const x of n.words) out.words.push(x);
    for (const x of n.inside) out.inside.push(x);
  }
  return out;
}

/**
 * Which of a lexicon's phrases a text may say: those a word of which it
 * contains where the phrase needs it. Words are indexed by the hash of their
 * first three code units (or fewer, for a shorter word), each with its phrase.
 */
type Listed = Array<[word: string, phrase: number]>;
interface Index {
  byLength: [Map<number, Listed>, Map<number, Listed>, Map<number, Listed>];
  inside: Listed;
  always: number[];
}

function indexOf(phrases: readonly Phrase[]): Index {
  const index: Index = { byLength: [new Map(), new Map(), new Map()], inside: [], always: [] };
  phrases.forEach((phrase, i) => {
    const n = neededBy(phrase);
    if (!n) {
      index.always.push(i);
      return;
    }
    for (const w of new Set(n.words)) {
      const head = w.slice(0, 3);
      const byHash = index.byLength[head.length - 1];
      const hash = hashOf(head);
      const list = byHash.get(hash);
      if (list) list.push([w, i]);
      else byHash.set(hash, [[w, i]]);
    }
    for (const w of new Set(n.inside)) index.inside.push([w, i]);
  });
  return index;
}

/** The phrases of `index` the text may say, in the lexicon's order, as a key (`3,17`); '' for none. */
function candidates(index: Index, r: Reading): string {
  const lower = r.lower;
  const found: number[] = [...index.always];
  const add = (i: number) => {
    if (!found.includes(i)) found.push(i);
  };
  for (const [w, i] of index.inside) if (lower.includes(w)) add(i);
  const { at, one, two, three } = openingsOf(r);
  const hashes = [one, two, three];
  for (let length = 0; length < 3; length++) {
    const byHash = index.byLength[length];
    if (byHash.size === 0) continue;
    const hashed = hashes[length];
    for (let k = 0; k < hashed.length; k++) {
      const list = hashed[k] < 0 ? undefined : byHash.get(hashed[k]);
      if (list) for (const [w, i] of list) if (lower.startsWith(w, at[k])) add(i);
    }
  }
  return found.length === 0 ? '' : found.length === 1 ? String(found[0]) : found.sort((a, b) => a - b).join(',');
}

export interface Match {
  text: string;
  index: number;
}

/** Whether two matches share a character: an exclusion lexicon's match ("a dental recall") holds the one inside it. */
export const overlaps = (a: Match, b: Match) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;

// Compiled unions of a lexicon's phrases kept for texts that may say the same ones.
const MAX_UNIONS = 256;

// Every lexicon's memo of what texts say, and the characters of text they
// hold together: past the budget (about 2 MB) all are emptied, so memory stays
// bounded however many plans a process reads.
const MEMOS: Array<Map<string, unknown>> = [];
const MEMO_BUDGET = 1_000_000;
let memoChars = 0;

/**
 * `read` with its answers kept per text, within the lexicons' memory budget:
 * for a reading of a value that depends on the text alone (the same lexicons
 * asked the same way), so a re-lint after an edit reads only what changed.
 */
export function memoized<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  MEMOS.push(memo);
  return (text) => {
    if (!memo.has(text)) {
      if (memoChars + text.length > MEMO_BUDGET) {
        MEMOS.forEach((m) => m.clear());
        memoChars = 0;
      }
      memo.set(text, read(text));
      memoChars += text.length + 16;
    }
    return memo.get(text) as T;
  };
}

/** The separator of the packed table's phrases (scripts/bundles.mjs joins with it): no phrase holds it. */
const PACKED_SEPARATOR = '\u0000';

let packedTable: readonly string[] | undefined;

/**
 * An entry's phrase as written. In a bundle it is its number in the packed
 * table (a fifth of the size), unpacked on the first read of any lexicon.
 */
function phraseOf(entry: Entry): string {
  const phrase = entry.phrase as string | number;
  if (typeof phrase === 'string') return phrase;
  packedTable ??= inflateBase64(PACKED ?? '').split(PACKED_SEPARATOR);
  return packedTable[phrase];
}

export function lexicon(name: string, data: LexiconData): Lexicon {
  // One boundary on each side of the union: the engine then tries the
  // alternatives only where a word starts. Phrases are lower-cased and the
  // text too, which is much cheaper than case-insensitive Unicode matching.
  //
  // Most texts say few of a lexicon's phrases, or none: an index of the
  // words each phrase needs names those a text may say, and only their union
  // is compiled and run. The union of the others matches just as the whole
  // one does, as the rest cannot match anywhere in the text: the same first
  // match, the same matches. Unions are compiled on first use (the whole
  // one costs milliseconds), the case-folding whole one only for the rare
  // text that needs it (there lower-casing moves offsets, İ).
  let phrases: Phrase[] | undefined;
  const phrasesOf = () => (phrases ??= LANGUAGES.flatMap((l) => data[l].map((e) => read(phraseOf(e)))));
  const bodies: string[] = [];
  const bodyOf = (i: number) => (bodies[i] ??= phraseBody(phrasesOf()[i]));
  const unionOf = (which: number[]) => (which.length ? `${BEFORE}(?:${which.map(bodyOf).join('|')})${AFTER}` : '(?!)');
  let index: Index | undefined;
  const unions = new Map<string, RegExp>();
  let folded: RegExp | undefined;
  const prepared = (r: Reading) => {
    const { original, lower } = r;
    if (lower.length !== original.length) {
      const pattern = (folded ??= new RegExp(unionOf(phrasesOf().map((_, i) => i)), 'giu'));
      pattern.lastIndex = 0;
      return { original, subject: withLatinLetters(original), pattern };
    }
    const which = candidates((index ??= indexOf(phrasesOf())), r);
    if (which === '') return undefined;
    let pattern = unions.get(which);
    if (!pattern) {
      if (unions.size >= MAX_UNIONS) unions.clear();
      pattern = new RegExp(unionOf(which.split(',').map(Number)), 'gu');
      unions.set(which, pattern);
    }
    pattern.lastIndex = 0;
    return { original, subject: lower, pattern };
  };
  // What a text says depends on its prepared reading alone: rules ask the
  // same lexicon about the same value several times in a lint, and a re-lint
  // after an edit asks again about every value the edit left alone. A text
  // the cap leaves whole is its own key, so a known one is answered without
  // reading it again (most asks are of texts another lexicon read last); a
  // longer one is keyed by its reading, which reads as it does.
  const said = memoized((key: string): readonly Match[] => {
    const out: Match[] = [];
    const p = prepared(reading(key));
    if (p) {
      const { original, subject, pattern } = p;
      for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
        out.push(Object.freeze({ text: original.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' '), index: m.index }));
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
    return out;
  });
  const matchesOf = (text: string) => said(text.length > MAX_TEXT ? reading(text).original : text);
  return {
    name,
    data,
    find(text) {
      return matchesOf(text)[0]?.text;
    },
    findAll(text) {
      return matchesOf(text).map((m) => m.text);
    },
    matches(text) {
      return [...matchesOf(text)];
    },
    compileEntry(entry) {
      return new RegExp(phraseSource(phraseOf(entry)), 'iu');
    },
  };
}

/** Where a sentence ends, for the checks that read two lexicons in one sentence. */
export const SENTENCE_END = /[.;!?\n]+/;

/** The sentence of `text` around offset `at`: from the last sentence end before it to the first after it. */
export function sentenceAt(text: string, at: number): string {
  const ends = new RegExp(SENTENCE_END.source, 'g');
  let start = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index >= at) return text.slice(start, m.index);
    start = m.index + m[0].length;
  }
  return text.slice(start);
}

/** How many words before a phrase a negation still undoes it. */
const NEGATION_REACH = 5;

/** How many characters before a phrase its clause is read, for a negation that opens it. */
const CLAUSE_REACH = 120;

/** Negation words that undo a phrase just after them ("not cleaned by hand"). */
export const NEGATIONS = lexicon('negation', {
  en: [{ phrase: '(not|no|never|without|nor|nothing|none|nobody|no one|rather than|instead of)', example: 'The data is not cleaned by hand.' }],
  de: [{ phrase: '(nicht|kein|keine|keinen|ohne|nie|niemals|nichts|weder|statt|anstatt|anstelle)', example: 'Die Daten werden nicht bereinigt.' }],
  // "ne" alone is not a negation: "ne … qu'après le bilan" is "only after"; the word that negates is pas, jamais, rien, aucun.
  fr: [{ phrase: '(pas|non|sans|jamais|aucun|aucune|rien|ni|plutôt que|au lieu de)', example: 'Les données ne sont pas nettoyées.' }],
  es: [{ phrase: '(no|sin|nunca|ningún|ninguna|nada|nadie|ni|en lugar de|en vez de)', example: 'Los datos no se limpian a mano.' }],
  nl: [{ phrase: '(niet|geen|zonder|nooit|niets|niemand|in plaats van)', example: 'De data worden niet opgeschoond.' }],
});

/**
 * The first match of `lex` in `text` that no negation just before it, in the
 * same clause, undoes ("not cleaned by hand", "ohne Bereinigung").
 */
export function findAffirmed(lex: Lexicon, text: string): string | undefined {
  return lex.matches(text).find((m) => !negated(text, m))?.text;
}

/**
 * A negation that is the clause's subject and so undoes all of it: "nothing
 * goes out automatically", "nichts geht automatisch raus". Read where a gap
 * in a phrase reached past a comma into such a clause.
 */
export const NOTHING_SUBJECT = lexicon('nothing-subject', {
  en: [{ phrase: '(nothing|none|nobody|no one|no-one)', example: 'Each notice is checked, nothing goes out automatically.' }],
  de: [{ phrase: '(nichts|niemand|keiner|keine|kein)', example: 'Jeder Bescheid wird geprüft, nichts geht automatisch raus.' }],
  fr: [{ phrase: '(rien|personne|aucun|aucune)', example: 'Chaque courrier est relu, rien ne part automatiquement.' }],
  es: [{ phrase: '(nada|nadie|ninguno|ninguna|ningún)', example: 'Cada resolución se revisa, nada sale automáticamente.' }],
  nl: [{ phrase: '(niets|niemand|geen)', example: 'Elk besluit wordt gecontroleerd, niets gaat automatisch de deur uit.' }],
});

/**
 * Whether a negation undoes `m`: one up to five words before it in its
 * clause ("no se trata de una extracción puntual", "ni de un conjunto limpiado
 * a mano"), or one that opens its clause, which holds for the whole clause
 * ("Ninguna propuesta se notifica al penado sin que el tramitador la revise",
 * "No letter goes straight to the tenant"), or a "nothing" that opens the
 * last clause a gap in the phrase reached into ("Bescheid wird geprüft und
 * gezeichnet, nichts geht automatisch raus").
 */
export function negated(text: string, m: Match): boolean {
  const clauses = m.text.split(/[;:,]/);
  const opening = clauses.length > 1 ? (clauses[clauses.length - 1].trim().split(/\s+/)[0] ?? '') : '';
  if (opening && NOTHING_SUBJECT.find(opening) === opening) return true;
  const start = Math.max(0, m.index - CLAUSE_REACH);
  const parts = text.slice(start, m.index).split(/[.;:,!?()\n]/);
  const words = (parts.pop() ?? '').trim().split(/\s+/);
  // The clause's first word is in view when a separator or the text's start bounds it.
  const opens = parts.length > 0 || start === 0;
  if (opens && words.length > NEGATION_REACH && isNegation(words[0])) return true;
  if (NEGATIONS.find(words.slice(-NEGATION_REACH).join(' '))) return true;
  // An item of a list ("nothing is selected, corrected or relabelled by hand"): the negation before the list holds for it.
  return (
    listItem(words) &&
    parts.length > 0 &&
    !!NEGATIONS.find(
      parts[parts.length - 1]
        .trim()
        .split(/\s+/)
        .slice(-2 * NEGATION_REACH)
        .join(' '),
    )
  );
}

/** Whether one word is a negation ("not", "niet", "pas"), as a whole word. */
export function isNegation(word: string): boolean {
  return NEGATIONS.find(word) === word;
}

/** Words that join the items of a list, in each language. */
const LIST_JOINS = new Set(['or', 'and', 'nor', 'oder', 'und', 'noch', 'ou', 'et', 'ni', 'o', 'u', 'y', 'e', 'of', 'en']);

/**
 * The words since the last comma are the list's one-word item and the word
 * that joins the next ("verbeterd of" before "opnieuw gelabeld"): then the
 * match is the list's last item. A clause after a comma ("nur abgeschlossene
 * Fälle bleiben", "y nos quedamos solo con") is not.
 */
function listItem(words: string[]): boolean {
  const w = words.filter(Boolean);
  return w.length === 2 && LIST_JOINS.has(w[1].toLowerCase());
}
