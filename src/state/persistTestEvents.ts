// Saved test events per function survive reloads for the session (like the console's saved events).
import type { AppStore } from './appStore';

const KEY = 'lambda-playground:test-events:v1';
type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;
const attached = new WeakSet<AppStore>();

export function persistTestEvents(store: AppStore, storage: StorageLike | undefined): void {
  if (!storage || attached.has(store)) return;
  attached.add(store);
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
      const events = Object.fromEntries(
        Object.entries(saved as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>;
      store.setState((s) => ({ testEvents: { ...events, ...s.testEvents } }));
    }
  } catch {
    // unreadable: start empty
  }
  store.subscribe((state, previous) => {
    if (state.testEvents === previous.testEvents) return;
    try {
      storage.setItem(KEY, JSON.stringify(state.testEvents));
    } catch {
      // storage full: keep working
    }
  });
}
