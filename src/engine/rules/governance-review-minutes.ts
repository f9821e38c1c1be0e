import { defineRule } from '../rule';

export const governanceReviewMinutes = defineRule({
  meta: {
    id: 'POC091',
    name: 'governance/review-minutes',
    title: 'Human review has a cost per item',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A review step is often what decides whether the AI path pays off: thirty seconds of AI plus five minutes of review is slower than four minutes by hand. When review is required, give its minutes per item.',
    messages: {
      requiredAdvice: 'say (true or false) whether a person reviews items before they take effect.',
      minutesAdvice: 'give the minutes a review adds to each item.',
    },
  },
  check(ctx) {
    const path = ['governance', 'human_review'];
    if (!ctx.expect([...path, 'required'], 'requiredAdvice')) return;
    if (ctx.plan.boolean([...path, 'required']) === true) {
      ctx.expect([...path, 'minutes_per_item'], 'minutesAdvice');
    }
  },
});
