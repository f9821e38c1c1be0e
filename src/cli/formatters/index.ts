// Every format, by command: --format is checked against these, --help lists
// them, and the first of each list is the default.
import type { Formatter } from './formatter';
import { json } from './json';
import { junit } from './junit';
import { markdown } from './markdown';
import { sarif } from './sarif';
import { stylish } from './stylish';
import { summaryHtml, summaryJson, summaryMarkdown, summaryTable } from './summary';
import { unix } from './unix';

export type { FormatContext, Formatter } from './formatter';

export type FormatCommand = 'check' | 'summary';

export const FORMATTERS: Record<FormatCommand, readonly Formatter[]> = {
  check: [stylish, json, sarif, markdown, junit, unix],
  summary: [summaryTable, summaryJson, summaryMarkdown, summaryHtml],
};

export function formatterNames(command: FormatCommand): string[] {
  return FORMATTERS[command].map((f) => f.name);
}

/** The formatter called `name` for `command`, or undefined when there is none. */
export function findFormatter(command: FormatCommand, name: string): Formatter | undefined {
  return FORMATTERS[command].find((f) => f.name === name);
}
