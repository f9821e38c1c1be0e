import { findAffirmed } from '../lexicon/lexicon';
import { ASSUMED_AT_VOLUME, MEASURED_ITSELF } from '../lexicon/evaluation';
import { code } from '../rule';
import { questionRule } from './question';

export const questionsOperationalViability = questionRule(
  {
    id: 'POC031',
    name: 'questions/operational-viability',
    title: 'The plan says how it tests cost, latency and reliability at volume',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A POC that ran once on ten examples says nothing about whether the system can run at production volume, at the cost and latency the business case needs, through real failures. Say how the POC tests that.',
  },
  'say how the POC tests cost, latency and reliability at production volume.',
  {
    messages: {
      assumed:
        '{{path}} answers with "{{quote}}": an estimate, a vendor\'s figure or a projection from a small run is not a test. Say how the POC runs at production volume and measures cost, latency and failures there.',
    },
    // "The vendor says under 30 seconds", "hochgerechnet", "we expect no problems": taken on trust, unless the POC measures or load-tests it too.
    check(ctx, path, text) {
      const assumed = findAffirmed(ASSUMED_AT_VOLUME, text);
      if (assumed && !MEASURED_ITSELF.find(text)) ctx.report({ path, messageId: 'assumed', data: { path: code(path), quote: assumed } });
    },
  },
);
