import { isMap } from 'yaml';
import { defineRule } from '../rule';
import { SENTENCE_END } from '../lexicon/lexicon';
import { IN_PRACTICE, MANAGER_ROLE, OVERSIGHT_ROLE, WORKING_ROLE } from '../lexicon/people';

export const usersStakeholdersOnly = defineRule({
  meta: {
    id: 'POC071',
    name: 'users/stakeholders-only',
    title: 'The pilot includes people who do the work',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale:
      'A stakeholder watching a demo is not a user, and neither is a pilot of directors and team leads, whatever their `stakeholder` flag says. Adoption, workarounds and the unusual cases show up only when the people whose work changes use it themselves.',
    messages: {
      allStakeholders: 'Every pilot user is a stakeholder: add people who do the work and will use it themselves.',
      allManagers: 'Every pilot user manages, sponsors or oversees the work ({{roles}}): the people whose work changes are missing. Add the roles that do the work.',
    },
  },
  check(ctx) {
    const path = ['users', 'pilot_users'];
    const items = ctx.plan.items(path);
    if (items.length === 0 || !items.every(isMap)) return;
    const roles = items.map((_, i) => ctx.plan.textAt([...path, i, 'role']) ?? '');
    if (items.every((_, i) => ctx.plan.boolean([...path, i, 'stakeholder']) === true)) {
      ctx.report({ path, messageId: 'allStakeholders' });
      return;
    }
    // A manager's title in brackets qualifies the role: "Disponent (Standortleitung)" is the site manager.
    const qualifier = (role: string) => /\(([^)]*)\)/.exec(role)?.[1] ?? '';
    const working = roles.map((role) => role !== '' && WORKING_ROLE.find(role) !== undefined);
    const managers = roles.map((role, i) => (!role ? undefined : (MANAGER_ROLE.find(qualifier(role)) ?? (!working[i] ? MANAGER_ROLE.find(role) : undefined))));
    // Beside a manager, a specialist who sets policy or assures quality ("Senior beleidsmedewerker", "Quality engineer") does not do the work either.
    const overseers = roles.map((role, i) => (role && !working[i] ? OVERSIGHT_ROLE.find(role) : undefined));
    const aside = (i: number) => managers[i] !== undefined || overseers[i] !== undefined || ctx.plan.boolean([...path, i, 'stakeholder']) === true;
    if (managers.some((m) => m !== undefined) && roles.every((_, i) => aside(i))) {
      const named = roles
        .filter(Boolean)
        .slice(0, 3)
        .map((r) => `"${r}"`)
        .join(', ');
      ctx.report({ path, messageId: 'allManagers', data: { roles: named } });
      return;
    }
    // The roles may be the team's, while a note says who really takes part ("in de praktijk zijn het de drie ploegleiders").
    const notes = ctx.plan.textUnder(['users']);
    const practice = IN_PRACTICE.matches(notes)[0];
    const sentence = practice ? notes.slice(practice.index).split(SENTENCE_END)[0] : '';
    const really = sentence && !WORKING_ROLE.find(sentence) ? MANAGER_ROLE.find(sentence) : undefined;
    if (really) ctx.report({ path, messageId: 'allManagers', data: { roles: `"${sentence.trim().slice(0, 80)}"` } });
  },
});
