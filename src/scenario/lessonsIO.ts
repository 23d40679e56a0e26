// The lesson gallery, apart from scenarioIO.ts so the app loads the lessons' scenarios and text
// only when a lesson, the gallery or the welcome screen is shown.
export { lessons, findLesson, type Lesson, type LessonText } from './gallery/lessons';
