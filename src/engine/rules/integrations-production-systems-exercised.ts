import { code, defineRule } from '../rule';
import { ABBREVIATIONS, ENTERED_BY_HAND, GENERIC_SYSTEM_WORDS as GENERIC, NOT_A_SYSTEM_CODE, REFERS_BACK, SYSTEM_ENDING, SYSTEM_KIND, SYSTEM_NAME } from '../lexicon/systems';
import { saidNotExercised } from './integration-notes';
import { findAffirmed, isNegation } from '../lexicon/lexicon';

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}/.-]*[\p{L}\p{N}]/gu) ?? [];

/** The words that tell one system from another, hyphenated compounds also by their parts (PI-historian: historian). */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(text)) for (const part of [w, ...(/[-/]/.test(w) ? w.split(/[-/]/) : [])]) if (part.length >= 3 && !GENERIC.has(part)) out.add(part);
  return out;
}

/** Initials of each run of two to four words ("warehouse management system": wms), to match a name with its abbreviation. */
function initials(text: string): Set<string> {
  const ws = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++)
    for (let n = 2; n <= 4 && i + n <= ws.length; n++)
      out.add(
        ws
          .slice(i, i + n)
          .map((w) => w[0])
          .join(''),
      );
  return out;
}

type Names = { words: Set<string>; initials: Set<string>; codes: Set<string> };

/**
 * Two compounds of one system: the same system ending on the same stem, one
 * stem opening the other ("schadesysteem", "Schadebehandelsysteem").
 */
function sameCompound(w: string, v: string): boolean {
  const a = w.replace(SYSTEM_ENDING, '');
  const b = v.replace(SYSTEM_ENDING, '');
  if (a === w || b === v || Math.min(a.length, b.length) < 5) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether two descriptions name the same system: a shared word, one word inside a compound of the other, a name and its initials, or a code opening a name. */
function sameSystem(a: Names, b: Names): boolean {
  // An abbreviation is its expansion's words too (LIMS: laboratory).
  for (const w of a.words) if (Object.hasOwn(ABBREVIATIONS, w) && ABBREVIATIONS[w].some((x) => b.words.has(x))) return true;
  for (const w of b.words) if (Object.hasOwn(ABBREVIATIONS, w) && ABBREVIATIONS[w].some((x) => a.words.has(x))) return true;
  for (const w of a.words) {
    if (b.words.has(w) || b.initials.has(w)) return true;
    for (const v of b.words) if (a.initials.has(v) || (Math.min(w.length, v.length) >= 5 && (w.includes(v) || v.includes(w))) || sameCompound(w, v)) return true;
  }
  // A code in capitals that opens a product's name is that product (DPMA: DPMAconnectPlus).
  for (const c of a.codes) for (const v of b.words) if (v.startsWith(c)) return true;
  for (const c of b.codes) for (const v of a.words) if (v.startsWith(c)) return true;
  return false;
}

/** Two-letter module codes in capitals (SAP MM, SAP PM): too short to match on, but they tell two modules of one product apart. */
const modules = (text: string) => new Set((text.match(/(?<![\p{L}\p{N}])\p{Lu}{2}(?![\p{L}\p{N}])/gu) ?? []).map((c) => c.toLowerCase()));

/** Codes of four or more capitals (DPMA, SCADA), lower-cased as `words` holds them. */
const codes = (text: string) => new Set((text.match(/(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu) ?? []).map((c) => c.toLowerCase()));

const described = (text: string) => ({ words: words(text), initials: initials(text), modules: modules(text), codes: codes(text) });
type Described = ReturnType<typeof described>;

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/**
 * The listed systems a mention names: of those that are the same system, the
 * ones sharing most words and module codes (SAP MM, not SAP PM). Several when
 * the plan lists one product twice ("Civica CX housing management", "Civica CX
 * arrears action stage"), first listed first.
 */
function bestMatches<T extends Described>(mentioned: Described, listed: readonly T[]): T[] {
  let best: T[] = [];
  let bestScore = -1;
  for (const l of listed) {
    if (!sameSystem(mentioned, l)) continue;
    const score = shared(mentioned.words, l.words) + shared(mentioned.modules, l.modules);
    if (score > bestScore) [best, bestScore] = [[l], score];
    else if (score === bestScore) best.push(l);
  }
  return best;
}

/**
 * A code in capitals (PILOTAGE-CF, AMOS, SCADA): the name of a system, unless
 * it is one of the usual other capitals. Three letters are a company as often
 * as a system (DKV, AXA), so a code has four or a hyphen or a digit.
 */
const systemCode = (text: string) =>
  (text.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}-]{2,}(?![\p{L}\p{N}])/gu) ?? []).find((c) => ((c.match(/\p{Lu}/gu) ?? []).length >= 4 || /[-\d]/.test(c)) && !NOT_A_SYSTEM_CODE.has(c));

