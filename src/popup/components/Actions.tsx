// Save snapshot, save with a screenshot, copy as Markdown, open the workspace, start over. Each says
// what happened in a live region, in plain words. A screenshot captures pixels, typed values
// included, so the popup says so and asks before it takes one.
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../core/present/i18n.ts';
import { toMarkdown } from '../../core/present/markdown.ts';
import type { PopupView } from '../../core/present/view-model.ts';
import type { PopupApi, TargetTab } from '../api.ts';
import { errorText } from '../errors.ts';
import { useT } from '../i18n.ts';

type Busy = null | 'save' | 'shot' | 'copy' | 'reset';

export function Actions(props: { api: PopupApi; tab: TargetTab; view: PopupView | null; onReset(): void }) {
  const t = useT();
  const { api, tab, view } = props;
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmShot, setConfirmShot] = useState(false);
  const say = (text: string, error = false) => setStatus({ text, error });

  async function run(kind: Exclude<Busy, null>, work: () => Promise<void>) {
    setBusy(kind);
    setStatus(null);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }

  const save = (withScreenshot: boolean) =>
    run(withScreenshot ? 'shot' : 'save', async () => {
      let screenshot: string | undefined;
      if (withScreenshot) {
        try {
          screenshot = await api.captureVisibleTab(tab.windowId);
        } catch (error) {
          return say(t('screenshotFailed', error instanceof Error ? error.message : String(error)), true);
        }
      }
      const reply = await api.saveSnapshot(tab.id, screenshot);
      if (reply.ok) say(t(withScreenshot ? 'screenshotSaved' : 'snapshotSaved'));
      else say(errorText(t, reply.error), true);
    });

  const copy = () =>
    run('copy', async () => {
      if (!view) return;
      try {
        await api.copyText(toMarkdown(view, t, new Date()));
        say(t('copied'));
      } catch (error) {
        say(t('copyFailed', error instanceof Error ? error.message : String(error)), true);
      }
    });

  const reset = () =>
    run('reset', async () => {
      const reply = await api.reset(tab.id);
      if (reply.ok) {
        say(t('flowReset'));
        props.onReset();
      } else say(errorText(t, reply.error), true);
    });

  const button = (kind: Exclude<Busy, null> | 'workspace', label: MessageKey, onClick: () => void, enabled = true) => (
    <button type="button" data-action={kind} disabled={!enabled || busy !== null} onClick={onClick}>
      {busy === kind ? t(kind === 'copy' ? 'copyMarkdown' : 'saving') : t(label)}
    </button>
  );

  const hasFlow = view !== null && view.counts.fields + view.steps.length > 0;
  return (
    <div class="actions">
      <div role="toolbar" aria-label={t('actionsHeading')}>
        {button('save', 'saveSnapshot', () => void save(false), hasFlow)}
        {button('shot', 'captureScreenshot', () => setConfirmShot(true), hasFlow && !confirmShot)}
        {button('copy', 'copyMarkdown', () => void copy(), view !== null)}
        {button('workspace', 'openWorkspace', () => void api.openWorkspace())}
        {button('reset', 'startOver', () => void reset(), hasFlow)}
      </div>
      {confirmShot && (
        <div class="confirm-shot" data-testid="screenshot-confirm">
          <p id="shot-warning">{t('screenshotWarning')}</p>
          <button
            type="button"
            data-action="shot-confirm"
            onClick={() => {
              setConfirmShot(false);
              void save(true);
            }}
          >
            {t('screenshotGoAhead')}
          </button>{' '}
          <button
            type="button"
            data-action="shot-cancel"
            onClick={() => {
              setConfirmShot(false);
              say(t('screenshotCancelled'));
            }}
          >
            {t('screenshotCancel')}
          </button>
        </div>
      )}
      <p class={`status ${status?.error ? 'error' : ''}`} role="status" aria-live="polite" data-testid="action-status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
