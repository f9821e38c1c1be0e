// Whether the use case decides about people (hiring, credit, insurance, care,
// benefits, education, policing): read from what the plan says it is about.
import { PlanDocument } from '../document';
import { negated, sentenceAt, SENTENCE_END } from '../lexicon/lexicon';
import { ASSESSES, DECIDES_ABOUT_PEOPLE, NOT_A_PERSON, PERSON } from '../lexicon/people';

/** What the POC is, in its own words: where a person and a decision about them are read. */
const WHAT_IT_IS = [['poc'], ['hypothesis', 'statement']];
const ABOUT = [...WHAT_IT_IS, ['hypothesis', 'decision'], ['data', 'source']];

// Two rules ask per lint; the plan does not change in between.
const cache = new WeakMap<PlanDocument, string | null>();

/**
 * A person and a decision about them in one sentence of the title or the
 * statement ("shortlisting applicants", "Pflegestufe für Antragsteller"):
 * the words of a domain the lexicon does not list yet still say it.
 */
function aboutSomeone(texts: string[]): string | undefined {
  for (const sentence of texts.join('. ').split(SENTENCE_END)) {
    const person = PERSON.find(sentence);
    const decision = person && ASSESSES.find(sentence);
    if (person && decision) return `${decision} … ${person}`;
  }
  return undefined;
}

/** The words that show the POC decides about people, or undefined. */
export function peopleDecision(plan: PlanDocument): string | undefined {
  let found = cache.get(plan);
  if (found === undefined) {
    // What the review is for can say it too ("the score feeds their variable pay").
    const about = [...ABOUT.map((p) => plan.textAt(p) ?? ''), plan.textUnder(['governance'])].join('. ');
    // "Antimicrobial prescribing review across our small animal practices": a people word about animals
    // or ships decides about no one, in its sentence or, when the title, statement or owner says so, anywhere.
    const whatItIs = WHAT_IT_IS.map((p) => plan.textAt(p) ?? '');
    const notAPerson = NOT_A_PERSON.find([...whatItIs, plan.textAt(['owner']) ?? ''].join('. ')) !== undefined;
    const said = notAPerson ? undefined : DECIDES_ABOUT_PEOPLE.matches(about).find((m) => !negated(about, m) && NOT_A_PERSON.find(sentenceAt(about, m.index)) === undefined);
    found = said?.text ?? aboutSomeone(whatItIs) ?? null;
    cache.set(plan, found);
  }
  return found ?? undefined;
}
