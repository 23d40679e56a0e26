import { memo } from 'react';
import type { LogRecord } from '../../engine/reportTypes';
import { formatClock } from '../common/formatClock';
import { RequestIdText } from '../panels/logs/RequestIdText';
import { MAX_MEMORY_ESTIMATE_NOTE } from '../../engine/memoryEstimate';
import { JsonLogText } from './JsonLogText';
import { parseJsonLogLine } from './parseJsonLogLine';

const isReport = (line: string) => line.startsWith('REPORT ') || (line.startsWith('{"time"') && line.includes('"type":"platform.report"'));

function lineClass(record: LogRecord): string {
  if (record.level === 'ERROR' || record.level === 'FATAL' || /Task timed out|Status: timeout|errorType|"status":"(error|timeout)"/.test(record.line))
    return 'log-error';
  if (record.level === 'WARN') return 'log-warn';
  if (record.level === 'PLATFORM' || /^(START|END|REPORT|INIT_START) /.test(record.line)) return 'log-platform';
  return '';
}

export const LogLine = memo(function LogLine({ record }: { record: LogRecord }) {
  const json = parseJsonLogLine(record.line);
  // REPORT lines keep Lambda's exact format; the hover says how Max Memory Used is estimated.
  const title = isReport(record.line) ? `${json ? `${record.line}\n\n` : ''}${MAX_MEMORY_ESTIMATE_NOTE}` : json ? record.line : undefined;
  return (
    <div className={`log-line ${lineClass(record)}`} data-testid="log-line">
      <span className="log-time" title={`env ${record.envId} · ${record.logStream}`}>
        {formatClock(record.tMs)}
      </span>
      <span className="log-text" title={title}>
        {json ? <JsonLogText view={json} requestId={record.requestId} /> : <RequestIdText line={record.line} requestId={record.requestId} />}
      </span>
    </div>
  );
});
