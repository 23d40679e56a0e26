import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { helloColdStarts } from './scenario/gallery/helloColdStarts';
import { parseScenario } from './scenario/parseScenario';
import { createAppStore } from './state/appStore';
import { createDefaultRunner } from './state/createDefaultRunner';
import { AppStoreContext } from './state/useAppStore';
import { App } from './ui/App';
import './ui/styles.css';

const store = createAppStore({
  createRunner: createDefaultRunner,
  parseScenario,
  initialScenario: helloColdStarts,
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App />
    </AppStoreContext.Provider>
  </StrictMode>,
);

// Workers belong to the store, not to a component, so they are released with the page.
window.addEventListener('pagehide', () => store.getState().dispose());
