// The one seam every report format goes through: a name, a line for --help,
// and a function from the lint reports to the text written out. A new format
// is one file exporting a Formatter plus one line in ./index.ts.
import type { Paint } from '../colors';
import type { PlanReport } from '../report';

export interface FormatContext {
  /** Of poc-readiness, for the formats that record it. */
  version: string;
  /** The working directory: every report's `file` is relative to it. */
  cwd: string;
  /** Colour for the human formats; plain when off. Machine formats ignore it. */
  paint: Paint;
  /** ISO date the portfolio counts stalled POCs from (`--today`, else the real date). */
  today: string;
  /** The `maxDaysToProduction` threshold in force. */
  maxDaysToProduction: number;
}

export interface Formatter {
  /** As given to --format. */
  name: string;
  /** One line for --help. */
  description: string;
  format(reports: readonly PlanReport[], context: FormatContext): string;
  /**
   * The same text in pieces, for a format whose whole text would be large:
   * the CLI writes each piece as it comes, so the report is never held
   * whole (nor twice, as the bytes written). Joined, exactly `format`'s text.
   */
  pieces?(reports: readonly PlanReport[], context: FormatContext): Iterable<string>;
}
