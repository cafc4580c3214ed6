// The popup's states other than a flow: loading, no tab, not a provider page, no form yet, errors.
import { useT } from '../i18n.ts';

export function Loading() {
  const t = useT();
  return (
    <main class="state" data-state="loading">
      <p role="status">{t('loading')}</p>
    </main>
  );
}

export function NoTab() {
  const t = useT();
  return (
    <main class="state" data-state="no-tab">
      <p>{t('stateNoTab')}</p>
    </main>
  );
}

export function ErrorState({ text }: { text: string }) {
  const t = useT();
  return (
    <main class="state" data-state="error">
      <h1>{t('errorHeading')}</h1>
      <p role="alert">{text}</p>
    </main>
  );
}

export function NotProvider(props: { analyzing: boolean; nothingFound: boolean; error: string | null; onAnalyze(): void }) {
  const t = useT();
  return (
    <main class="state" data-state="not-provider">
      <h1>{t('popupTitle')}</h1>
      <p>{t('stateNotProvider')}</p>
      <p class="muted">{t('stateNotProviderHelp')}</p>
      <button type="button" class="primary" data-action="analyze" disabled={props.analyzing} onClick={props.onAnalyze}>
        {props.analyzing ? t('analyzing') : t('analyzePage')}
      </button>
      <p role="status" aria-live="polite" class={props.error ? 'status error' : 'status'}>
        {props.error ?? (props.nothingFound ? t('analyzeNothing') : '')}
      </p>
    </main>
  );
}

export function NoForm() {
  const t = useT();
  return (
    <div class="state" data-state="no-form">
      <p>
        <strong>{t('stateNoForm')}</strong>
      </p>
      <p class="muted">{t('stateNoFormHelp')}</p>
    </div>
  );
}
