import { lessons } from '../../scenario/lessonsIO';
import { useAppStoreApi } from '../../state/useAppStore';
import { openLesson } from './openLesson';

/** Every lesson, in course order. */
export function LessonList() {
  const store = useAppStoreApi();
  return (
    <ol className="lesson-list" data-testid="lesson-list">
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <button
            type="button"
            className="lesson-item"
            data-testid={`lesson-${lesson.id}`}
            onClick={() => openLesson(store, lesson.id)}
          >
            <span className="lesson-title">{lesson.title}</span>
            <span className="lesson-sub">{firstSentence(lesson.text.tryThis)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function firstSentence(markdown: string): string {
  const plain = markdown.replace(/\*\*|`|\*/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  const end = plain.search(/[.!?](\s|$)/);
  return end > 0 ? plain.slice(0, end + 1) : plain.slice(0, 120);
}
