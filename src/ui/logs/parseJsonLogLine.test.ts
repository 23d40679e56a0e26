import { expect, it } from 'vitest';
import { parseJsonLogLine } from './parseJsonLogLine';

it('splits JSON application and platform records into head, message and fields', () => {
  expect(
    parseJsonLogLine('{"timestamp":"2026-01-01T00:00:00.100Z","level":"ERROR","requestId":"r1","message":"failed: x","errorType":"TypeError","errorMessage":"x","stackTrace":["a"]}'),
  ).toEqual({ head: 'ERROR', platform: false, message: 'failed: x', fields: [['errorType', 'TypeError'], ['errorMessage', 'x']] });
  expect(parseJsonLogLine('{"timestamp":"t","level":"INFO","message":{"order":7}}')?.message).toBe('{"order":7}');
  expect(
    parseJsonLogLine('{"time":"t","type":"platform.report","record":{"requestId":"r1","metrics":{"durationMs":1.5,"maxMemoryUsedMB":64},"status":"success"}}'),
  ).toEqual({
    head: 'platform.report',
    platform: true,
    message: '',
    fields: [['durationMs', '1.5'], ['maxMemoryUsedMB', '64'], ['status', 'success']],
  });
  expect(parseJsonLogLine('2026-01-01T00:00:00.000Z\tr1\tINFO\t{"a":1}')).toBeNull();
  expect(parseJsonLogLine('{"not":"a log record"}')).toBeNull();
  expect(parseJsonLogLine('{broken')).toBeNull();
});
