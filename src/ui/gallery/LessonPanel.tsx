import { useState } from 'react';
import { findLesson, lessons } from '../../scenario/lessonsIO';
import { useUiStore } from '../../state/uiStore';
import { useAppStoreApi } from '../../state/useAppStore';
import { InlineMarkdown } from './InlineMarkdown';
import { openLesson } from './openLesson';

const SECTIONS = [
  { key: 'tryThis', label: 'Try this' },
  { key: 'notice', label: 'Notice' },
  { key: 'why', label: 'Why' },
] as const;

/** The open lesson's text beside its scenario: what to try, what to notice, why. */
export function LessonPanel() {
  const lessonId = useUiStore((s) => s.lessonId);
  const setLesson = useUiStore((s) => s.setLesson);
  const store = useAppStoreApi();
  const [section, setSection] = useState<(typeof SECTIONS)[number]['key']>('tryThis');
  const [collapsed, setCollapsed] = useState(false);
  const lesson = lessonId ? findLesson(lessonId) : undefined;
  if (!lesson) return null;
  const index = lessons.findIndex((l) => l.id === lesson.id);
  const next = lessons[index + 1];
  return (
    <aside
      className={`lesson-panel${collapsed ? ' is-collapsed' : ''}`}
      aria-label="Lesson"
      data-testid="lesson-panel"
    >
      <header className="lesson-head">
        <span className="lesson-number">
          Lesson {index + 1}/{lessons.length}
        </span>
        <strong className="lesson-name" data-testid="lesson-title">
          {lesson.title}
        </strong>
        <div className="lesson-tabs" role="tablist" aria-label="Lesson text">
          {SECTIONS.map((s) => (
            <button
              key={s.key}
              type="button"
              role="tab"
              aria-selected={section === s.key && !collapsed}
              className={`lesson-tab${section === s.key ? ' is-active' : ''}`}
              data-testid={`lesson-tab-${s.key}`}
              onClick={() => {
                setSection(s.key);
                setCollapsed(false);
              }}
            >
              {s.label}
            </button>
          ))}
        </div>
        {next && (
          <button
            type="button"
            className="btn btn-small"
            title={next.title}
            data-testid="lesson-next"
            onClick={() => {
              setSection('tryThis');
              openLesson(store, next.id);
            }}
          >
            Next →
          </button>
        )}
        <button
          type="button"
          className="btn-link"
          aria-label={collapsed ? 'Show the lesson text' : 'Hide the lesson text'}
          onClick={() => setCollapsed((c) => !c)}
        >
          {collapsed ? '▾' : '▴'}
        </button>
        <button
          type="button"
          className="btn-link"
          aria-label="Close the lesson"
          onClick={() => setLesson(null)}
        >
          ✕
        </button>
      </header>
      {!collapsed && (
        <div className="lesson-text" role="tabpanel" data-testid={`lesson-text-${section}`}>
          <InlineMarkdown text={lesson.text[section]} />
        </div>
      )}
    </aside>
  );
}
