// The words every human format uses for a plan's verdict and scores.
import type { Score } from '../../engine';

export const VERDICT_WORDS: Record<Score['verdict'], string> = { ready: 'ready', not_ready: 'not ready' };

/** `not ready  overall 10 · technical 0 · operational 21 · organizational 9` */
export function readinessLine(score: Score): string {
  const d = score.dimensions;
  return (
    `${VERDICT_WORDS[score.verdict]}  overall ${score.overall} · technical ${d.technical_feasibility.score}` +
    ` · operational ${d.operational_viability.score} · organizational ${d.organizational_fit.score}`
  );
}
