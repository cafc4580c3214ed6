// "Name as on the card" where the card is the identity card: in a form that asks for an ID card's
// number and for no payment card, the words name the identity card (Egyptian "كما في البطاقة",
// "as on your ID card"), so the box is the person's name, not a cardholder's (rules/cardholder.ts).
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled } from './factory.ts';

describe('cardholder rule beside an identity card', () => {
  it("ar: the four-part name 'as on the card' beside الرقم القومي is the person's name", () => {
    const fields = classifyFields([labelled('الاسم رباعي كما في البطاقة'), labelled('الرقم القومي'), labelled('رقم الموبايل')], {}, { lang: 'ar' });
    expect(fields[0]!.fieldType).toBe('name');
    expect(fields[1]!.fieldType).toBe('national-id');
  });

  it('en: "Full name as on card" beside an ID number and no card is the name', () => {
    const fields = classifyFields([labelled('Full name as on card'), labelled('National ID number'), labelled('Date of birth')], {}, { lang: 'en' });
    expect(fields[0]!.category).toBe('name');
  });

  it('keeps the cardholder where the same form asks for a payment card too', () => {
    const fields = classifyFields([labelled('National ID number'), labelled('Name as on card'), labelled('Card number'), labelled('Expiry date'), labelled('CVC')], {}, { lang: 'en' });
    expect(fields[1]!.fieldType).toBe('cc-name');
  });
});
