// UI-only state shared between the canvas, inspector and dialogs: what is selected besides a
// node, the connection waiting for a kind, the open dialog and lesson, the link banner.
// Nothing here is part of the scenario or saved with it.
import { create } from 'zustand';
import type { EdgeKind } from '../engine/scenarioTypes';

export type DialogName = 'gallery' | 'saved' | 'share' | 'welcome' | 'sam-import' | null;

export interface PendingConnection {
  from: string;
  to: string;
  kinds: EdgeKind[];
}

export interface LinkBanner {
  kind: 'opened' | 'error' | 'info';
  message: string;
  /** Extra lines: validation errors, SAM parts not understood. */
  details?: string[];
}

export interface UiState {
  selectedEdgeId: string | null;
  pendingConnection: PendingConnection | null;
  dialog: DialogName;
  lessonId: string | null;
  banner: LinkBanner | null;
  /** The scenario being edited was opened from a share link (said when it asks for network). */
  openedFromLink: boolean;
  selectEdge(id: string | null): void;
  setPendingConnection(p: PendingConnection | null): void;
  openDialog(d: DialogName): void;
  setLesson(id: string | null): void;
  setBanner(b: LinkBanner | null): void;
  setOpenedFromLink(fromLink: boolean): void;
}

export const useUiStore = create<UiState>()((set) => ({
  selectedEdgeId: null,
  pendingConnection: null,
  dialog: null,
  lessonId: null,
  banner: null,
  openedFromLink: false,
  selectEdge: (selectedEdgeId) => set({ selectedEdgeId }),
  setPendingConnection: (pendingConnection) => set({ pendingConnection }),
  openDialog: (dialog) => set({ dialog }),
  setLesson: (lessonId) => set({ lessonId }),
  setBanner: (banner) => set({ banner }),
  setOpenedFromLink: (openedFromLink) => set({ openedFromLink }),
}));
