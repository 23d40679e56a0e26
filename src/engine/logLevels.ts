// Lambda's LoggingConfig (advanced logging controls). Levels filter only in JSON format, as on
// Lambda; in Text format every line is kept.
import type { FunctionNode } from './scenarioTypes';

export const APPLICATION_LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
export const SYSTEM_LOG_LEVELS = ['DEBUG', 'INFO', 'WARN'] as const;
export type ApplicationLogLevel = (typeof APPLICATION_LOG_LEVELS)[number];
export type SystemLogLevel = (typeof SYSTEM_LOG_LEVELS)[number];

export interface LoggingSettings {
  json: boolean;
  applicationLogLevel: ApplicationLogLevel;
  systemLogLevel: SystemLogLevel;
}

export function loggingSettings(node: FunctionNode): LoggingSettings {
  const c = node.loggingConfig;
  return {
    json: c?.logFormat === 'JSON',
    applicationLogLevel: c?.applicationLogLevel ?? 'INFO',
    systemLogLevel: c?.systemLogLevel ?? 'INFO',
  };
}

/** Whether an application line at `level` reaches the log (always in Text format). */
export function keepsApplicationLine(settings: LoggingSettings, level: ApplicationLogLevel): boolean {
  if (!settings.json) return true;
  return APPLICATION_LOG_LEVELS.indexOf(level) >= APPLICATION_LOG_LEVELS.indexOf(settings.applicationLogLevel);
}

/**
 * Whether platform records reach the log. All the records the playground writes (start,
 * runtimeDone, report, initReport) are INFO events in AWS's system-log mapping, so only WARN
 * drops them.
 */
export function keepsSystemRecords(settings: LoggingSettings): boolean {
  return !settings.json || settings.systemLogLevel !== 'WARN';
}
