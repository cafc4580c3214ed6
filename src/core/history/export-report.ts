// Human-readable evidence reports, Markdown and printable HTML, with the provenance a citation needs:
// who generated it and when, and for each snapshot its hash, times, URL and the extension and catalog
// versions that recorded it. Page texts are escaped, never interpreted.
import { currentRuleStatus } from '../rule-status/current.ts';
import { checkedSentence, type RuleStatusView } from '../rule-status/status.ts';
import { IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import { CATEGORY_TITLES } from './diff.ts';
import type { Generator } from './export-json.ts';
import { categoryStatuses, type Snapshot } from './snapshot.ts';

export interface ReportOptions {
  generatedAt: number;
  generator: Generator;
  title?: string;
  /** The rule's status to report; the current catalog's by default. */
  rule?: RuleStatusView;
}

const iso = (ms: number) => new Date(ms).toISOString();
const ROLE: Record<Snapshot['vendors'][number]['role'], string> = {
  payment: 'payment processor',
  'identity-verification': 'ID verification',
  captcha: 'captcha',
};
const note = (rule: RuleStatusView) =>
  `Requirement ids refer to the U.S. Commerce Department’s proposed Know-Your-Customer rule for IaaS providers (January 2024): ${rule.line}. Snapshot ids are SHA-256 hashes of the canonical JSON of each snapshot (see docs/export-format.md): recompute one to check that a record was not changed.`;

const GRADE_WORDS: Record<RuleStatusView['events'][number]['grade'], string> = {
  primary: 'official text',
  quoted: 'quoted by secondary sources',
  summary: 'secondary summary',
  unconfirmed: 'reported, not confirmed',
};

/** Notes for the snapshot's categories tied to a requirement that lost its legal basis (intended use). */
function basisLines(s: Snapshot, rule: RuleStatusView): string[] {
  const seen = new Set(s.fields.map((f) => f.category));
  return IDENTITY_CATEGORIES.flatMap((c) => {
    const n = rule.categoryNotes[c];
    return n && seen.has(c) ? [`${CATEGORY_TITLES[c]}: ${n}`] : [];
  });
}

const TRUNCATED = 'Incomplete record: a page had more fields than KYC Lens records, so some fields may be missing.';

// The same order as localeCompare(…, 'en'), many times faster over ten thousand names.
const byName = new Intl.Collator('en').compare;

function sortedForReport(snapshots: readonly Snapshot[]): Snapshot[] {
  return [...snapshots].sort((a, b) => byName(a.provider.name, b.provider.name) || a.savedAt - b.savedAt);
}

function summaryLine(s: Snapshot): string {
  const statuses = categoryStatuses(s);
  const required = [...statuses].filter(([, st]) => st === 'required').map(([c]) => CATEGORY_TITLES[c]);
  const optional = [...statuses].filter(([, st]) => st === 'optional').map(([c]) => CATEGORY_TITLES[c]);
  return `Required: ${required.join(', ') || 'none'}. Optional: ${optional.join(', ') || 'none'}.`;
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/**
 * Escapes text from web pages so Markdown shows it literally and a table cell stays one cell. Always
 * used mid-line, so only inline syntax needs escaping (emphasis, code, links, HTML, entities, pipes).
 */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`);
}

const mdCode = (text: string) => {
  const clean = text.replace(/\s+/g, ' ');
  const ticks = '`'.repeat(Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length)) + 1);
  return `${ticks}${clean.startsWith('`') || clean.endsWith('`') ? ` ${clean} ` : clean}${ticks}`;
};

/**
 * A report in pieces, so a page can build a big one a slice at a time: `head`, then `section(s)` for
 * each of `items` in order, then `tail`. With `trimEnd`, trailing white space of the whole is cut and
 * one newline added (apply it to the last piece). `reportMarkdown`/`reportHtml` join the pieces.
 */
export interface ReportParts {
  head: string;
  items: readonly Snapshot[];
  section(s: Snapshot): string;
  tail: string;
  trimEnd: boolean;
}

/** Joins report pieces into the whole text. */
export function assembleReport(parts: ReportParts): string {
  const text = parts.head + parts.items.map((s) => parts.section(s)).join('') + parts.tail;
  return parts.trimEnd ? `${text.trimEnd()}\n` : text;
}

const lines = (xs: readonly string[]) => xs.map((x) => `${x}\n`).join('');

/**
 * The rule's status in Markdown: the line, when it was checked, where to check again, the note and
 * the dated events (an unconfirmed one qualified in its own words). Shared with `kyc-lens timeline`.
 */
export function ruleStatusMarkdown(rule: RuleStatusView, heading = '##'): string[] {
  const out = [
    `${heading} The rule’s status`,
    '',
    `**${mdText(rule.line)}.** ${mdText(checkedSentence(rule))} (requirement catalog ${mdCode(rule.catalogVersion)})`,
    '',
    ...rule.note.slice(1).map((n) => `- ${mdText(n)}`),
    '',
    'Check it again:',
    '',
    ...rule.checkAgain.map((c) => `- [${mdText(c.label)}](${c.url})${c.note ? ` — ${mdText(c.note)}` : ''}`),
    '',
    '| Date | What happened | Source | How sure |',
    '| --- | --- | --- | --- |',
    ...rule.events.map((e) => `| ${e.date} | ${mdText(e.title)} | ${mdText(e.source)} | ${GRADE_WORDS[e.grade]} |`),
    '',
  ];
  if (rule.related.length)
    out.push('Related, not this rule:', '', ...rule.related.map((e) => `- ${e.date}: ${mdText(e.title)} (${mdText(e.source)}; ${GRADE_WORDS[e.grade]})`), '');
  return out;
}

export function markdownReportParts(snapshots: readonly Snapshot[], options: ReportOptions): ReportParts {
  const rule = options.rule ?? currentRuleStatus();
  const providers = new Set(snapshots.map((s) => s.provider.id ?? s.provider.name));
  const head = lines([
    `# ${mdText(options.title ?? 'KYC Lens evidence report')}`,
    '',
    `Generated ${iso(options.generatedAt)} by ${mdText(options.generator.name)} ${mdText(options.generator.version)}: ` +
      `${snapshots.length} snapshot${snapshots.length === 1 ? '' : 's'} of ${providers.size} provider${providers.size === 1 ? '' : 's'}.`,
    '',
    `> ${mdText(note(rule))}`,
    '',
    ...ruleStatusMarkdown(rule),
  ]);
  const section = (s: Snapshot): string => {
    const out: string[] = [`## ${mdText(s.provider.name)} — ${iso(s.savedAt)}`, ''];
    out.push(
      `- Snapshot: ${mdCode(s.id)} (format ${s.schemaVersion})`,
      `- URL: ${mdCode(s.url)}`,
      `- Flow seen: ${iso(s.startedAt)} to ${iso(s.updatedAt)}; saved ${iso(s.savedAt)} (${s.reason})`,
      `- Recorded by: extension ${mdCode(s.extensionVersion)}, catalog ${mdCode(s.catalogVersion)}`,
      `- Steps: ${s.steps.length}; fields: ${s.fields.length}`,
      `- ${summaryLine(s)}`,
      `- Vendors: ${s.vendors.length ? s.vendors.map((v) => `${mdText(v.vendorId)} (${ROLE[v.role]}, ${mdText(v.origin)})`).join(', ') : 'none seen'}`,
      s.screenshotId ? `- Screenshot: ${mdCode(s.screenshotId)}` : '',
      s.truncated ? `- ${TRUNCATED}` : '',
      ...basisLines(s, rule).map((l) => `- ${mdText(l)}`),
    );
    while (out.at(-1) === '') out.pop();
    out.push('');
    if (s.fields.length) {
      out.push('| Step | Category | Field | Type | Required | Requirements | Evidence |', '| --- | --- | --- | --- | --- | --- | --- |');
      for (const f of s.fields)
        out.push(
          `| ${f.stepIndex + 1} | ${CATEGORY_TITLES[f.category]} | ${mdText(f.label) || '—'} | ${mdText(f.fieldType)} | ${f.required ? 'yes' : 'no'} | ${mdText(f.requirements.join(', ')) || '—'} | ${mdText(f.evidence.join('; ')) || '—'} |`,
        );
      out.push('');
    } else out.push('No form fields were recorded.', '');
    return lines(out);
  };
  return { head, items: sortedForReport(snapshots), section, tail: '', trimEnd: true };
}

export function reportMarkdown(snapshots: readonly Snapshot[], options: ReportOptions): string {
  return assembleReport(markdownReportParts(snapshots, options));
}

// ---------------------------------------------------------------------------------------------
// Printable HTML
// ---------------------------------------------------------------------------------------------

export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#111;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #999;padding-top:1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}code{font-size:.85em;word-break:break-all}.note{border-left:4px solid #888;padding:.25rem .75rem;color:#333}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}dt{font-weight:600}dd{margin:0}
@media print{body{margin:0;max-width:none}h2{break-before:auto;break-after:avoid}tr{break-inside:avoid}}
`;

function ruleStatusHtml(rule: RuleStatusView): string[] {
  const row = (e: RuleStatusView['events'][number]) =>
    `<tr data-event="${htmlText(e.id)}"><td><time datetime="${e.date}">${e.date}</time></td><td>${htmlText(e.title)}</td><td>${htmlText(e.source)}</td><td>${GRADE_WORDS[e.grade]}</td></tr>`;
  return [
    '<section class="rule-status"><h2>The rule’s status</h2>',
    `<p><strong>${htmlText(rule.line)}.</strong> ${htmlText(checkedSentence(rule))} (requirement catalog <code>${htmlText(rule.catalogVersion)}</code>)</p>`,
    `<ul>${rule.note
      .slice(1)
      .map((n) => `<li>${htmlText(n)}</li>`)
      .join('')}</ul>`,
    `<p>Check it again:</p><ul>${rule.checkAgain.map((c) => `<li><a href="${htmlText(c.url)}">${htmlText(c.label)}</a>${c.note ? ` — ${htmlText(c.note)}` : ''}</li>`).join('')}</ul>`,
    '<table><thead><tr><th scope="col">Date</th><th scope="col">What happened</th><th scope="col">Source</th><th scope="col">How sure</th></tr></thead><tbody>',
    ...rule.events.map(row),
    '</tbody></table>',
    rule.related.length
      ? `<p>Related, not this rule:</p><ul>${rule.related.map((e) => `<li>${e.date}: ${htmlText(e.title)} (${htmlText(e.source)}; ${GRADE_WORDS[e.grade]})</li>`).join('')}</ul>`
      : '',
    '</section>',
  ];
}

export function htmlReportParts(snapshots: readonly Snapshot[], options: ReportOptions): ReportParts {
  const rule = options.rule ?? currentRuleStatus();
  const title = htmlText(options.title ?? 'KYC Lens evidence report');
  const providers = new Set(snapshots.map((s) => s.provider.id ?? s.provider.name));
  const head = lines([
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>`,
    `<meta name="generator" content="${htmlText(`${options.generator.name} ${options.generator.version}`)}">`,
    `<style>${STYLE}</style></head><body><h1>${title}</h1>`,
    `<p>Generated <time datetime="${iso(options.generatedAt)}">${iso(options.generatedAt)}</time> by ${htmlText(options.generator.name)} ${htmlText(options.generator.version)}: ${snapshots.length} snapshot${snapshots.length === 1 ? '' : 's'} of ${providers.size} provider${providers.size === 1 ? '' : 's'}.</p>`,
    `<p class="note">${htmlText(note(rule))}</p>`,
    ...ruleStatusHtml(rule),
  ]);
  const section = (s: Snapshot): string => {
    const parts: string[] = [];
    const vendors = s.vendors.length
      ? s.vendors.map((v) => `${htmlText(v.vendorId)} (${ROLE[v.role]}, ${htmlText(v.origin)})`).join(', ')
      : 'none seen';
    parts.push(
      `<section><h2>${htmlText(s.provider.name)} — <time datetime="${iso(s.savedAt)}">${iso(s.savedAt)}</time></h2><dl>`,
      `<dt>Snapshot</dt><dd><code>${s.id}</code> (format ${s.schemaVersion})</dd>`,
      `<dt>URL</dt><dd><code>${htmlText(s.url)}</code></dd>`,
      `<dt>Flow seen</dt><dd>${iso(s.startedAt)} to ${iso(s.updatedAt)}; saved ${iso(s.savedAt)} (${s.reason})</dd>`,
      `<dt>Recorded by</dt><dd>extension <code>${htmlText(s.extensionVersion)}</code>, catalog <code>${htmlText(s.catalogVersion)}</code></dd>`,
      `<dt>Steps / fields</dt><dd>${s.steps.length} / ${s.fields.length}</dd>`,
      `<dt>Summary</dt><dd>${htmlText(summaryLine(s))}</dd>`,
      `<dt>Vendors</dt><dd>${vendors}</dd>`,
      s.screenshotId ? `<dt>Screenshot</dt><dd><code>${s.screenshotId}</code></dd>` : '',
      s.truncated ? `<dt>Incomplete</dt><dd>${TRUNCATED}</dd>` : '',
      ...basisLines(s, rule).map((l) => `<dt>Legal basis</dt><dd>${htmlText(l)}</dd>`),
      '</dl>',
    );
    if (s.fields.length) {
      parts.push(
        '<table><thead><tr><th scope="col">Step</th><th scope="col">Category</th><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Requirements</th><th scope="col">Evidence</th></tr></thead><tbody>',
      );
      for (const f of s.fields)
        parts.push(
          `<tr><td>${f.stepIndex + 1}</td><td>${CATEGORY_TITLES[f.category]}</td><td>${htmlText(f.label) || '—'}</td><td>${htmlText(f.fieldType)}</td><td>${f.required ? 'yes' : 'no'}</td><td>${htmlText(f.requirements.join(', ')) || '—'}</td><td>${htmlText(f.evidence.join('; ')) || '—'}</td></tr>`,
        );
      parts.push('</tbody></table>');
    } else parts.push('<p>No form fields were recorded.</p>');
    parts.push('</section>');
    return lines(parts);
  };
  return { head, items: sortedForReport(snapshots), section, tail: '</body></html>\n', trimEnd: false };
}

export function reportHtml(snapshots: readonly Snapshot[], options: ReportOptions): string {
  return assembleReport(htmlReportParts(snapshots, options));
}
