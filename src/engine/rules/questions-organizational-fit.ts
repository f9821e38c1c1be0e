import { findAffirmed } from '../lexicon/lexicon';
import { PUT_TO_USE, SHOWN_TO_STAKEHOLDERS } from '../lexicon/workflow';
import { code } from '../rule';
import { questionRule } from './question';

export const questionsOrganizationalFit = questionRule(
  {
    id: 'POC032',
    name: 'questions/organizational-fit',
    title: 'The plan says how it tests adoption and the effect on the work',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale: 'A model that works is wasted if the people meant to use it do not, or if the work does not get better, faster or cheaper. Say how the POC tests adoption and the effect on the work.',
  },
  'say how the POC tests whether users adopt it and the work improves.',
  {
    messages: {
      shownOnly:
        '{{path}} answers with "{{quote}}": results shown to the people who approve test nobody\'s adoption. Say who does the work with it during the POC, and what you measure of their use (how many suggestions they accept, how the work changes).',
    },
    // "Presentación de resultados al comité de certificación y encuesta de satisfacción": nobody whose work changes uses it.
    check(ctx, path, text) {
      const shown = findAffirmed(SHOWN_TO_STAKEHOLDERS, text);
      if (shown && !PUT_TO_USE.find(text)) ctx.report({ path, messageId: 'shownOnly', data: { path: code(path), quote: shown } });
    },
  },
);
