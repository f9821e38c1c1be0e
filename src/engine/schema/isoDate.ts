// The one ajv format the plan schema uses, `date` (RFC 3339 full-date), as
// ajv-formats checks it (MIT, https://github.com/ajv-validator/ajv-formats):
// the validator's standalone code needs only this, and ajv-formats' whole
// table of formats would weigh 7.5 KB in every bundle. scripts/build.mjs
// points the generated validator here; test/unit/engine/isoDate.test.ts
// compares it with ajv-formats.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

export const isoDate = {
  validate(text: string): boolean {
    const m = DATE.exec(text);
    if (!m) return false;
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
  },
};
