// Lambda's LoggingConfig for one function: log format and, in JSON format, the level filters.
import { APPLICATION_LOG_LEVELS, SYSTEM_LOG_LEVELS } from '../../engine/logLevels';
import type { FunctionNode } from '../../engine/scenarioTypes';
import { Section, SelectField } from './fields';

type LoggingConfig = NonNullable<FunctionNode['loggingConfig']>;

export function LoggingConfigFields({
  value,
  onChange,
  err,
}: {
  value: FunctionNode['loggingConfig'];
  onChange(next: FunctionNode['loggingConfig']): void;
  err(field: string): string | undefined;
}) {
  const cfg = value ?? {};
  const set = (p: Partial<LoggingConfig>) => {
    const next = { ...cfg, ...p } as Record<string, unknown>;
    for (const [k, v] of Object.entries(next)) if (v === undefined) delete next[k];
    onChange(Object.keys(next).length ? (next as LoggingConfig) : undefined);
  };
  const json = cfg.logFormat === 'JSON';
  return (
    <Section title="Logging">
      <SelectField
        label="Log format"
        value={cfg.logFormat ?? 'Text'}
        options={[
          { value: 'Text', label: 'Text (default)' },
          { value: 'JSON', label: 'JSON' },
        ]}
        onChange={(logFormat) => set({ logFormat: logFormat === 'Text' ? undefined : logFormat })}
        hint={
          json
            ? 'Each line is a JSON object (timestamp, level, requestId, message; platform.* records); levels below filter it.'
            : 'Tab-separated lines and START/END/REPORT. Log levels filter only in JSON format, as on Lambda.'
        }
        error={err('loggingConfig.logFormat')}
        testId="inspector-log-format"
      />
      {json && (
        <>
          <SelectField
            label="Application log level"
            value={cfg.applicationLogLevel ?? 'INFO'}
            options={APPLICATION_LOG_LEVELS.map((l) => ({ value: l, label: l === 'INFO' ? 'INFO (default)' : l }))}
            onChange={(level) => set({ applicationLogLevel: level === 'INFO' ? undefined : level })}
            hint="console.* lines below this level are dropped (trace < debug < log/info < warn < error < fatal)."
            error={err('loggingConfig.applicationLogLevel')}
            testId="inspector-app-log-level"
          />
          <SelectField
            label="System log level"
            value={cfg.systemLogLevel ?? 'INFO'}
            options={SYSTEM_LOG_LEVELS.map((l) => ({ value: l, label: l === 'INFO' ? 'INFO (default)' : l }))}
            onChange={(level) => set({ systemLogLevel: level === 'INFO' ? undefined : level })}
            hint="Lambda's own platform.start / runtimeDone / report records are INFO: WARN hides them."
            error={err('loggingConfig.systemLogLevel')}
            testId="inspector-system-log-level"
          />
        </>
      )}
    </Section>
  );
}
