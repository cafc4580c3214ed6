// The rule's status line, with the longer note one click away: what happened when (each event with
// its source and grade), when the status was checked, and the primary places to check it again.
// Event words come from core/rule-status already qualified ("Reported, not confirmed: …").
import type { RuleEventView, RuleStatusView } from '../../core/rule-status/status.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';
import { Citation } from './WhyDetails.tsx';

function Event({ e }: { e: RuleEventView }) {
  return (
    <li data-event={e.id} class={e.confirmed ? 'event' : 'event unconfirmed'}>
      <time dateTime={e.date}>{e.dateLabel}</time>: <strong>{e.title}</strong>
      <p>{e.text}</p>
      {e.wording && <blockquote>“{e.wording}”</blockquote>}
      <Citation citation={e.source} grade={e.grade} />
    </li>
  );
}

export function RuleStatus({ name, status }: { name: string; status: RuleStatusView }) {
  const t = useT();
  return (
    <div class="rule">
      <p data-testid="rule-status">
        <strong>{t('ruleStatus', status.line)}</strong>
        <span class="muted"> · {name}</span>
      </p>
      <Disclosure class="why rule-about" summary={t('ruleAbout')} summaryTestId="rule-about">
        <div data-testid="rule-note">
          {status.note.slice(1).map((n) => (
            <p key={n}>{n}</p>
          ))}
          <p data-testid="rule-checked">{t('ruleCheckedOn', status.checkedOnLabel)}</p>
          <p class="k">{t('ruleCheckAgain')}:</p>
          <ul class="check-again">
            {status.checkAgain.map((c) => (
              <li key={c.url}>
                <a href={c.url} target="_blank" rel="noreferrer noopener">
                  {c.label}
                </a>
                {c.note && <span class="muted"> — {c.note}</span>}
              </li>
            ))}
          </ul>
          <p class="k">{t('ruleEvents')}:</p>
          <ol class="rule-events">
            {[...status.events].reverse().map((e) => (
              <Event key={e.id} e={e} />
            ))}
          </ol>
          {status.related.length > 0 && (
            <>
              <p class="k">{t('ruleRelated')}:</p>
              <ul class="rule-events related">
                {status.related.map((e) => (
                  <Event key={e.id} e={e} />
                ))}
              </ul>
            </>
          )}
        </div>
      </Disclosure>
    </div>
  );
}
