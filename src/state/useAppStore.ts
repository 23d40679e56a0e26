import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState } from './appState';
import type { AppStore } from './appStore';

export const AppStoreContext = createContext<AppStore | null>(null);

/** Select from the app store provided by <AppStoreContext.Provider>; re-renders only when the selection changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreContext.Provider above it');
  return useStore(store, selector);
}

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi needs an AppStoreContext.Provider above it');
  return store;
}

/** Actions never change after the store is created, so reading them once does not subscribe to updates. */
export function useAppActions(): AppActions {
  return useAppStoreApi().getState();
}
