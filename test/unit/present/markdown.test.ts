import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type Messages } from '../../../src/core/present/i18n.ts';
import { mdText, toMarkdown } from '../../../src/core/present/markdown.ts';
import { buildView } from '../../../src/core/present/view-model.ts';
import { field, flow, step } from './flow-builders.ts';
import { awsLike, catalog } from './sample.ts';

const t = createTranslator(en as Messages);
const at = new Date('2026-11-28T17:00:00Z');

describe('mdText', () => {
  it('escapes inline Markdown and HTML so page text stays text', () => {
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(mdText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(mdText('a | b *c* _d_ `e`')).toBe('a \\| b \\*c\\* \\_d\\_ \\`e\\`');
  });
  it('flattens newlines so a label cannot start a heading or a list', () => {
    expect(mdText('Name\n# Title\n- item')).toBe('Name # Title - item');
    expect(mdText('# heading')).toBe('\\# heading');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('1. first')).toBe('1\\. first');
  });
  it('leaves ordinary text alone', () => {
    expect(mdText('  Proposed in January 2024; never finalized; not in force ')).toBe(
      'Proposed in January 2024; never finalized; not in force',
    );
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(buildView(awsLike, catalog), t, at);

  it('starts with the provider, the time and the rule status', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# KYC Lens report: Amazon Web Services');
    expect(md).toContain('Generated 2026-11-28 17:00 UTC');
    expect(md).toContain('Status: Proposed in January 2024; never finalized; not in force');
  });

  it('carries the status note, when it was checked, where to check again and the dated events', () => {
    expect(md).toContain('Its AI-training report lost its legal basis when EO 14110 was revoked (Jan 2025).');
    expect(md).toContain('Status checked on 7 December 2026.');
    expect(md).toContain('- [Federal Register document 2024-01580 (the proposal, 89 FR 5698)](https://federalregister.gov/d/2024-01580)');
    expect(md).toContain('(https://www.reginfo.gov/public/do/eAgendaViewRule?pubId=202510&RIN=0694-AJ35)');
    expect(md).toContain('- 20 January 2025: EO 14110 revoked by EO 14148 (official text; Presidential Notice of 27 March 2025');
    const events = md.split('\n').filter((l) => /^- \d{0,2} ?[A-Z]?[a-z]* ?\d{4}: /.test(l));
    expect(events).toHaveLength(catalog.rule.history.events.length);
  });

  it('an intended-use question says the AI-training report lost its legal basis in January 2025', () => {
    const withIntent = toMarkdown(buildView(flow({ steps: [step(0, 'About you')], fields: [field('intended-use', { label: 'What will you build?' })] }), catalog), t, at);
    expect(withIntent).toContain(
      '> - Proposed IaaS KYC rule (2024): Questions about intended use or AI training relate to the proposal’s report on training large AI models. Its legal basis was revoked in January 2025: EO 14110 revoked by EO 14148 (20 January 2025).',
    );
    expect(md).not.toContain('Its legal basis was revoked');
  });

  it('never mentions the reported withdrawal without its qualifier', () => {
    const mentions = md.split('\n').filter((l) => /withdrew|Withdrawn/.test(l));
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    for (const l of mentions) expect(l).toMatch(/Reported, not confirmed: Commerce withdrew/);
  });

  it('lists steps, each requirement with its fields, why, wording and graded citation', () => {
    expect(md).toContain('2. Contact information');
    expect(md).toContain('### Telephone number');
    expect(md).toContain('- “Phone number” — Step 2 · Contact information, required');
    expect(md).toContain('- Postal code (no visible label) — Step 2 · Contact information, required');
    expect(md).toContain('- Payment entered in a Stripe frame — Step 3');
    expect(md).toMatch(/### IP addresses and access times\n\n_Logged by the provider; no form field needed\._/);
    expect(md).toContain('> Source wording: “IP address(es) used for access or administration');
    expect(md).toContain('(quoted as the rule’s own words by secondary sources)');
    expect(md.match(/^> Citation: /gm)).toHaveLength(6);
  });

  it('lists what goes beyond the minimum with who asks for it', () => {
    expect(md).toContain('## Beyond the proposal’s listed minimum');
    expect(md).toContain('### Date of birth');
    expect(md).toContain('> - U.S. bank CIP: U.S. banks must collect the date of birth of individual customers.');
    expect(md).toContain('- Identity verification by Jumio — Step 4');
  });

  it('carries the score, its formula and documented vs observed', () => {
    const view = buildView(awsLike, catalog);
    expect(md).toContain(`**${view.impact.score} out of 100**`);
    expect(md).toContain('Score = 100 × points ÷ 27');
    expect(md).toContain('- Documented: name, telephone number, means of payment.');
    expect(md).toContain('- Documented verification: SMS code.');
    expect(md).toMatch(/- Observed here: also email address, address, date of birth, organization and role, identity documents and selfies\./);
  });

  it('never lets a hostile label break out of its line', () => {
    const hostile = buildView(
      flow({ steps: [step(0, '## Injected\n[x](http://evil)')], fields: [field('name', { label: 'Name\n\n# Owned <script>' })] }),
      catalog,
    );
    const out = toMarkdown(hostile, t, at);
    expect(out).not.toMatch(/^# Owned/m);
    expect(out).not.toMatch(/^## Injected/m);
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/(?<!\\)\](?=\(http:\/\/evil)/);
    expect(out).toContain('\\[x\\](http://evil)');
    expect(out).toContain('“Name # Owned \\<script\\>”');
  });

  it('says when nothing goes beyond the minimum', () => {
    const out = toMarkdown(buildView(flow({ fields: [field('email')] }), catalog), t, at);
    expect(out).toContain('Nothing beyond the proposal’s listed minimum seen so far.');
    expect(out).toContain('_Not asked in this flow so far._');
  });
});
