import { code, defineRule } from '../rule';
import { SYSTEM_NAME } from '../lexicon/systems';

// Words that say what kind of thing a system is, not which one: two systems
// are the same when they share a word that is not one of these.
const GENERIC = new Set(
  'system systems tool tools platform service services data database feed feeds api apis interface read write both read_write lesen schreiben lecture écriture lectura escritura lezen schrijven the and for with from into via der die das und mit von für les des pour avec los las del para con het een van voor met tickets ticket queue queues vendor supplier anbieter fournisseur proveedor leverancier'.split(' '),
);

const words = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}/.-]*[\p{L}\p{N}]/gu) ?? []).filter((w) => w.length >= 3 && !GENERIC.has(w)));

/** The systems `integration_points` names, one per list item: split on commas and semicolons outside parentheses. */
function namedSystems(points: string): string[] {
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
  return out.flatMap((s) => s.split(/\s(?:and|und|et|y|en|e)\s/i)).map((s) => s.trim().replace(/[.]$/, '')).filter((s) => words(s).size > 0);
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
      notListed: '{{path}} names {{product}}, which is not under `integrations`: list it with its owner, and exercise it in the POC.',
      notExercised: 'Production connects to "{{system}}", and {{path}} is false: exercise it in the POC, or the integration is still an assumption.',
    },
  },
  check(ctx) {
    const points = ctx.plan.textAt(['production_plan', 'integration_points']);
    const items = ctx.plan.items(['integrations']);
    // Without a list there is nothing to compare with: POC060 asks for it.
    if (!points || items.length === 0 || !ctx.plan.isWritten(['integrations'])) return;
    const listed = items.map((_, i) => ({
      i,
      words: words(ctx.plan.textAt(['integrations', i, 'system']) ?? ctx.plan.textAt(['integrations', i]) ?? ''),
      inPoc: ctx.plan.boolean(['integrations', i, 'in_poc']),
    }));
    const reported = new Set<number>();
    for (const named of namedSystems(points)) {
      const mentioned = words(named);
      const match = listed.find((l) => [...l.words].some((w) => mentioned.has(w)));
      // A generic description ("the document store") may be a part of a listed system; a product's name is not.
      const product = SYSTEM_NAME.find(named);
      if (!match && product) {
        const path = ['production_plan', 'integration_points'];
        ctx.report({ path, messageId: 'notListed', data: { path: code(path), product } });
      } else if (match && match.inPoc === false && !reported.has(match.i)) {
        reported.add(match.i);
        const path = ['integrations', match.i, 'in_poc'];
        ctx.report({ path, messageId: 'notExercised', data: { system: named, path: code(path) } });
      }
    }
  },
});
