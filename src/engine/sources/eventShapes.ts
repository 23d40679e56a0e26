// The exact event shapes AWS services hand to Lambda (DG services-*), so handlers written in the
// playground run unchanged on real Lambda.
import { isoTime, SIMULATION_EPOCH_MS } from '../clock';
import type { S3Bucket, S3Object, SnsTopic } from '../services/world';
import type { RecordStream, StreamRecord } from '../services/recordStream';
import { ACCOUNT, arn, REGION } from '../services/simContext';
import { utf8Bytes } from '../services/md5';

/** S3 URL-encodes object keys in events (spaces become "+"). */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export function s3Event(bucket: S3Bucket, eventName: string, object: S3Object, nowMs: number, requestId: string) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: REGION,
        eventTime: isoTime(nowMs),
        eventName,
        userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
        requestParameters: { sourceIPAddress: '203.0.113.10' },
        responseElements: { 'x-amz-request-id': requestId.slice(0, 16).toUpperCase(), 'x-amz-id-2': requestId },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'playground-notification',
          bucket: { name: bucket.name, ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: `arn:aws:s3:::${bucket.name}` },
          object: {
            key: encodeS3Key(object.key),
            size: object.size,
            eTag: object.etag.replace(/"/g, ''),
            sequencer: (SIMULATION_EPOCH_MS + Math.floor(nowMs)).toString(16).toUpperCase(),
          },
        },
      },
    ],
  };
}

export function snsEvent(topic: SnsTopic, messageId: string, message: string, subject: string | undefined, nowMs: number) {
  return {
    Records: [
      {
        EventVersion: '1.0',
        EventSubscriptionArn: `${topic.arn}:${messageId.slice(0, 8)}-subscription`,
        EventSource: 'aws:sns',
        Sns: snsEnvelope(topic, messageId, message, subject, nowMs),
      },
    ],
  };
}

/** What an SQS queue subscribed to a topic receives as the message body (unless raw delivery). */
export function snsEnvelope(topic: SnsTopic, messageId: string, message: string, subject: string | undefined, nowMs: number) {
  return {
    Type: 'Notification',
    MessageId: messageId,
    TopicArn: topic.arn,
    Subject: subject ?? null,
    Message: message,
    Timestamp: isoTime(nowMs),
    SignatureVersion: '1',
    Signature: 'EXAMPLE',
    SigningCertUrl: 'EXAMPLE',
    UnsubscribeUrl: 'EXAMPLE',
    MessageAttributes: {},
  };
}

export function eventBridgeEvent(id: string, source: string, detailType: string, detail: unknown, nowMs: number, ruleName: string) {
  return {
    version: '0',
    id,
    'detail-type': detailType,
    source,
    account: ACCOUNT,
    time: isoTime(nowMs).replace(/\.\d{3}Z$/, 'Z'),
    region: REGION,
    resources: source === 'aws.events' ? [arn('events', `rule/${ruleName}`)] : [],
    detail: detail ?? {},
  };
}

export function kinesisRecord(stream: RecordStream, r: StreamRecord) {
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: r.partitionKey,
      sequenceNumber: r.sequenceNumber,
      data: base64(String(r.payload)),
      approximateArrivalTimestamp: (SIMULATION_EPOCH_MS + r.arrivedAtMs) / 1000,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${stream.shardId(r.shardIndex)}:${r.sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: arn('iam', 'role/lambda-role').replace(':us-east-1', ''),
    awsRegion: REGION,
    eventSourceARN: stream.arn,
  };
}

export function dynamoStreamRecord(stream: RecordStream, r: StreamRecord) {
  const body = r.payload as { eventName: string; eventID: string; dynamodb: Record<string, unknown> };
  return {
    eventID: body.eventID,
    eventName: body.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: REGION,
    dynamodb: body.dynamodb,
    eventSourceARN: stream.arn,
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of a string's UTF-8 bytes (no Buffer: the engine runs in browsers too). */
export function base64(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}
