// A console's plan list ("Plan": Free / Pro / Team) is the plan choice; "How do you plan to use it?"
// stays the intended use.
import { describe, expect, it } from 'vitest';
import { classifyForm, labelled, select } from './factory.ts';

describe('plan-choice words (en)', () => {
  it('a "Plan" list of priced tiers under an organization step is the plan choice', () => {
    const form = classifyForm([labelled('Organization name', { name: 'org' }), select('Plan', ['Free - $0/month', 'Pro - $25/month', 'Team - $599/month'], { name: 'tier' })], { heading: 'Create a new organization', buttons: ['Create organization'], submitButtons: 1 });
    expect(form.fields[1]!.fieldType).toBe('plan-choice');
  });

  it('"Choose your plan" over a list is the plan choice', () => {
    const form = classifyForm([labelled('Email', { name: 'email', type: 'email' }), select('Choose your plan', ['Starter', 'Business', 'Enterprise'], { name: 'p' })], { buttons: ['Continue'], submitButtons: 1 });
    expect(form.fields[1]!.fieldType).toBe('plan-choice');
  });

  it('"How do you plan to use it?" stays the intended use', () => {
    const form = classifyForm([labelled('Company', { name: 'company' }), select('How do you plan to use it?', ['Inference', 'Training', 'Research'], { name: 'u' })], { buttons: ['Continue'], submitButtons: 1 });
    expect(form.fields[1]!.fieldType).toBe('intended-use');
  });
});
