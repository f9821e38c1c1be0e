import { code, defineRule } from '../rule';
import { namesAffectedGroups } from '../lexicon/people';
import { peopleDecision } from './people-decisions';

export const edgeCasesAffectedGroups = defineRule({
  meta: {
    id: 'POC052',
    name: 'edge-cases/affected-groups',
    title: 'Where the AI decides about people, errors are analysed by the groups affected',
    dimension: 'technical_feasibility',
    severity: 'error',
    supersedes: ['POC050'],
    rationale:
      'When a model decides about people (hiring, credit, insurance, care, benefits, education, policing: the high-risk areas of the EU AI Act, Annex III), an average error rate can hide a group it fails. Break errors down by the groups affected (age, gender, origin, disability, language) before anyone relies on it.',
    messages: {
      noGroups: 'The POC decides about people ("{{about}}"), and {{path}} does not break errors down by the groups affected: add them (age, gender, origin, disability, language).',
    },
  },
  check(ctx) {
    const about = peopleDecision(ctx.plan);
    if (!about) return;
    const path = ['edge_cases', 'failure_analysis'];
    const text = ctx.plan.textAt(path);
    // An unwritten failure analysis is POC050's finding; this one asks for the groups.
    if (text === undefined || namesAffectedGroups(text)) return;
    ctx.report({ path, messageId: 'noGroups', data: { about, path: code(path) } });
  },
});
