// The person's settings, stored in storage.local by the workspace and read by the worker. Plain
// data and parsing only: a missing or malformed value is the default.

/** storage.local key: save finished signup flows to history without being asked (default on). */
export const AUTO_SAVE_KEY = 'settings.autoSave';

/** Whether finished flows are saved automatically, from what storage.local holds under AUTO_SAVE_KEY. */
export function autoSaveFrom(stored: unknown): boolean {
  return stored !== false;
}
