import { memo } from 'react';
import type { LogRecord } from '../../engine/reportTypes';
import { formatClock } from '../common/formatClock';
import { RequestIdText } from '../panels/logs/RequestIdText';

function lineClass(record: LogRecord): string {
  if (record.level === 'ERROR' || /Task timed out|Status: timeout|errorType/.test(record.line))
    return 'log-error';
  if (record.level === 'WARN') return 'log-warn';
  if (/^(START|END|REPORT|INIT_START) /.test(record.line)) return 'log-platform';
  return '';
}

export const LogLine = memo(function LogLine({ record }: { record: LogRecord }) {
  return (
    <div className={`log-line ${lineClass(record)}`} data-testid="log-line">
      <span className="log-time" title={`env ${record.envId} · ${record.logStream}`}>
        {formatClock(record.tMs)}
      </span>
      <span className="log-text">
        <RequestIdText line={record.line} requestId={record.requestId} />
      </span>
    </div>
  );
});
