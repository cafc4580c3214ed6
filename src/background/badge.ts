// The toolbar badge of a tab: the flow's number of KYC categories, coloured by impact
// (thresholds documented in src/core/flow/impact.ts).
import type { Action } from 'webextension-polyfill';
import type { Badge } from '../core/flow/impact.ts';

type BadgeApi = Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor'>;

export function createBadgeSetter(action: BadgeApi) {
  return async function setBadge(tabId: number, badge: Badge): Promise<void> {
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.colour) await action.setBadgeBackgroundColor({ tabId, color: badge.colour });
  };
}
