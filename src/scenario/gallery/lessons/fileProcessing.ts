import type { Lesson } from '../lessonTypes';

const thumbnailer = `import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export const handler = async (event) => {
  for (const record of event.Records) {
    // Keys arrive URL-encoded, with "+" for spaces.
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
    const object = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: key }));
    const image = await object.Body.transformToString();
    await new Promise((resolve) => setTimeout(resolve, 200)); // resize
    await s3.send(new PutObjectCommand({
      Bucket: process.env.OUTPUT_BUCKET,
      Key: \`thumbnails/\${key}\`,
      Body: image.slice(0, 16),
    }));
    console.log(\`thumbnail of \${key} (\${image.length} bytes) written to \${process.env.OUTPUT_BUCKET}\`);
  }
};
`;

const catalog = `export const handler = async (event) => {
  for (const record of event.Records) console.log('new thumbnail', record.s3.object.key);
};
`;

export const fileProcessing: Lesson = {
  id: 'use-case-file-processing',
  title: 'Use case: processing uploaded files',
  text: {
    tryThis:
      "Press **Run**, then read **thumbnailer**'s logs. Then set its `OUTPUT_BUCKET` variable to `playground-uploads` (the bucket it reads from) and run again.",
    notice:
      'Every upload to `playground-uploads` triggers **thumbnailer** asynchronously (an S3 event notification); it reads the object, "resizes" it and writes the result to `playground-thumbnails`, which in turn notifies **catalog**. One upload, one thumbnail, one catalog entry. ' +
      'Writing into the bucket it reads from makes every thumbnail a new upload: a **recursive loop**, which Lambda stops after about 16 rounds (*RecursiveInvocationsDropped*).',
    why:
      'S3 invokes Lambda asynchronously with `Records[].s3.{bucket.name, object.key}` (the key URL-encoded): the upload succeeds at once and Lambda retries failures twice. ' +
      'Write results to another bucket (or a prefix the notification filters out). Since 2024 Lambda also detects loops through S3 and stops them. (AWS DG: *Process Amazon S3 event notifications with Lambda*, *Recursive loop detection*.)',
  },
  scenario: {
    version: 1,
    name: 'File processing',
    seed: 1,
    durationSeconds: 30,
    cpu: 'ignored',
    nodes: [
      {
        id: 'photographers',
        kind: 'client',
        name: 'Photographers',
        position: { x: 0, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 2, stopSecond: 10 },
        payloads: [{ body: { key: 'photos/img-{{seq}}.jpg', body: 'JPEG-DATA-{{uuid}}' } }],
      },
      { id: 'uploads', kind: 's3Bucket', name: 'playground-uploads', position: { x: 240, y: 160 } },
      { id: 'thumbnails', kind: 's3Bucket', name: 'playground-thumbnails', position: { x: 720, y: 160 } },
      {
        id: 'thumbnailer',
        kind: 'function',
        name: 'thumbnailer',
        position: { x: 480, y: 60 },
        memoryMB: 512,
        timeoutSeconds: 10,
        environment: { OUTPUT_BUCKET: 'playground-thumbnails' },
        files: { 'index.mjs': thumbnailer },
      },
      {
        id: 'catalog',
        kind: 'function',
        name: 'catalog',
        position: { x: 960, y: 160 },
        files: { 'index.mjs': catalog },
      },
    ],
    edges: [
      { id: 'photographers-uploads', from: 'photographers', to: 'uploads', kind: 'send' },
      {
        id: 'uploads-thumbnailer',
        from: 'uploads',
        to: 'thumbnailer',
        kind: 'notify',
        config: { events: ['s3:ObjectCreated:*'] },
      },
      {
        id: 'thumbnails-catalog',
        from: 'thumbnails',
        to: 'catalog',
        kind: 'notify',
        config: { events: ['s3:ObjectCreated:*'] },
      },
    ],
  },
};
