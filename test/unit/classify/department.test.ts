// Context rule department: a word naming both a department and an address part ("Department",
// "Département", "Departamento") is the department in a typed box beside a company, and the address
// part in an address block, a region picker or a form with no company.
import { describe, expect, it } from 'vitest';
import { classify } from './probe-page.ts';

const REGIONS: Record<string, string[]> = {
  fr: ['Ain', 'Aisne', 'Allier', 'Ardèche', 'Paris'],
  es: ['Antioquia', 'Atlántico', 'Bogotá D.C.', 'Bolívar', 'Boyacá'],
};

describe('department', () => {
  it('beside the company or the job title it is the department (organization), in four languages', () => {
    for (const [lang, company, department] of [
      ['en', 'Company', 'Department'],
      ['en', 'Job title', 'Department'],
      ['fr', 'Société', 'Département'],
      ['es', 'Empresa', 'Departamento'],
      ['pt', 'Empresa', 'Departamento'],
    ] as const) {
      const f = classify(lang, [{ caption: 'First name', name: 'firstname' }, { caption: company }, { caption: department }, { caption: 'Email', name: 'email', type: 'email' }], 'Sign up')[2]!;
      expect(f.fieldType, `${lang} ${department}`).toBe('organization-title');
      expect(f.evidence.join(' ')).toMatch(/department beside the company/);
    }
  });

  it('in an address block it stays the region', () => {
    const f = classify('en', [{ caption: '', name: 'street' }, { caption: 'Department' }, { caption: '', name: 'city' }, { caption: '', name: 'postcode' }], 'Save')[1]!;
    expect(f.fieldType).toBe('address-level1');
  });

  it('a region picker stays the region even right after the company (France, Colombia)', () => {
    for (const [lang, company, department, name] of [
      ['fr', 'Société', 'Département', 'Nom'],
      ['es', 'Empresa', 'Departamento', 'Nombre'],
    ] as const) {
      const f = classify(lang, [{ caption: name }, { caption: company }, { caption: department, options: REGIONS[lang]! }, { caption: 'Email', name: 'email', type: 'email' }], 'Save')[2]!;
      expect(f.category, `${lang} ${department}`).toBe('address');
    }
  });

  it('with no company beside it, it stays the address part it was', () => {
    const f = classify('en', [{ caption: 'First name', name: 'firstname' }, { caption: 'Department' }, { caption: 'Email', name: 'email', type: 'email' }], 'Sign up')[1]!;
    expect(f.fieldType).toBe('address-level1');
    const flat = classify('es', [{ caption: 'Empresa' }, { caption: 'Dirección' }, { caption: 'Departamento' }, { caption: 'Ciudad' }], 'Guardar')[2]!;
    expect(flat.category).toBe('address');
  });
});
