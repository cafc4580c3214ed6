// The provider, the steps seen so far, and the rule's status from the catalog.
import type { PopupView } from '../../core/present/view-model.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';

export function Header({ view }: { view: Pick<PopupView, 'provider' | 'steps' | 'rule'> }) {
  const t = useT();
  return (
    <header class="top">
      <p class="app">{t('popupTitle')}</p>
      <h1 data-testid="provider">{view.provider?.name ?? t('providerUnknown')}</h1>
      {view.steps.length > 0 && (
        <Disclosure class="steps" summary={t('stepsSeen', view.steps.length)} summaryTestId="steps">
          <ol>
            {view.steps.map((s) => (
              <li key={s.step} value={s.step}>
                {s.name || s.url}
              </li>
            ))}
          </ol>
        </Disclosure>
      )}
      <p class="rule" data-testid="rule-status">
        <strong>{t('ruleStatus', view.rule.status)}</strong>
        <span class="muted"> · {view.rule.name}</span>
      </p>
    </header>
  );
}
