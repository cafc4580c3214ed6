// Context rule date-parts: day, month and year boxes are a birth date or a card expiry by their
// neighbours — and a box that only a word calls a day, a month or a year, alone, is neither.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled, select, years } from './factory.ts';

const types = (fields: ReturnType<typeof field>[]) => classifyFields(fields).map((f) => f.fieldType);

describe('date-parts', () => {
  it('reads day, month and year boxes side by side as a birth date', () => {
    expect(types([labelled('Full name'), labelled('Day'), labelled('Month'), labelled('Year')]).slice(1)).toEqual(['bday-day', 'bday-month', 'bday-year']);
    expect(types([labelled('Full name'), field({ placeholder: 'DD' }), field({ placeholder: 'MM' }), field({ placeholder: 'YYYY' })]).slice(1)).toEqual(['bday-day', 'bday-month', 'bday-year']);
  });

  it('reads a lone year that names a birth as the birth year, and a lone list of past years as one', () => {
    expect(types([labelled('Full name'), labelled('Year of birth')])[1]).toBe('bday-year');
    expect(types([labelled('Full name'), select('', years(2008, 1920))])[1]).toBe('bday-year');
  });

  it('leaves alone a box that only a word calls a year or a day, with no other part beside it', () => {
    // A vehicle's year, a year of study, an English attribute "tag" on a page that names no language.
    expect(types([labelled('Full name'), labelled('Make'), labelled('Model'), labelled('Year')])[3]).not.toMatch(/^bday|^cc-exp/);
    expect(types([labelled('Full name'), labelled('Email', { type: 'email' }), labelled('Year')])[2]).not.toMatch(/^bday|^cc-exp/);
    expect(types([labelled('Email', { type: 'email' }), field({ name: 'tag' }), labelled('Message')])[1]).not.toMatch(/^bday/);
  });

  it('reads expiry parts beside a card number as the card expiry', () => {
    expect(types([labelled('Card number'), labelled('Month'), labelled('Year'), labelled('CVC')]).slice(1, 3)).toEqual(['cc-exp-month', 'cc-exp-year']);
  });

  it('reads a month list under the caption of the whole date ("Expiration date", "Date of birth") as the month', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    expect(types([labelled('Card number'), select('Expiration date', months), select('', years(2027, 2035), { ariaLabel: 'Expiration year' })]).slice(1)).toEqual(['cc-exp-month', 'cc-exp-year']);
    expect(types([labelled('Full name'), select('Date of birth', months), select('', years(2008, 1920))]).slice(1)).toEqual(['bday-month', 'bday-year']);
    // A box that is no list keeps the whole date its caption names.
    expect(types([labelled('Card number'), labelled('Expiration date'), labelled('CVC')])[1]).toBe('cc-exp');
  });

  it('birth-date boxes captioned Day, Month and Year keep their parts whatever prefix their names share ("usernamereg-day")', () => {
    const form = [
      labelled('First name', { name: 'usernamereg-firstName', id: 'usernamereg-firstName' }),
      labelled('Email address', { name: 'usernamereg-userId', id: 'usernamereg-userId' }),
      labelled('Password', { name: 'usernamereg-password', id: 'usernamereg-password', type: 'password' }),
      select('Birth month', ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'], { name: 'usernamereg-month', id: 'usernamereg-month' }),
      labelled('Day', { name: 'usernamereg-day', id: 'usernamereg-day' }),
      labelled('Year', { name: 'usernamereg-year', id: 'usernamereg-year' }),
    ];
    const fields = classifyFields(form, { buttons: ['Continue'] });
    expect(fields.slice(3).map((f) => f.category)).toEqual(['date-of-birth', 'date-of-birth', 'date-of-birth']);
    expect(fields[4]!.fieldType).toBe('bday-day');
    expect(fields[5]!.fieldType).toBe('bday-year');
  });
});
