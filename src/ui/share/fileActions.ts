// Moving scenarios in and out of the app from the UI: open (link, file, SAM, lesson, saved),
// download (.json, template.yaml). Every way in goes through src/scenario's validated loaders,
// and the user's current work is saved to "My scenarios" before anything replaces it.
import type { Scenario } from '../../engine/scenarioTypes';
import { exportScenarioFile, importScenarioFile, scenarioFileName } from '../../scenario/scenarioIO';
import type { AppStore } from '../../state/appStore';
import { autoLayout } from '../../state/autoLayout';
import { listSaved, saveScenario } from '../../state/savedScenarios';
import { useUiStore, type LinkBanner } from '../../state/uiStore';
import { localStore } from './storage';

/** Keep a copy of the work about to be replaced, unless an identical copy is already saved. */
export function keepCurrentWork(store: AppStore, why: string): void {
  const current = store.getState().scenario;
  const text = JSON.stringify(current);
  if (listSaved(localStore()).some((e) => JSON.stringify(e.scenario) === text)) return;
  saveScenario(localStore(), current, `${current.name} (${why})`);
}

export function openScenario(
  store: AppStore,
  scenario: Scenario,
  banner: LinkBanner | null,
  why: string,
): void {
  keepCurrentWork(store, why);
  // Imported templates and hand-written files may carry no positions: lay them out left to right.
  store.getState().loadScenario(scenario.nodes.some((n) => !n.position) ? autoLayout(scenario) : scenario);
  useUiStore.getState().setBanner(banner);
  useUiStore.getState().setOpenedFromLink(false);
  useUiStore.getState().selectEdge(null);
}

export function showError(message: string, details?: string[]): void {
  useUiStore.getState().setBanner({ kind: 'error', message, ...(details?.length ? { details } : {}) });
}

export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportJson(store: AppStore): void {
  const scenario = store.getState().scenario;
  download(scenarioFileName(scenario), exportScenarioFile(scenario), 'application/json');
}

// SAM (with its YAML parser) is a lazy chunk: most visits never touch a template.
const loadSam = () => import('../../scenario/samIO');

export async function exportSam(store: AppStore): Promise<void> {
  const scenario = store.getState().scenario;
  const { scenarioToSam } = await loadSam();
  download('template.yaml', scenarioToSam(scenario), 'application/yaml');
}

export function importJsonText(store: AppStore, text: string, fileName: string): boolean {
  const result = importScenarioFile(text);
  if (!result.ok) {
    showError(
      `${fileName} could not be opened; your work is unchanged.`,
      result.errors.map((e) => `${e.path}: ${e.message}`),
    );
    return false;
  }
  const migrated = result.migratedFrom !== undefined ? ` (upgraded from format v${result.migratedFrom})` : '';
  openScenario(
    store,
    result.scenario,
    { kind: 'info', message: `Opened ${fileName}${migrated}.` },
    'before opening a file',
  );
  return true;
}

export async function importSamText(store: AppStore, text: string, fileName: string): Promise<boolean> {
  const result = (await loadSam()).samToScenario(text);
  const notes = result.notUnderstood.map((n) => `Not understood: ${n}`);
  if (!result.ok) {
    showError(`${fileName} could not be imported; your work is unchanged.`, [
      ...result.errors.map((e) => `${e.path}: ${e.message}`),
      ...notes,
    ]);
    return false;
  }
  openScenario(
    store,
    result.scenario,
    {
      kind: 'info',
      message: `Imported ${fileName}: ${result.scenario.nodes.length} nodes.${
        notes.length ? ` ${notes.length} part(s) were not understood:` : ' Everything was understood.'
      }`,
      ...(notes.length ? { details: notes } : {}),
    },
    'before a SAM import',
  );
  return true;
}

export async function importDroppedFile(store: AppStore, file: File): Promise<boolean> {
  const text = await file.text();
  return /\.ya?ml$/i.test(file.name)
    ? importSamText(store, text, file.name)
    : importJsonText(store, text, file.name);
}
