// "Copy as Markdown": the popup's view as a Markdown document someone can paste into an issue, an
// article or notes. Pure; words come from the same messages as the popup. Page text (labels, step
// names) is escaped so a hostile label cannot inject links, images or tables.
import type { RuleStatusView } from '../rule-status/status.ts';
import type { Translate } from './i18n.ts';
import {
  categoryKey,
  documentedSentences,
  gradeKey,
  levelKey,
  requiredText,
  stepText,
  vendorText,
} from './labels.ts';
import type { FieldView, PopupView, VendorView } from './view-model.ts';

/** Escapes Markdown syntax and flattens whitespace, so page text stays plain text in one line. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(#|[-+](?=\s))/, '\\$1')
    .replace(/^(\d+)\.(?=\s)/, '$1\\.');
}

function fieldLine(t: Translate, f: FieldView): string {
  const label = f.labelShown ? `“${mdText(f.label)}”` : `${mdText(f.label)} (${t('noVisibleLabel')})`;
  const where = f.frameOrigin ? `, ${t('inFrame', mdText(f.frameOrigin))}` : '';
  return `- ${label} — ${mdText(stepText(t, f))}, ${requiredText(t, f)}${where}`;
}

const vendorLine = (t: Translate, v: VendorView) =>
  `- ${mdText(vendorText(t, v))} — ${mdText(t('stepLabel', v.step))}, ${mdText(t(v.via === 'frame' ? 'vendorViaFrame' : 'vendorViaScript', v.origin))}`;

/** The status note, when it was checked, where to check again, and the dated events (qualified where unconfirmed). */
function ruleStatusMarkdown(status: RuleStatusView, t: Translate): string[] {
  const out = status.note.slice(1).map((n) => `${mdText(n)}`);
  out.push('', mdText(t('ruleCheckedOn', status.checkedOnLabel)), '');
  out.push(`${mdText(t('ruleCheckAgain'))}:`, ...status.checkAgain.map((c) => `- [${mdText(c.label)}](${c.url})`), '');
  out.push(`### ${mdText(t('ruleEvents'))}`, '');
  for (const e of status.events) out.push(`- ${mdText(e.dateLabel)}: ${mdText(e.title)} (${mdText(t(gradeKey(e.grade)))}; ${mdText(e.source)})`);
  out.push('');
  return out;
}

export function toMarkdown(view: PopupView, t: Translate, generatedAt: Date): string {
  const out: string[] = [];
  const provider = view.provider?.name ?? t('providerUnknown');
  out.push(`# ${mdText(t('md_title', provider))}`, '');
  out.push(mdText(t('md_generated', generatedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC')), '');
  out.push(`**${mdText(t('md_rule', [view.rule.name, view.rule.citation, view.rule.status]))}**`, '');
  out.push(...ruleStatusMarkdown(view.rule.history, t));
  out.push(
    mdText(
      t('summaryCounts', [
        view.counts.fields,
        view.counts.requirementsAnswered,
        view.counts.requirementsTotal,
        view.counts.beyondCategories,
      ]),
    ),
    '',
  );

  out.push(`## ${mdText(t('md_steps'))}`, '');
  for (const s of view.steps) out.push(`${s.step}. ${mdText(s.name || s.url)}`);
  out.push('');

  out.push(`## ${mdText(t('sectionRequired'))}`, '');
  for (const g of view.requirements) {
    out.push(`### ${mdText(g.requirement.title)}`, '');
    if (g.requirement.loggedByProvider) out.push(`_${mdText(t('loggedByProvider'))}_`);
    for (const f of g.fields) out.push(fieldLine(t, f));
    for (const v of g.vendors) out.push(vendorLine(t, v));
    if (!g.answered) out.push(`_${mdText(t('notSeenYet'))}_`);
    out.push('');
    out.push(`> **${mdText(t('md_why'))}:** ${mdText(g.requirement.why)}`);
    if (g.requirement.wording) out.push(`> ${mdText(t('sourceWording'))}: “${mdText(g.requirement.wording)}”`);
    out.push(`> ${mdText(t('citation'))}: ${mdText(g.requirement.citation)} (${mdText(t(gradeKey(g.requirement.grade)))})`, '');
  }

  out.push(`## ${mdText(t('sectionBeyond'))}`, '');
  if (!view.beyond.length) out.push(mdText(t('beyondNone')), '');
  for (const g of view.beyond) {
    out.push(`### ${mdText(t(categoryKey(g.category)))}`, '');
    for (const f of g.fields) out.push(fieldLine(t, f));
    for (const v of g.vendors) out.push(vendorLine(t, v));
    out.push('');
    if (g.askedBy.length) {
      out.push(`> **${mdText(t('askedBy'))}:**`);
      for (const a of g.askedBy) out.push(`> - ${mdText(a.regimeName)}: ${mdText(a.note)}${a.basisNote ? ` ${mdText(a.basisNote)}` : ''}`);
    } else out.push(`> ${mdText(t('noRuleAsks'))}`);
    out.push('');
  }

  const notIdentityCount = view.notIdentity.reduce((n, g) => n + g.fields.length, 0);
  if (view.notIdentity.length) {
    out.push(`## ${mdText(t('sectionNotIdentity', notIdentityCount))}`, '');
    for (const g of view.notIdentity) {
      out.push(`### ${mdText(t(categoryKey(g.category)))}`, '');
      for (const f of g.fields) out.push(fieldLine(t, f));
      for (const v of g.vendors) out.push(vendorLine(t, v));
      out.push('');
    }
  }

  out.push(`## ${mdText(t('sectionImpact'))}`, '');
  out.push(`**${mdText(t('impactScore', view.impact.score))}** (${mdText(t(levelKey(view.impact.level)))})`, '');
  out.push(mdText(t('impactMinimum', view.minimumScore)), '');
  out.push(mdText(t('impactFormula', view.impact.maxPoints)), '');
  if (view.impact.contributions.length) {
    out.push(`| ${mdText(t('impactColCategory'))} | ${mdText(t('impactColWeight'))} | ${mdText(t('impactColHere'))} |`);
    out.push('|---|---|---|');
    for (const c of view.impact.contributions) out.push(`| ${mdText(t(categoryKey(c.category)))} | ${c.weight} | ${c.points} |`);
    out.push('');
  }
  if (view.documented) {
    const d = view.documented;
    out.push(`### ${mdText(t('documentedHeading'))}`, '');
    const lines = documentedSentences(t, d);
    for (const line of lines) out.push(`- ${mdText(line)}`);
    if (d.sources.length) out.push('', `${mdText(t('documentedSources'))}: ${d.sources.map(mdText).join('; ')}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
