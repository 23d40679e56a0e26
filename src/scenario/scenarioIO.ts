// What the app's shells (UI, state, CLI) use to move scenarios in and out: links, files, SAM,
// migrations and the lesson gallery. One import site, so the UI never reaches into internals.
export { loadScenario, type LoadResult } from './migrations/loadScenario';
export { migrateScenario, newerVersionMessage } from './migrations/migrateScenario';
export { CURRENT_FORMAT_VERSION } from './migrations/migrations';
export {
  encodeShareLink,
  shareLinkLength,
  checkShareLinkBudget,
  type ShareBudget,
} from './share/encodeShareLink';
export { decodeShareLink, type DecodeResult } from './share/decodeShareLink';
export { SHARE_LINK_BUDGET_CHARS, SHARE_PREFIX } from './share/shareLinkFormat';
export { linkBannerText, type LinkBanner } from './share/linkBannerText';
export { exportScenarioFile, scenarioFileName } from './files/exportScenarioFile';
export { importScenarioFile } from './files/importScenarioFile';
export { seriesToCsv } from './files/seriesToCsv';
export { scenarioToSam, scenarioToSamProject, type SamProject } from './sam/scenarioToSam';
export { samToScenario, type SamImportResult } from './sam/samToScenario';
export { lessons, findLesson, type Lesson, type LessonText } from './gallery/lessons';
