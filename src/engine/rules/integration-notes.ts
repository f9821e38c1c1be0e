// What the plan says about an integration beside its `in_poc` flag, read by POC062 and POC063.
import { isScalar } from 'yaml';
import { PlanDocument } from '../document';
import { findAffirmed, negated, sentenceAt } from '../lexicon/lexicon';
import { NOT_EXERCISED, SYSTEM_NAME } from '../lexicon/systems';
import { sectionInfo } from '../sections';

/**
 * The words that undo `integrations.i`'s `in_poc: true` ("No connection during
 * the pilot", "recopiés à la main"), or undefined: in the entry's own notes,
 * or in a sentence about the pilot's users or questions, or in the plan's own
 * top-level notes, that names the system ("les déclarants recopient à la main
 * dans SOFIDOUANE les données préremplies").
 */
export function saidNotExercised(plan: PlanDocument, i: number): string | undefined {
  const own = findAffirmed(NOT_EXERCISED, plan.textUnder(['integrations', i]));
  if (own) return own;
  const name = nameOf(plan.textAt(['integrations', i, 'system']) ?? '');
  if (!name) return undefined;
  const names = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
  return saidElsewhere(plan).find((said) => names.test(said.sentence))?.quote;
}

// Two rules ask for each listed integration; the users' and questions' text does not change in between.
const elsewhereCache = new WeakMap<PlanDocument, { quote: string; sentence: string }[]>();

/**
 * What the users' and questions' text says is not exercised, and what the
 * plan's own top-level notes say ("risico's:", "notes:"), each with its
 * sentence: read once per plan. Not the data section: a feed moved by hand
 * is the pipeline's gap (POC042), one finding.
 */
function saidElsewhere(plan: PlanDocument): { quote: string; sentence: string }[] {
  let said = elsewhereCache.get(plan);
  if (!said) {
    const own = (plan.root?.items ?? []).flatMap((p) => (isScalar(p.key) && typeof p.key.value === 'string' && !sectionInfo(p.key.value) ? [p.key.value] : []));
    const text = [plan.textUnder(['users']), plan.textUnder(['questions']), ...own.slice(0, 20).map((k) => plan.textUnder([k]))].join('\n');
    said = NOT_EXERCISED.matches(text)
      .filter((m) => !negated(text, m))
      .map((m) => ({ quote: m.text, sentence: sentenceAt(text, m.index) }));
    elsewhereCache.set(plan, said);
  }
  return said;
}

/**
 * The name that tells a system apart in running text: a product the lexicon
 * knows, or a word in capitals (SOFIDOUANE, WinCC, ServiceNow). A kind of
 * system ("Ticketing", "Lagerverwaltung") is no name to look for.
 */
function nameOf(system: string): string | undefined {
  const product = SYSTEM_NAME.find(system);
  if (product) return product;
  return (system.match(/[\p{L}\p{N}][\p{L}\p{N}/-]*/gu) ?? []).find((w) => w.length >= 3 && (w.match(/\p{Lu}/gu) ?? []).length >= 2);
}
