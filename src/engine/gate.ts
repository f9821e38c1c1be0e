// The production gate: what must be written, concretely and now, before a POC
// is approved. One list, read by the gate rules, the score and the panel.
import { PlanDocument, PlanPath } from './document';
import { deferralIn } from './lexicon/deferral';
import { COMMITS, DATED, DECIDES_NOTHING } from './lexicon/hypothesis';
import { memoized } from './lexicon/lexicon';

/** What a gate value defers, kept per text: every lint asks it of each gate value, most unchanged since the last. */
const deferralOf = memoized(deferralIn);

export const GATE_PATHS: ReadonlyArray<readonly string[]> = [
  ['production_plan', 'data_sources'],
  ['production_plan', 'integration_points'],
  ['production_plan', 'change_management'],
  ['production_plan', 'operations'],
  ['production_plan', 'budget'],
  ['production_plan', 'executive_sponsor'],
  ['hypothesis', 'decision'],
];

export type Unanswered =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'placeholder' }
  /** The value pushes the answer out of the POC or to someone else: `quote` is the words that do. */
  | { kind: 'defers'; quote: string }
  /** The value commits to nothing ("decide on next steps"). */
  | { kind: 'decides-nothing'; quote: string };

/**
 * Why the value at `path` does not answer, or undefined when it does. A
 * decision must also commit to something.
 */
export function unanswered(plan: PlanDocument, path: PlanPath, { mustCommit = false } = {}): Unanswered | undefined {
  const node = plan.node(path);
  if (node === undefined) return { kind: 'missing' };
  if (!plan.isWritten(path)) return plan.isEmpty(path) ? { kind: 'empty' } : { kind: 'placeholder' };
  const text = plan.textAt(path);
  if (text === undefined) return undefined;
  const quote = deferralOf(text);
  if (quote && !asideToAFigure(path, text)) return { kind: 'defers', quote };
  if (!mustCommit) return undefined;
  const nothing = DECIDES_NOTHING.find(text);
  if (nothing) return { kind: 'decides-nothing', quote: nothing };
  // A decision that neither acts (roll out, fund, stop...) nor says when ("present the findings to the board") commits to nothing.
  if (!COMMITS.find(text) && !DATED.test(text)) return { kind: 'decides-nothing', quote: quoted(text) };
  return undefined;
}

/**
 * "about 900 heats a month on MS2 (about 2,100 with MS1 later)": a figure is
 * given, and the deferral is an aside in brackets about what comes after.
 * Only for the figures operations and metrics ask for; a gate element that
 * defers in brackets still defers.
 */
function asideToAFigure(path: PlanPath, text: string): boolean {
  if (path[0] !== 'operations' && path[0] !== 'metrics') return false;
  const outside = text.replace(/\([^()]*\)/g, ' ');
  return outside !== text && /\d/.test(outside) && deferralOf(outside) === undefined;
}

/** A value as a quote in a message: one line, at most 80 characters. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? line.slice(0, 79) + '…' : line;
}

export function gatePasses(plan: PlanDocument, path: PlanPath): boolean {
  return unanswered(plan, path, { mustCommit: path.join('.') === 'hypothesis.decision' }) === undefined;
}
