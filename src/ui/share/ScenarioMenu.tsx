import { useRef, useState } from 'react';
import { useUiStore } from '../../state/uiStore';
import { useAppStoreApi } from '../../state/useAppStore';
import './share.css';
import { exportJson, exportSam, importDroppedFile } from './fileActions';

/** Lessons, the File menu (saved scenarios, import, export, SAM) and Share. */
export function ScenarioMenu() {
  const store = useAppStoreApi();
  const openDialog = useUiStore((s) => s.openDialog);
  const fileRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const item = (testId: string, label: string, action: () => void, title?: string) => (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      title={title}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="scenario-menu" role="group" aria-label="Scenario">
      <button
        type="button"
        className="btn btn-small"
        data-testid="open-gallery"
        onClick={() => openDialog('gallery')}
      >
        Lessons
      </button>
      <div className="menu-wrap">
        <button
          type="button"
          className="btn btn-small"
          aria-haspopup="menu"
          aria-expanded={open}
          data-testid="file-menu"
          onClick={() => setOpen((o) => !o)}
          onBlur={() => setOpen(false)}
        >
          File ▾
        </button>
        {open && (
          <div className="menu" role="menu">
            {item('open-saved', 'My scenarios…', () => openDialog('saved'))}
            {item(
              'import-button',
              'Import .json or SAM template…',
              () => fileRef.current?.click(),
              'A scenario .json file or a SAM template.yaml (you can also drop it onto the canvas)',
            )}
            {item('export-json', 'Export scenario .json', () => exportJson(store))}
            {item('export-sam', 'Export SAM template.yaml', () => void exportSam(store))}
          </div>
        )}
      </div>
      <input
        ref={fileRef}
        type="file"
        accept=".json,.yaml,.yml,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importDroppedFile(store, file);
        }}
      />
      <button
        type="button"
        className="btn btn-small btn-primary"
        data-testid="share-button"
        title="Copy a link that opens exactly this scenario"
        onClick={() => openDialog('share')}
      >
        Share
      </button>
    </div>
  );
}
