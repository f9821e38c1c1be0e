import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFERRAL, deferralIn } from '../../../src/engine/lexicon/deferral';
import { HAND_CURATED } from '../../../src/engine/lexicon/data';
import { DECIDES_NOTHING } from '../../../src/engine/lexicon/hypothesis';
import { findAffirmed, GAP_WORDS, LANGUAGES, Lexicon, phraseSource } from '../../../src/engine/lexicon/lexicon';
import { DECIDES_ABOUT_PEOPLE, DECIDES_WITHOUT_A_PERSON, namesAffectedGroups, PERSON, REVIEW_BY_EXCEPTION, WORKING_ROLE } from '../../../src/engine/lexicon/people';
import { SYSTEM_KIND, SYSTEM_NAME } from '../../../src/engine/lexicon/systems';
import { BESIDE_THE_WORK } from '../../../src/engine/lexicon/workflow';
import { UNIT_WORDS } from '../../../src/engine/lexicon/units';
import { FALLBACK_ROUTE, VAGUE_FALLBACK } from '../../../src/engine/lexicon/fallback';
import { MANUAL_PIPELINE } from '../../../src/engine/lexicon/data';
import { LIVE_PHASE, PARALLEL_RUN } from '../../../src/engine/lexicon/workflow';

// Every lexicon any file in src/engine/lexicon exports, so a new one cannot be left out of the tests below.
const LEXICON_DIR = path.join(__dirname, '../../../src/engine/lexicon');
const MODULES: readonly object[] = fs
  .readdirSync(LEXICON_DIR)
  .filter((f) => f.endsWith('.js'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are found at run time
  .map((f) => require(path.join(LEXICON_DIR, f)) as object);
const isLexicon = (value: unknown): value is Lexicon => !!value && typeof value === 'object' && 'data' in value && 'name' in value && typeof (value as Lexicon).find === 'function';
const ALL: readonly Lexicon[] = MODULES.flatMap((m) => Object.values(m).filter(isLexicon));

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
    it(`reads a gap of up to ${GAP_WORDS} words, and no more`, () => {
      const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
      assert.strictEqual(matches('decided … after the pilot', 'decided by the board after the pilot'), 'decided by the board after the pilot');
      assert.strictEqual(matches('decided … after the pilot', `decided ${words(GAP_WORDS)} after the pilot`), `decided ${words(GAP_WORDS)} after the pilot`);
      assert.strictEqual(matches('decided … after the pilot', `decided ${words(GAP_WORDS + 1)} after the pilot`), undefined);
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
    it('deferral: committed gate values in five languages, with the words that look like deferral', () => {
      const committed = [
        'Budget: €180k for year one, approved by the CFO on 2026-10-01 and held in the 2027 opex plan.',
        'After go-live the service desk takes first-line support; second line is the data team (on-call rota).',
        'Pending claims are routed to the senior handler within 24 h.',
        'Integration: TMS REST API, read access exercised in the POC; write-back built in rollout weeks 1-3 (budgeted).',
        'Run cost depends on volume: €0.04 per case x 12k cases/month = €480/month.',
        'Flagged invoices to be checked by the AP clerk before payment.',
        'If the pilot meets all three criteria, the COO funds the rollout to all 4 depots in Q2 2027; otherwise we stop.',
        'Later stages (depots 5-9) are budgeted in the 2027 plan.',
        'The model is retrained monthly; thresholds are reviewed after each retrain by the ops lead.',
        'Nach dem Go-Live übernimmt der IT-Service-Desk den First-Level-Support.',
        'Die Schnittstelle zu SAP wird im POC gebaut und danach weiter betrieben.',
        'Offene Posten werden täglich an die Buchhaltung übergeben.',
        'Wenn der Pilot alle Kriterien erfüllt, wird der Rollout auf alle Standorte im Q2 finanziert; sonst stoppen wir.',
        'Die Kosten hängen vom Volumen ab: 0,05 € pro Fall bei 10.000 Fällen im Monat.',
        'Schulungen für alle 40 Hausdamen, die wir in der ersten Rollout-Woche vor Ort durchführen; Inhalte sind mit dem Betriebsrat am 2026-10-02 vereinbart.',
        'Le support de niveau 1 reste à la charge du centre de services.',
        'Formation de deux heures par agent, organisée en semaine 1 du déploiement.',
        'Si les trois critères sont atteints, la directrice des opérations finance le déploiement national en T2 ; sinon on arrête.',
        'Tras la puesta en producción, el centro de soporte asume el primer nivel.',
        'Ningún expediente se cierra sin revisar por un gestor.',
        'El coste depende del volumen: 0,03 € por caso.',
        'Na livegang neemt de servicedesk de eerstelijns ondersteuning over.',
        'De kosten hangen af van het volume: € 0,04 per melding.',
      ];
      assert.deepStrictEqual(
        committed.filter((t) => deferralIn(t)).map((t) => [t, deferralIn(t)]),
        [],
      );
    });
    it('deferral: what waits for the results or for someone, in five languages', () => {
      const deferring = [
        'Owner: we will nominate someone from IT operations if the pilot goes well.',
        'Decision: go/no-go will be taken by the board, criteria to follow.',
        'Integration points are yet to be mapped.',
        'Budget: depends on licence negotiations which have not started.',
        'Ein Sponsor wird noch gesucht.',
        'Umfang und SLA des Wartungsvertrags verhandeln wir, wenn der Pilot abgeschlossen ist.',
        "Le responsable de l'exploitation reste à désigner.",
        'Le financement du déploiement dépendra des résultats obtenus.',
        'Patrocinador aún sin confirmar.',
        'La integración con el ERP se abordará en una fase posterior.',
        'Financiering van de uitrol hangt af van de uitkomsten.',
        'Sponsor moet nog worden gevonden.',
      ];
      assert.deepStrictEqual(
        deferring.filter((t) => !deferralIn(t)),
        [],
      );
    });
    it('affected groups: the age of an animal or the language of a document is no group of people', () => {
      assert.strictEqual(namesAffectedGroups('Errores desglosados por especie, tamaño y edad del animal'), false);
      assert.strictEqual(namesAffectedGroups('Divergences ventilées par type de document et langue du document'), false);
      assert.strictEqual(namesAffectedGroups('Errores desglosados por edad del animal y por edad y origen del solicitante'), true);
    });
    it("decides about people: an insurance policy (police d'assurance) is not the police", () => {
      none(DECIDES_ABOUT_PEOPLE, ["La police d'assurance est confrontée ligne à ligne aux termes du crédit."]);
    });
    it('person: a service named after patients is not a patient', () => {
      none(PERSON, ['Automatische toewijzing van transportopdrachten aan de medewerkers patiëntvervoer', 'Disposition des Patiententransports im Klinikum']);
      assert.strictEqual(PERSON.find('Triage van patiënten op de SEH'), 'patiënten');
    });
    it('a fallback with a route, a parallel run with a live phase, a pipeline with no hand in it', () => {
      none(VAGUE_FALLBACK, ['If the draft fails, the analyst writes the memo from the standard template as today.', 'Valt het model uit, dan werken lekzoekers met de alarmlijst zoals nu.']);
      for (const routed of ['The claims team handles it from the standard queue as today.', "L'équipe s'en charge comme aujourd'hui.", 'Dann kümmert sich das Team wie bisher darum.'])
        assert.ok(FALLBACK_ROUTE.find(routed), routed);
      assert.ok(LIVE_PHASE.find('Zwei Wochen Schattenbetrieb, danach sechs Wochen live.'));
      none(PARALLEL_RUN, ['Analysts see the score in their own queue.', 'Die Disponenten arbeiten mit den Vorschlägen im Dispositionssystem.']);
      assert.strictEqual(findAffirmed(MANUAL_PIPELINE, 'Nightly connector; no manual upload, no spreadsheet in between.'), undefined);
    });
    it('a phrase that starts with an optional group matches without it, mid-sentence, quoting no leading space', () => {
      assert.strictEqual(DECIDES_NOTHING.find('Danach nächste Schritte beraten.'), 'nächste Schritte beraten');
      assert.strictEqual(DECIDES_NOTHING.find('Danach über nächste Schritte beraten.'), 'über nächste Schritte beraten');
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
    it("a negation before a list holds for the list's last item, not for a clause after a comma", () => {
      assert.strictEqual(findAffirmed(HAND_CURATED, 'Tickets as they arrive; nothing is selected, corrected or relabelled by hand.'), undefined);
      assert.strictEqual(findAffirmed(HAND_CURATED, 'Verder wordt er niets met de hand geselecteerd, verbeterd of opnieuw gelabeld.'), undefined);
      assert.strictEqual(
        findAffirmed(HAND_CURATED, 'Export aus dem Ticketsystem, anschließend Bereinigung in Excel: Dubletten raus, Tickets ohne Kategorie raus, nur abgeschlossene Fälle bleiben drin.') !== undefined,
        true,
      );
    });
    it('a negation that opens a clause holds for the whole clause, and no further', () => {
      const text = 'Ninguna propuesta se notifica al penado sin que el tramitador la revise.';
      assert.strictEqual(findAffirmed(DECIDES_WITHOUT_A_PERSON, text), undefined);
      assert.strictEqual(findAffirmed(DECIDES_WITHOUT_A_PERSON, 'No letter from the new tool ever goes straight to the decision letter.'), undefined);
      assert.strictEqual(findAffirmed(DECIDES_WITHOUT_A_PERSON, 'No extra staff are needed; high-confidence proposals go straight to the decision letter.'), 'go straight to the decision');
      assert.strictEqual(findAffirmed(DECIDES_WITHOUT_A_PERSON, 'Las resoluciones de la oficina salen sin que un tramitador las abra.'), 'sin que un tramitador las abra');
    });
    it('working roles that carry "manager" or "lead", and managers who do the work themselves', () => {
      for (const role of [
        'Case manager',
        'Lead adjuster',
        'Account executive',
        'Fallmanagerin',
        'Casemanager',
        'Store manager who places the weekly order',
        'Filialleiterin, die den Dienstplan erstellt',
      ])
        assert.ok(WORKING_ROLE.find(role), role);
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
