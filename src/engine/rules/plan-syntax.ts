import { defineRule } from '../rule';

// yaml's messages end with " at line L, column C:" and a code excerpt; the range already says where.
function firstSentence(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/:$/, '');
}

export const syntax = defineRule({
  meta: {
    id: 'POC001',
    name: 'plan/syntax',
    title: 'The plan is valid YAML',
    severity: 'error',
    rationale:
      'A plan that does not parse cannot be reviewed. Syntax errors, duplicate keys (the second silently wins) and aliases that expand without bound are reported where they occur; everything that did parse is still checked.',
    messages: {
      duplicateKey: 'Duplicate key: a key appears twice in this mapping, and only one value can count. Remove or rename one.',
      syntaxError: 'YAML syntax error: {{error}}.',
      warning: 'YAML warning: {{warning}}.',
      aliasesTooDeep: 'Aliases expand too far ({{error}}): checks that need the expanded values were skipped. Write the values out instead of nesting aliases.',
    },
  },
  check({ plan, report }) {
    for (const e of plan.doc.errors) {
      const range = plan.rangeOf(e.pos[0], e.pos[1]);
      if (e.code === 'DUPLICATE_KEY') report({ path: [], range, messageId: 'duplicateKey' });
      else report({ path: [], range, messageId: 'syntaxError', data: { error: firstSentence(e.message) } });
    }
    for (const w of plan.doc.warnings) {
      report({ path: [], range: plan.rangeOf(w.pos[0], w.pos[1]), messageId: 'warning', data: { warning: firstSentence(w.message) }, severity: 'warning' });
    }
    const { error } = plan.json();
    if (error && plan.doc.errors.length === 0) {
      report({ path: [], messageId: 'aliasesTooDeep', data: { error: error.replace(/\.$/, '') } });
    }
  },
});
