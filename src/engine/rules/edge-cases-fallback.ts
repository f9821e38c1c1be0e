import { code, defineRule } from '../rule';
import { FALLBACK_ROUTE, VAGUE_FALLBACK } from '../lexicon/fallback';
import { type Match, overlaps } from '../lexicon/lexicon';

export const edgeCasesFallback = defineRule({
  meta: {
    id: 'POC051',
    name: 'edge-cases/fallback',
    title: 'Items the model gets wrong have a fallback',
    dimension: 'operational_viability',
    severity: 'error',
    rationale: 'Every model gets some items wrong. Production needs a route for them (a manual queue, a human check, a default) with a time limit, and the POC is where that route gets tested.',
    messages: {
      advice: 'say where items the model gets wrong go, and how fast.',
      noRoute: '{{path}} says "{{quote}}" and names no route: say where a wrong or missing answer goes (back to today\'s way of working, a manual queue, a switch that turns the AI off) and how fast.',
    },
  },
  check(ctx) {
    const path = ['edge_cases', 'fallback'];
    if (!ctx.expectAnswer(path, 'advice')) return;
    // "The team will handle it" is a promise, not a route; with a route or a time limit beside it, it is a fallback.
    const text = ctx.plan.textAt(path) ?? '';
    const vague = VAGUE_FALLBACK.matches(text);
    if (vague.length === 0 || /\d/.test(text)) return;
    // A route's words inside the vague phrase ("flagged back to the vendor") are not a route, nor those that
    // trail it as its manner ("s'appuient sur leur expérience, comme aujourd'hui"): what is done as today is still unsaid.
    const trails = (r: Match, v: Match) => r.index >= v.index && r.index <= v.index + v.text.length + 3;
    const route = FALLBACK_ROUTE.matches(text).some((r) => !vague.some((v) => overlaps(r, v) || trails(r, v)));
    if (!route) ctx.report({ path, messageId: 'noRoute', data: { path: code(path), quote: vague[0].text } });
  },
});