/**
 * The systems `integration_points` names, one per list item: split on commas
 * and semicolons outside parentheses. Each with what follows its "to" or "for":
 * usually what the system is used for, but in "write the reconciliation to
 * the statutory register" the system itself.
 */
function namedSystems(points: string): { name: string; after: string }[] {
  let depth = 0;
  let current = '';
  const out: string[] = [];
  for (const c of points) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if ((c === ',' || c === ';' || c === '\n' || c === '&' || c === '+') && depth === 0) {
      out.push(current);
      current = '';
    } else if (depth === 0 && c !== ')') current += c;
  }
  out.push(current);
  // "X and Y" names two systems, in each language.
  return (
    out
      .flatMap((s) => s.split(/\s(?:and|und|et|y|en|e)\s/i))
      // What follows "for"/"para"/"pour" says what the system is used for, not which one it is.
      .map((s) => {
        const [name, ...rest] = s.split(/\s(?:for|to|para|pour|afin de|für|zum|zur|um|voor|om)\s/i);
        return { name: name.trim().replace(/[.]$/, ''), after: rest.join(' ').trim().replace(/[.]$/, '') };
      })
      // "pas d'écriture automatique dans le SNCC", "no write-back to X": a system production does not connect to.
      .filter(({ name }) => words(name).size > 0 && !isNegation(wordsOf(name)[0] ?? ''))
  );
}

// An item longer than this is a sentence about the integration, not a system's name.
const MAX_NAME_WORDS = 10;

/** What an item says in brackets right after its first mention ("the MES (Siemens Opcenter)"): a product's name may sit there. */
function asideOf(points: string, named: string): string {
  const at = points.indexOf(named);
  return at < 0 ? '' : (/^\s*\(([^)]{1,80})\)/.exec(points.slice(at + named.length))?.[1] ?? '');
}

/** What says that an item names a system: a product's name, a system's kind ("the dispatch system"), or a code in capitals. */
function systemSignal(named: string): string | undefined {
  const product = SYSTEM_NAME.find(named);
  if (product) return product;
  if (wordsOf(named).length > MAX_NAME_WORDS) return undefined;
  return findAffirmed(SYSTEM_KIND, named) ?? systemCode(named);
}

