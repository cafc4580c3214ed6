// Context rule job-title: a typed "Title" beside a company is the job title; a salutation list, or a
// "Title" box in a person's form, stays a salutation.
import { describe, expect, it } from 'vitest';
import { classifyFields, labelled, select } from './factory.ts';

describe('job-title', () => {
  it('a "Title" text box beside "Company" is the job title (organization)', () => {
    const fields = classifyFields([labelled('First name'), labelled('Last name'), labelled('Company'), labelled('Title'), labelled('Email', { type: 'email' })]);
    expect(fields[3]!.fieldType).toBe('organization-title');
    expect(fields[3]!.category).toBe('organization');
  });

  it('a "Title" list of salutations beside "Company" stays a salutation', () => {
    const fields = classifyFields([select('Title', ['Mr', 'Mrs', 'Ms', 'Dr']), labelled('First name'), labelled('Company')]);
    expect(fields[0]!.fieldType).toBe('honorific-prefix');
  });

  it('a "Title" text box in a form with no company field is left as it reads', () => {
    const fields = classifyFields([labelled('Title'), labelled('First name'), labelled('Last name'), labelled('Street')]);
    expect(fields[0]!.fieldType).toBe('honorific-prefix');
  });
});

describe('job-title leaves salutations alone', () => {
  it('a "Title" box right before the first name, or beside a "Position" field, is a salutation', () => {
    const before = classifyFields([labelled('Title'), labelled('First name'), labelled('Last name'), labelled('Company')]);
    expect(before[0]!.fieldType).toBe('honorific-prefix');
    const withPosition = classifyFields([labelled('Last name'), labelled('Title'), labelled('Company'), labelled('Position')]);
    expect(withPosition[1]!.fieldType).toBe('honorific-prefix');
  });
});
