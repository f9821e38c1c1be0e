import { code, defineRule } from '../rule';
import { DECIDES_NOTHING } from '../lexicon/hypothesis';

export const hypothesisStatement = defineRule({
  meta: {
    id: 'POC025',
    name: 'hypothesis/statement',
    title: 'The hypothesis claims something the POC can confirm or refute',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      '"Let\'s see if AI can do X" or "explore the potential of" cannot fail, so it cannot lead to a decision. State what the POC sets out to show, in business terms, so the criteria can confirm or refute it.',
    messages: {
      advice: 'state what the POC sets out to show, in business terms.',
      explores: '{{path}} explores ("{{quote}}") instead of claiming: state what the POC sets out to show, so its criteria can confirm or refute it.',
    },
  },
  check(ctx) {
    const path = ['hypothesis', 'statement'];
    if (!ctx.expect(path, 'advice')) return;
    const text = ctx.plan.textAt(path);
    const exploring = text && DECIDES_NOTHING.find(text);
    if (exploring) {
      ctx.report({ path, messageId: 'explores', data: { path: code(path), quote: exploring } });
    }
  },
});
