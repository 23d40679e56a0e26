import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { helloColdStarts } from './scenario/gallery/helloColdStarts';
import { parseScenario } from './scenario/parseScenario';
import { createAppStore } from './state/appStore';
import { createDefaultRunner, prefetchDefaultRunner } from './state/createDefaultRunner';
import { createConsoleApi } from './state/consoleApi';
import { loadDraft, persistDraft } from './state/persistDraft';
import { AppStoreContext } from './state/useAppStore';
import { App } from './ui/App';
import { whenIdleAfterInteraction } from './ui/common/firstInteraction';
import { startupWorkBegan } from './ui/common/startupWork';
import './ui/styles.css';

const storage = safeLocalStorage();
const store = createAppStore({
  createRunner: createDefaultRunner,
  parseScenario,
  initialScenario: loadDraft(storage) ?? helloColdStarts,
  exampleScenario: helloColdStarts,
});
persistDraft(store, storage);
(window as unknown as { lambdaPlayground: unknown }).lambdaPlayground = createConsoleApi(createDefaultRunner, parseScenario);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
);

// The sandbox and compiler chunks are not needed to show or edit the canvas: fetch them once the
// person has started using the page, so the first Run does not wait for them.
// The editor's start waits for the compiler's warm-up (startupWork.ts).
whenIdleAfterInteraction(() => startupWorkBegan(prefetchDefaultRunner()));

// Workers belong to the store, not to a component, so they are released with the page.
window.addEventListener('pagehide', () => store.getState().dispose());

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by browser settings
  }
}
