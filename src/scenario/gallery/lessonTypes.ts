import type { Scenario } from '../../engine/scenarioTypes';

export interface LessonText {
  /** Markdown: what to change or press. */
  tryThis: string;
  /** Markdown: what to look at in the charts, logs and report. */
  notice: string;
  /** Markdown: why Lambda behaves like that, with the AWS source. */
  why: string;
}

export interface Lesson {
  /** Stable, URL-safe: the gallery links to `#lesson=<id>`. */
  id: string;
  title: string;
  scenario: Scenario;
  text: LessonText;
}
