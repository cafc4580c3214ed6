// Onboarding's "Who will be using it?" radios ("Just me" / "My company or team", "For myself" /
// "For my team") answer whether the account is a person's or an organization's: the account type.
import { describe, expect, it } from 'vitest';
import { classifyForm, field } from './factory.ts';

const radio = (name: string, label: string, legend: string) => field({ type: 'radio', name, labels: [label], legend });

describe('onboarding account kinds', () => {
  for (const [a, b] of [
    ['My company or team', 'Just me'],
    ['For myself', 'For my team'],
  ] as const) {
    it(`"${a}" / "${b}" is the account type`, () => {
      const form = classifyForm([radio('q1', a, 'Who will be using it?'), radio('q1', b, 'Who will be using it?')], { heading: 'Welcome', buttons: ['Continue'], submitButtons: 1 });
      expect(form.fields.map((f) => f.fieldType)).toEqual(['account-type', 'account-type']);
    });
  }
});
