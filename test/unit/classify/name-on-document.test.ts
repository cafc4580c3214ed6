// Context rule name-on-document: a caption asking for the name as written on an identity document
// asks for the name; the document's own number keeps its reading.
import { describe, expect, it } from 'vitest';
import { classifyFields, field, labelled } from './factory.ts';

const signup = (caption: string, opts = {}) => classifyFields([labelled(caption, opts), labelled('Email', { type: 'email' }), labelled('Password', { type: 'password' })])[0]!;

describe('name-on-document', () => {
  it('a name "as on" a passport, an ID card or a national ID is the name, in several languages', () => {
    for (const caption of [
      'Name as shown on your ID card',
      'Full Name (Based on KTP)',
      'Full name (as on your passport)',
      'Nombre completo (como aparece en su DNI)',
      'Vollständiger Name (wie im Reisepass)',
      'ФИО (как в паспорте)',
      '姓名（与身份证一致）',
    ]) {
      const f = signup(caption);
      expect(f.category, caption).toBe('name');
      expect(f.evidence.join(' '), caption).toMatch(/name as written on an identity document/);
    }
  });

  it('zh, ja, ko: the document first, then a possessive, then the name it holds, is that name', () => {
    for (const caption of ['请输入身份证上的姓名', '身份证上的姓名', '運転免許証に記載の氏名', '신분증상의 이름']) {
      const f = signup(caption);
      expect(f.category, `${caption}: ${f.evidence.join('; ')}`).toBe('name');
    }
    // The number beside it keeps its reading.
    expect(signup('身份证号码').category).toBe('government-id');
  });

  it('a first name "as in passport" stays a first name', () => {
    expect(signup('First name (as in passport)').fieldType).toBe('given-name');
  });

  it('the document and its number keep their reading', () => {
    expect(signup('Passport number').category).toBe('government-id');
    expect(signup('DNI').category).toBe('government-id');
    expect(signup('ID card number').category).toBe('government-id');
  });

  it('an upload box captioned with a name is left alone (a file is the document)', () => {
    const f = classifyFields([field({ type: 'file', labels: ['Name side of your ID card'] })])[0]!;
    expect(f.category).not.toBe('name');
  });
});
