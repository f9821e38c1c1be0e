// Units a plan writes beside a number ("9 min", "€0.40", "6 weeks"). A number
// key's value with its own unit is that number: a reviewer reads "9 min" as 9
// minutes. A different unit ("2 h" for minutes) is not converted: it stays a
// type finding, so the plan says what it means.

export type Unit = 'minutes' | 'seconds' | 'weeks' | 'money';

/** The words (lower case) each unit is written with, in every language a plan may be written in. */
export const UNIT_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  minutes: ['min', 'min.', 'mins', 'minute', 'minutes', 'minuten', 'minuto', 'minutos', 'minuut'],
  seconds: ['s', 's.', 'sec', 'sec.', 'secs', 'second', 'seconds', 'sekunde', 'sekunden', 'seconde', 'secondes', 'segundo', 'segundos', 'seconden'],
  weeks: ['week', 'weeks', 'wk', 'wks', 'woche', 'wochen', 'semaine', 'semaines', 'semana', 'semanas', 'weken'],
  money: ['€', '$', '£', 'eur', 'euro', 'euros', 'usd', 'gbp', 'chf', 'sek', 'nok', 'dkk', 'pln'],
};

/** Which unit a number key is counted in, by its name (`manual_minutes_per_item`: minutes). */
export function unitOfKey(key: string | number | undefined): Unit | undefined {
  if (typeof key !== 'string') return undefined;
  if (key.includes('minutes')) return 'minutes';
  if (key.includes('seconds')) return 'seconds';
  if (key.includes('weeks')) return 'weeks';
  if (['poc', 'scoping', 'production_estimate'].includes(key) || key.includes('cost')) return 'money';
  return undefined;
}
