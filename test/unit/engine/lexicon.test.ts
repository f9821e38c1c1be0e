import * as assert from 'assert';
import { AFTER_THE_RESULTS, CONTINUES_AFTER, DEFERRAL, deferralIn, SETTLED_LATER } from '../../../src/engine/lexicon/deferral';
import { BUILDS_THE_FEED, HAND_CURATED, NOT_A_PRODUCTION_FEED } from '../../../src/engine/lexicon/data';
import { BY_SEGMENT, OFFLINE_MEASURE } from '../../../src/engine/lexicon/evaluation';
import { COMPARISON, DECIDES_NOTHING, NUMBER_WORD, POINT_IN_TIME, SOFT_REACTION, STOP } from '../../../src/engine/lexicon/hypothesis';
import { findAffirmed, LANGUAGES, Lexicon, NEGATIONS, phraseSource } from '../../../src/engine/lexicon/lexicon';
import { AFFECTED_GROUPS, DECIDES_ABOUT_PEOPLE, DECIDES_WITHOUT_A_PERSON, MANAGER_ROLE, REVIEW_BY_EXCEPTION, WORKING_ROLE } from '../../../src/engine/lexicon/people';
import { SYSTEM_KIND, SYSTEM_NAME } from '../../../src/engine/lexicon/systems';
import { BESIDE_THE_WORK, REPLAYED_TO_USERS } from '../../../src/engine/lexicon/workflow';
import { UNIT_WORDS } from '../../../src/engine/lexicon/units';

const ALL: readonly Lexicon[] = [
  DEFERRAL,
  SETTLED_LATER,
  AFTER_THE_RESULTS,
  CONTINUES_AFTER,
  REVIEW_BY_EXCEPTION,
  DECIDES_NOTHING,
  SOFT_REACTION,
  STOP,
  NUMBER_WORD,
  POINT_IN_TIME,
  COMPARISON,
  NOT_A_PRODUCTION_FEED,
  HAND_CURATED,
  BUILDS_THE_FEED,
  MANAGER_ROLE,
  WORKING_ROLE,
  DECIDES_ABOUT_PEOPLE,
  DECIDES_WITHOUT_A_PERSON,
  AFFECTED_GROUPS,
  OFFLINE_MEASURE,
  BY_SEGMENT,
  SYSTEM_NAME,
  SYSTEM_KIND,
  BESIDE_THE_WORK,
  REPLAYED_TO_USERS,
  NEGATIONS,
];

// Every lexicon the rules read must cover these languages (systems are names, the same everywhere).
const MULTILINGUAL = ALL.filter((l) => l !== SYSTEM_NAME);