export const integrationsProductionSystemsExercised = defineRule({
  meta: {
    id: 'POC063',
    name: 'integrations/production-systems-exercised',
    title: 'The systems production connects to are exercised in the POC',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A system the production plan depends on but the POC never touches is integration work nobody has tried: its data, access and owner are still assumptions. List each system `production_plan.integration_points` names under `integrations`, and exercise it in the POC.',
    messages: {
      notListed: '{{path}} names {{system}}, which is not under `integrations`: list it with its owner, and exercise it in the POC.',
      notListedSeveral: '{{path}} names {{count}} systems that are not under `integrations` ({{systems}}): list each with its owner, and exercise each in the POC.',
      notExercised: 'Production connects to "{{system}}", and {{path}} is false: exercise it in the POC, or the integration is still an assumption.',
      notExercisedSeveral:
        'Production connects to {{count}} systems whose `in_poc` is false ({{systems}}): exercise them in the POC, starting with {{first}} ({{path}}), or those integrations are still assumptions.',
      saidNotExercised:
        'Production connects to "{{system}}", and {{path}} is true, but the plan says "{{quote}}": exercise it in the POC, or set the flag to false; until then the integration is still an assumption.',
    },
  },
  check(ctx) {
    const points = ctx.plan.textAt(['production_plan', 'integration_points']);
    const items = ctx.plan.items(['integrations']);
    // Without a list there is nothing to compare with (POC060 asks for it).
    // A deferring item ("the connection will be worked out later") is also the
    // gate's finding (POC121), but a system it names and the POC never touches
    // is a second gap: deferring the connection does not exercise it.
    if (!points || items.length === 0 || !ctx.plan.isWritten(['integrations'])) return;
    const listed = items.slice(0, 100).map((_, i) => ({
      i,
      ...described(ctx.plan.textAt(['integrations', i, 'system']) ?? ctx.plan.textAt(['integrations', i]) ?? ''),
      inPoc: ctx.plan.boolean(['integrations', i, 'in_poc']),
      writes: /write/.test(String(ctx.plan.value(['integrations', i, 'direction']) ?? '')),
    }));
    const idle: { i: number; named: string; writes: boolean }[] = [];
    const reported = new Set<number>();
    const unlisted: string[] = [];
    // A paragraph names a handful of systems: read as far as the lexicons read, and compare with the first hundred listed.
    for (const item of namedSystems(points.slice(0, 4000))) {
      const mentioned = described(item.name);
      // "Write the reconciliation to the statutory register": a name that is no listed system may be followed by one.
      const direct = bestMatches(mentioned, listed);
      const after = direct.length === 0 && item.after && !systemSignal(item.name) ? bestMatches(described(item.after), listed) : [];
      const ties = direct.length > 0 ? direct : after;
      const match = ties[0];
      const named = after.length > 0 ? item.after : item.name;
      // A description with no system in it ("the document store") may be a part of a listed system,
      // and so is one that points back to a system already named ("in its planning module").
      const pointsBack = REFERS_BACK.find(named) !== undefined && SYSTEM_NAME.find(named) === undefined;
      if (!match && (systemSignal(named) ?? SYSTEM_NAME.find(asideOf(points, named))) && !pointsBack) unlisted.push(named);
      else if (match && match.inPoc === false && !reported.has(match.i)) {
        reported.add(match.i);
        idle.push({ i: match.i, named, writes: match.writes });
      } else if (match && match.inPoc === true && !findAffirmed(ENTERED_BY_HAND, named)) {
        // The entry's own notes may undo its flag ("par ressaisie manuelle", "not connected"): read only for a system production names,
        // and not where production itself enters it by hand ("texte validé saisi dans le GEVA-Sco"): the POC then does as production does.
        // Where the plan lists the product twice, either entry's notes may say so ("write-back mocked for the pilot").
        for (const tie of ties) {
          const quote = tie.inPoc === true && !reported.has(tie.i) ? saidNotExercised(ctx.plan, tie.i) : undefined;
          if (!quote) continue;
          reported.add(tie.i);
          const path = ['integrations', tie.i, 'in_poc'];
          ctx.report({ path, messageId: 'saidNotExercised', data: { system: named, path: code(path), quote } });
          break;
        }
      }
    }
    // Systems the POC leaves alone are one gap: one finding, on the first that production writes to, naming them all.
    if (idle.length > 0) {
      const first = idle.find((x) => x.writes) ?? idle[0];
      const path = ['integrations', first.i, 'in_poc'];
      if (idle.length === 1) ctx.report({ path, messageId: 'notExercised', data: { system: first.named, path: code(path) } });
      else {
        const systems = idle.map((x) => `"${x.named}"`).join(', ');
        ctx.report({ path, messageId: 'notExercisedSeveral', data: { count: idle.length, systems, first: `"${first.named}"`, path: code(path) } });
      }
    }
    if (unlisted.length > 0) {
      const path = code(['production_plan', 'integration_points']);
      const names = unlisted.map((n) => `"${n}"`).join(', ');
      if (unlisted.length === 1) ctx.report({ path: ['production_plan', 'integration_points'], messageId: 'notListed', data: { path, system: names } });
      else ctx.report({ path: ['production_plan', 'integration_points'], messageId: 'notListedSeveral', data: { path, count: unlisted.length, systems: names } });
    }
  },
});
