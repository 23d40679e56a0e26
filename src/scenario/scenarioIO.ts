// What the app's shells (UI, state, CLI) use to move scenarios in and out: links, files and
// migrations. One import site, so the UI never reaches into internals; SAM templates (samIO.ts)
// and the lesson gallery (lessonsIO.ts) have their own, so the app can load them lazily.
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
