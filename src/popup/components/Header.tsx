// The provider, the steps seen so far, and the rule's status (derived from the catalog's events).
import type { PopupView } from '../../core/present/view-model.ts';
import { useT } from '../i18n.ts';
import { Disclosure } from './Disclosure.tsx';
import { RuleStatus } from './RuleStatus.tsx';

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
      <RuleStatus name={view.rule.name} status={view.rule.history} />
    </header>
  );
}
