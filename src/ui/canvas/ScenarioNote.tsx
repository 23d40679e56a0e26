import { useState } from 'react';
import { useUiStore } from '../../state/uiStore';
import { useAppStore } from '../../state/useAppStore';
import { InlineMarkdown } from '../gallery/InlineMarkdown';

/** The scenario's description: what to try and what to watch for. */
export function ScenarioNote() {
  const description = useAppStore((s) => s.scenario.description);
  const [hiddenFor, setHiddenFor] = useState<string | null>(null);
  // An open lesson shows its own text (the lesson panel) instead.
  const lessonOpen = useUiStore((s) => s.lessonId !== null);
  if (lessonOpen || !description || hiddenFor === description) return null;
  return (
    <div className="scenario-note" data-testid="scenario-note">
      {/* Descriptions use the lessons' small Markdown subset (bold, emphasis, code). */}
      <div className="scenario-note-text">
        <InlineMarkdown text={description} />
      </div>
      <button
        type="button"
        className="btn-link"
        aria-label="Hide the scenario description"
        onClick={() => setHiddenFor(description)}
      >
        ✕
      </button>
    </div>
  );
}
