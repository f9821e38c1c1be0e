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

/** Month words, for a time a plan counts in months ("over 12 maanden"). */
export const MONTH_WORDS: readonly string[] = ['month', 'months', 'monat', 'monate', 'monaten', 'mois', 'mes', 'meses', 'maand', 'maanden'];
/** Weeks in a month, at the least: "3 mois" is not past a 12-week pilot. */
export const WEEKS_PER_MONTH = 4;

/** The twelve months' names, as a lexicon phrase's alternatives ("extraction faite en octobre"). */
export const MONTH_NAMES = {
  en: 'january|february|march|april|may|june|july|august|september|october|november|december',
  de: 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember',
  fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
} as const;

/** Which unit a number key is counted in, by its name (`manual_minutes_per_item`: minutes). */
export function unitOfKey(key: string | number | undefined): Unit | undefined {
  if (typeof key !== 'string') return undefined;
  if (key.includes('minutes')) return 'minutes';
  if (key.includes('seconds')) return 'seconds';
  if (key.includes('weeks')) return 'weeks';
  if (['poc', 'scoping', 'production_estimate'].includes(key) || key.includes('cost')) return 'money';
  return undefined;
}

/**
 * Words before a number that only say it is an estimate ("about 150", "etwa
 * 150", "environ 150", "unos 150", "ongeveer 150"): the number is still read.
 */
export const HEDGE_WORDS: readonly string[] = [
  'about',
  'approx',
  'approx.',
  'approximately',
  'around',
  'roughly',
  'some',
  'circa',
  'ca',
  'ca.',
  'c.',
  '~',
  'etwa',
  'rund',
  'ungefähr',
  'zirka',
  'environ',
  'près de',
  'autour de',
  'quelque',
  'unos',
  'unas',
  'aproximadamente',
  'alrededor de',
  'cerca de',
  'ongeveer',
  "zo'n",
  'rond de',
  'ruwweg',
];

/**
 * Words after a number that give it a rate or a unit of its own ("150 a day",
 * "2 per week", "3 Stunden"): then the number is not read as the key's, since
 * converting it is the plan's job. Other words after it name what is counted
 * ("150 alerts expected") and leave the number as it is.
 */
export const RATE_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(UNIT_WORDS).flat(),
  ...'per a an each every day days daily week weeks weekly month months monthly year years yearly annually annual hour hours hourly h'.split(' '),
  ...'pro je am tag tage tagen täglich wöchentlich monat monate monatlich jahr jahre jährlich stunde stunden std'.split(' '),
  ...'par jour jours quotidien quotidienne hebdomadaire mois mensuel mensuelle an ans année années annuel heure heures'.split(' '),
  ...'por al cada día días diario diaria semanal mes meses mensual año años anual hora horas'.split(' '),
  ...'dag dagen dagelijks wekelijks maand maanden maandelijks jaar jaren jaarlijks uur uren elke iedere'.split(' '),
]);
