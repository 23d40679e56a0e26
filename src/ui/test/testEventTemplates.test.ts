import { describe, expect, it } from 'vitest';
import { TEST_EVENT_TEMPLATES, templateText } from './testEventTemplates';

describe('test event templates', () => {
  it('covers every event source the console offers here', () => {
    const ids = TEST_EVENT_TEMPLATES.map((t) => t.id);
    for (const id of [
      'apigw-v1',
      'apigw-v2',
      's3-put',
      'sns',
      'sqs',
      'kinesis',
      'dynamodb',
      'eventbridge-scheduled',
    ]) {
      expect(ids).toContain(id);
    }
  });
  it('uses the field names AWS sends', () => {
    const event = (id: string) =>
      JSON.parse(templateText(id)!) as { Records: Record<string, Record<string, string>>[] };
    expect(event('sqs').Records[0]).toMatchObject({ eventSource: 'aws:sqs', body: expect.any(String) });
    expect(event('s3-put').Records[0]).toMatchObject({
      eventSource: 'aws:s3',
      s3: { bucket: { name: 'example-bucket' } },
    });
    expect(event('sns').Records[0]).toMatchObject({
      EventSource: 'aws:sns',
      Sns: { Message: expect.any(String) },
    });
    expect(event('kinesis').Records[0].kinesis).toMatchObject({
      data: expect.any(String),
      partitionKey: 'device-1',
    });
    expect(atob(event('kinesis').Records[0].kinesis.data)).toContain('device-1');
    expect(event('dynamodb').Records[0]).toMatchObject({ eventSource: 'aws:dynamodb', eventName: 'INSERT' });
    expect(event('apigw-v2')).toMatchObject({ version: '2.0', requestContext: { http: { method: 'POST' } } });
    expect(event('apigw-v1')).toMatchObject({ httpMethod: 'GET', pathParameters: { id: '42' } });
    expect(event('eventbridge-scheduled')).toMatchObject({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
    });
  });
});
