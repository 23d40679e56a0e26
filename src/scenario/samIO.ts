// SAM templates in and out, apart from scenarioIO.ts so the app can load them (and the YAML
// parser, the largest part) only when someone imports or exports a template.
export { scenarioToSam, scenarioToSamProject, type SamProject } from './sam/scenarioToSam';
export { samToScenario, type SamImportResult } from './sam/samToScenario';
