import type { Lesson } from '../lessonTypes';

const atInit = `import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';

const ssm = new SSMClient({});
// Once per environment, at Init: the secret is decrypted and kept in memory.
const { Parameter } = await ssm.send(
  new GetParameterCommand({ Name: process.env.API_KEY_PARAMETER, WithDecryption: true }),
);
const apiKey = Parameter.Value;

export const handler = async () => {
  console.log(\`calling the payment API with a key ending in \${apiKey.slice(-4)}\`);
  return { statusCode: 200 };
};
`;

export const parameterStore: Lesson = {
  id: 'parameter-store',
  title: 'Secrets in Parameter Store',
  text: {
    tryThis:
      "Press **Run** and read **payments**' logs. Then remove `ssm:GetParameter` from **payments**' execution role, or give **payments** the plain variable `API_KEY=…` instead, and think about who can read it.",
    notice:
      'The API key is a **SecureString** parameter, `/shop/payment-api-key`. Only its *name* is in an environment variable; the function reads and decrypts the value once per environment, at Init, so warm requests do not call SSM again (one call per cold start). ' +
      'Without `ssm:GetParameter` in the execution role the call fails with **AccessDeniedException** at Init, and every request fails.',
    why:
      "Environment variables are visible to anyone who can read the function's configuration, and end up in templates and repositories. Parameter Store (or Secrets Manager) keeps the secret encrypted with KMS, readable only by roles allowed `ssm:GetParameter` (and `kms:Decrypt`). " +
      "Fetch it at Init and cache it (the AWS Parameters and Secrets Lambda Extension does the same with a TTL) so you neither slow down every request nor hit SSM's request limits. (AWS DG: *Using Parameter Store parameters in Lambda functions*.)",
  },
  scenario: {
    version: 1,
    name: 'Parameter Store secrets',
    seed: 1,
    durationSeconds: 20,
    cpu: 'ignored',
    nodes: [
      {
        id: 'checkout',
        kind: 'client',
        name: 'Checkout',
        position: { x: 0, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 2 },
      },
      {
        id: 'apiKey',
        kind: 'parameter',
        name: '/shop/payment-api-key',
        value: 'sk_live_4242',
        secure: true,
        position: { x: 380, y: 320 },
      },
      {
        id: 'payments',
        kind: 'function',
        name: 'payments',
        position: { x: 380, y: 160 },
        environment: { API_KEY_PARAMETER: '/shop/payment-api-key' },
        permissions: ['ssm:GetParameter', 'kms:Decrypt'],
        files: { 'index.mjs': atInit },
      },
    ],
    edges: [{ id: 'checkout-payments', from: 'checkout', to: 'payments', kind: 'invoke' }],
  },
};
