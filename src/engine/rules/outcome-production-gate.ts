import { GATE_PATHS, gatePasses } from '../gate';
import { readOutcome } from '../outcome';
import { code, defineRule } from '../rule';
import { keyInfoAt } from '../sections';

export const outcomeProductionGate = defineRule({
  meta: {
    id: 'POC133',
    name: 'outcome/production-gate',
    title: 'A POC in production says what production became',
    severity: 'warning',
    rationale:
      'A POC recorded as in production while its production plan was never written leaves nobody able to say what runs, who operates it and who pays. Write the production plan down as it now is: data sources, integration points, change management, operations, budget and executive sponsor. Not scored.',
    messages: {
      gateNeverMet: '{{path}} {{said}} but the production gate was never met: no {{missing}}. Write down what production became in `production_plan`.',
    },
  },
  check(ctx) {
    const outcome = readOutcome(ctx.plan);
    if (outcome.status !== 'in_production' && !(outcome.inProductionSince && !outcome.stated)) return;
    const missing = GATE_PATHS.filter((p) => !gatePasses(ctx.plan, p));
    if (!missing.length) return;
    const path = outcome.stated ? ['outcome', 'status'] : ['outcome', 'in_production_since'];
    const said = outcome.stated ? 'is in_production' : `is ${outcome.inProductionSince}`;
    const titles = missing.map((p) => keyInfoAt(p)?.title.toLowerCase() ?? p.join('.')).join(', ');
    ctx.report({ path, messageId: 'gateNeverMet', data: { path: code(path), said, missing: titles } });
  },
});
