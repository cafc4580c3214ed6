// A real modal confirmation: the native <dialog> opened with showModal() (the rest of the page is inert,
// Esc cancels), focus starts on the harmless choice and goes back where it was when the dialog closes.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface ConfirmDialogProps {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  /** Runs the action; the dialog stays open (buttons disabled) until it settles. */
  onConfirm: () => Promise<void> | void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const opener = document.activeElement as HTMLElement | null;
    if (typeof el.showModal === 'function') {
      if (!el.open) el.showModal();
    } else el.setAttribute('open', '');
    cancelButton.current?.focus();
    return () => {
      if (typeof el.close === 'function' && el.open) el.close();
      // Back to the button that opened the dialog, when it is still there.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      class="confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      data-testid="confirm-dialog"
      onCancel={(e) => {
        // Esc: close through our state, so the component and the element agree.
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      <div class="buttons">
        <button type="button" ref={cancelButton} onClick={onCancel} disabled={busy} data-testid="confirm-cancel">
          Cancel
        </button>
        <button type="button" class="danger" onClick={confirm} disabled={busy} data-testid="confirm-delete">
          {busy ? 'Deleting…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
