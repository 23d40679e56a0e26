import type { Lesson } from '../lessonTypes';

const code = `export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ path: event.rawPath, from: event.requestContext.http.sourceIp }),
});
`;

export const functionUrls: Lesson = {
  id: 'function-urls',
  title: 'Function URLs: public and private',
  text: {
    tryThis:
      "Press **Run** and compare the status codes each client got. Then switch **internalReport**'s URL to auth type **NONE**.",
    notice:
      "**publicPage** has a function URL with auth type **NONE**: the anonymous internet client gets **200**. **internalReport** uses **AWS_IAM**: the same kind of internet caller gets **403 Forbidden** before the function even runs (its *Invocations* count only the account's caller), while the client inside the account, which signs its requests, gets 200.",
    why:
      'A function URL is a dedicated HTTPS endpoint (`https://<id>.lambda-url.<region>.on.aws`) that invokes the function with an HTTP API 2.0-style event. With `AuthType: AWS_IAM`, only callers that sign with SigV4 and are allowed `lambda:InvokeFunctionUrl` get through. ' +
      'With `NONE` it is public — AWS still requires a resource-based policy allowing `Principal: "*"` (the console adds it), so the function must do its own authentication if it needs any. (AWS DG: *Lambda function URLs*, *Security and auth model*.)',
  },
  scenario: {
    version: 1,
    name: 'Function URLs',
    seed: 1,
    durationSeconds: 10,
    cpu: 'ignored',
    nodes: [
      {
        id: 'browsers',
        kind: 'client',
        name: 'Browsers (internet)',
        position: { x: 0, y: 120 },
        origin: 'internet',
        traffic: { pattern: 'constant', ratePerSecond: 2 },
        payloads: [{ body: { method: 'GET', path: '/' } }],
      },
      {
        id: 'backoffice',
        kind: 'client',
        name: 'Back office (account, signed)',
        position: { x: 0, y: 320 },
        origin: 'account',
        traffic: { pattern: 'constant', ratePerSecond: 1 },
        payloads: [{ body: { method: 'GET', path: '/report' } }],
      },
      {
        id: 'publicPage',
        kind: 'function',
        name: 'publicPage',
        position: { x: 380, y: 60 },
        url: { authType: 'NONE' },
        files: { 'index.mjs': code },
      },
      {
        id: 'internalReport',
        kind: 'function',
        name: 'internalReport',
        position: { x: 380, y: 300 },
        url: { authType: 'AWS_IAM' },
        files: { 'index.mjs': code },
      },
    ],
    edges: [
      { id: 'browsers-public', from: 'browsers', to: 'publicPage', kind: 'invoke' },
      { id: 'browsers-internal', from: 'browsers', to: 'internalReport', kind: 'invoke' },
      { id: 'backoffice-internal', from: 'backoffice', to: 'internalReport', kind: 'invoke' },
    ],
  },
};
