import { localStore } from '../share/storage';

export const WELCOMED_KEY = 'lambda-playground:welcomed';

/** First visit: should the welcome screen show? (Automated browsers skip it unless the URL asks with ?welcome.) */
export function shouldWelcome(): boolean {
  if (window.location.hash) return false;
  if (navigator.webdriver && !new URLSearchParams(window.location.search).has('welcome')) return false;
  try {
    return !localStore()?.getItem(WELCOMED_KEY);
  } catch {
    return false;
  }
}

export function markWelcomed(): void {
  try {
    localStore()?.setItem(WELCOMED_KEY, '1');
  } catch {
    // storage blocked: the welcome shows again next time, which is harmless
  }
}
