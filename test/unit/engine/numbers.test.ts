import * as assert from 'assert';
import { PlanDocument, quotedNumber } from '../../../src/engine/document';

describe('numbers as a reviewer reads them', () => {
  it('a quoted number is that number', () => {
    assert.strictEqual(quotedNumber('10'), 10);
    assert.strictEqual(quotedNumber('1,500'), 1500);
    assert.strictEqual(quotedNumber('1,5'), 1.5);
    assert.strictEqual(quotedNumber('ten'), undefined);
  });
  it("a number with its key's own unit is that number, another unit is not", () => {
    assert.strictEqual(quotedNumber('9 min', 'minutes'), 9);
    assert.strictEqual(quotedNumber('45 Minuten', 'minutes'), 45);
    assert.strictEqual(quotedNumber('4 s', 'seconds'), 4);
    assert.strictEqual(quotedNumber('€0.40', 'money'), 0.4);
    assert.strictEqual(quotedNumber('120 000 EUR', 'money'), 120000);
    assert.strictEqual(quotedNumber('6 semanas', 'weeks'), 6);
    assert.strictEqual(quotedNumber('2 h', 'minutes'), undefined);
    assert.strictEqual(quotedNumber('9 min', undefined), undefined);
    assert.strictEqual(quotedNumber('min 9 max 12', 'minutes'), undefined);
  });
  it('an estimate and what it counts, around the number, leave the number; a rate of its own does not', () => {
    assert.strictEqual(quotedNumber('about 150 alerts expected'), 150);
    assert.strictEqual(quotedNumber('etwa 12', 'minutes'), 12);
    assert.strictEqual(quotedNumber('environ 300 dossiers'), 300);
    assert.strictEqual(quotedNumber('unos 20 casos'), 20);
    assert.strictEqual(quotedNumber('ongeveer 50 meldingen'), 50);
    assert.strictEqual(quotedNumber('~ 40'), 40);
    assert.strictEqual(quotedNumber('6 operators'), 6);
    assert.strictEqual(quotedNumber('rund 9 min', 'minutes'), 9);
    assert.strictEqual(quotedNumber('about 150 a day'), undefined);
    assert.strictEqual(quotedNumber('150 per week'), undefined);
    assert.strictEqual(quotedNumber('40 Stunden', 'minutes'), undefined);
    assert.strictEqual(quotedNumber('300 dossiers par mois'), undefined);
    assert.strictEqual(quotedNumber('under 5'), undefined);
    assert.strictEqual(quotedNumber('5 to 10'), undefined);
  });
  it('reads the unit from the key the number is under', () => {
    const plan = new PlanDocument('economics:\n  manual_minutes_per_item: 9 min\n  volume_per_month: 9 min\n');
    assert.strictEqual(plan.number(['economics', 'manual_minutes_per_item']), 9);
    assert.strictEqual(plan.number(['economics', 'volume_per_month']), undefined);
  });
});

describe('text as a reviewer reads it', () => {
  it('a bullet with a colon in it is a sentence of the list', () => {
    const plan = new PlanDocument('questions:\n  technical_feasibility:\n    - 2 weeks shadow mode: live alerts scored\n    - then live\n');
    assert.strictEqual(plan.textAt(['questions', 'technical_feasibility']), '2 weeks shadow mode: live alerts scored; then live');
  });
  it('everything written under a key, free-form keys too', () => {
    const plan = new PlanDocument('governance:\n  human_review:\n    required: true\n    toelichting: alleen een steekproef\n    notes: [TODO, "per besluit"]\n');
    assert.strictEqual(plan.textUnder(['governance', 'human_review']), 'alleen een steekproef. per besluit');
  });
});