describe('lexicons: the words the rules read', () => {
  for (const lex of ALL) {
    describe(lex.name, () => {
      for (const language of LANGUAGES) {
        for (const entry of lex.data[language]) {
          it(`${language}: "${entry.phrase}" matches its example`, () => {
            assert.ok(lex.compileEntry(entry).test(entry.example), `"${entry.phrase}" does not match "${entry.example}"`);
            assert.ok(lex.find(entry.example), `the ${lex.name} lexicon does not find "${entry.example}"`);
          });
        }
      }
      if (MULTILINGUAL.includes(lex)) {
        it('covers English, German, French, Spanish and Dutch', () => {
          assert.deepStrictEqual(
            LANGUAGES.filter((l) => lex.data[l].length === 0),
            [],
          );
        });
      }
    });
  }

  describe('phrase syntax', () => {
    const matches = (phrase: string, text: string) => new RegExp(phraseSource(phrase), 'iu').exec(text)?.[0];
    it('matches whole words only', () => {
      assert.strictEqual(matches('later', 'the collateral'), undefined);
      assert.strictEqual(matches('later', 'Later, once IT has capacity'), 'Later');
    });
    it('reads a gap of up to six words, and no more', () => {
      assert.strictEqual(matches('decided … after the pilot', 'decided by the board after the pilot'), 'decided by the board after the pilot');
      assert.strictEqual(matches('decided … after the pilot', 'decided one two three four five six seven after the pilot'), undefined);
    });
    it('reads optional groups, prefixes and hyphens', () => {
      assert.strictEqual(matches('next steps (to be)? discussed', 'next steps discussed'), 'next steps discussed');
      assert.strictEqual(matches('next steps (to be)? discussed', 'next steps to be discussed'), 'next steps to be discussed');
      assert.strictEqual(matches('reassess*', 'a reassessment'), 'reassessment');
      assert.strictEqual(matches('post-poc', 'post POC'), 'post POC');
      assert.strictEqual(matches('(ausloten|herausfinden) , ob', 'herausfinden, ob'), 'herausfinden, ob');
    });
  });

  describe('what the rules must not read as a finding', () => {
    const none = (lex: Lexicon, texts: string[]) =>
      assert.deepStrictEqual(
        texts.filter((t) => lex.find(t)),
        [],
      );
    it('deferral: dates, conditions of a decision and ordinary sentences', () => {
      none(DEFERRAL, [
        'Fund the rollout to all four regional hubs if the criteria are met.',
        'After go-live the service desk runs it.',
        '400,000 USD in FY27, funded by operations.',
        'COO',
        'Die Schulung findet in der ersten Woche statt.',
        'Formation de deux heures par agence.',
      ]);
    });
    it('a question mark at the end defers, one inside a quote does not', () => {
      assert.strictEqual(deferralIn('Maybe the regional budget covers it?'), 'Maybe the regional budget covers it?');
      assert.strictEqual(deferralIn('The budget covers "what if?" scenarios.'), undefined);
    });
    it('a negation undoes a curated or one-off description', () => {
      assert.strictEqual(findAffirmed(HAND_CURATED, 'Emails are not cleaned by hand.'), undefined);
      assert.strictEqual(findAffirmed(HAND_CURATED, 'Emails cleaned by hand.'), 'cleaned by hand');
      assert.strictEqual(findAffirmed(DECIDES_WITHOUT_A_PERSON, 'Nothing is automatically approved.'), undefined);
    });
    it('working roles that carry "manager" or "lead"', () => {
      for (const role of ['Case manager', 'Lead adjuster', 'Account executive', 'Fallmanagerin', 'Casemanager']) assert.ok(WORKING_ROLE.find(role), role);
    });
    it('a store, a job or a print run is not a system by its kind', () => {
      none(SYSTEM_KIND, ['the document store (read)', 'the marketplace export job', 'the renewal invitation print run', 'Ablage in der E-Akte']);
    });
    it('beside the script, in the queue they use, is in the work', () => {
      none(BESIDE_THE_WORK, [
        'Twenty-two marking tutors see the provisional grade beside the script in the Moodle grader.',
        'Die Sachbearbeiter arbeiten mit der Einstufung in ihrer gewohnten Eingangsliste.',
        'Les internes utilisent le brouillon dans le dossier patient informatisé.',
        'Los agentes trabajan con las propuestas en su herramienta de siempre.',
        'Inspecteurs krijgen de melding op hun bestaande MES-terminal.',
      ]);
    });
    it('a verb for later beside the pilot defers; a commitment after the pilot does not', () => {
      assert.strictEqual(deferralIn('Roll out from April, on a basis we will agree with the CFO once the pilot has reported.'), 'we will agree … once the pilot');
      for (const committing of [
        'After the pilot the COO decides on 2027-06-15: if handling time falls by 30%, fund the rollout; otherwise stop.',
        'Streaming feed built in weeks 1-2 of the POC and kept afterwards; not a one-off extract.',
        'Training will be delivered by the operations academy in week 1 of the rollout.',
        'Nach dem Piloten wird die Einführung in allen Filialen finanziert, wenn die Kriterien erfüllt sind.',
        'Le budget de production est arrêté : 400 000 EUR au budget 2027, validé par le DAF.',
        'De opleiding wordt in de eerste week van de uitrol gegeven.',
      ])
        assert.strictEqual(deferralIn(committing), undefined, committing);
    });
    it('every decision reviewed, with a sample checked twice, is not review by exception', () => {
      none(REVIEW_BY_EXCEPTION, [
        'Every decision is reviewed by a caseworker; a 10 % sample is double-checked by a senior.',
        'Jede Entscheidung prüft eine Sachbearbeiterin; zusätzlich zieht die Revision Stichproben.',
        'Chaque décision est validée par un gestionnaire avant envoi.',
      ]);
    });
    it('goods graded, a business underwritten, a credit note, a discharge from hospital are not about people', () => {
      none(DECIDES_ABOUT_PEOPLE, [
        'Photo-based grading of returned items',
        'Underwriting-Arbeitsplatz für Gewerbe-Sach',
        'Drafting credit decisions for short deliveries',
        'Opname-, ontslag- en overplaatsingsgegevens',
      ]);
    });
    it('units: each is written in lower case, as texts are compared', () => {
      for (const words of Object.values(UNIT_WORDS)) for (const w of words) assert.strictEqual(w, w.toLowerCase());
    });
    it('a use case about shipments, machines or stock is not about people', () => {
      none(DECIDES_ABOUT_PEOPLE, ['Shipping exception triage', 'Machine diagnostics for the press line', 'Wastewater treatment alarms', 'Medical supplies reordering']);
    });
  });
});

describe('decisions that commit, in several words', () => {
  it('are not read as deciding nothing', () => {
    const committing = [
      'Fund the rollout to all four regional hubs and report back to the board quarterly.',
      'Roll out to every branch in Q3; share findings with the other regions.',
      'Sign the three-year contract with the vendor if the criteria are met.',
      'Die Einführung in allen Filialen wird finanziert, wenn die Kriterien erfüllt sind.',
    ];
    assert.deepStrictEqual(
      committing.filter((t) => DECIDES_NOTHING.find(t)),
      [],
    );
  });
});
