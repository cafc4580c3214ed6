// Errors in plain words: the worker's error code picks the sentence; its message is the detail.
import type { MessageKey, Translate } from '../core/present/i18n.ts';
import type { PopupErrorCode } from './api.ts';

const KEYS: Record<PopupErrorCode, MessageKey> = {
  'bad-sender': 'error_bad_sender',
  'not-allowed': 'error_not_allowed',
  'bad-payload': 'error_bad_payload',
  internal: 'error_internal',
  'not-found': 'error_not_found',
  unreachable: 'error_unreachable',
};

export function errorText(t: Translate, error: { code: PopupErrorCode; message: string }): string {
  const sentence = t(KEYS[error.code] ?? 'error_internal', error.message);
  // For refusals and missing data the worker's own words are the useful part.
  return (error.code === 'not-allowed' || error.code === 'not-found') && error.message
    ? `${sentence} ${error.message}`
    : sentence;
}
