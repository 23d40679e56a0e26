import type { Lesson } from '../lessonTypes';

const greeter = `const { GREETING, TABLE_NAME, AWS_LAMBDA_FUNCTION_NAME, AWS_LAMBDA_FUNCTION_MEMORY_SIZE, AWS_REGION } = process.env;

export const handler = async () => {
  console.log(\`\${GREETING} from \${AWS_LAMBDA_FUNCTION_NAME} (\${AWS_LAMBDA_FUNCTION_MEMORY_SIZE} MB) in \${AWS_REGION}, table \${TABLE_NAME}\`);
  return { statusCode: 200, body: GREETING };
};
`;

const strict = `// Fail fast: check configuration once, at Init, not in every request.
const table = process.env.TABLE_NAME;
if (!table) throw new Error('TABLE_NAME is not set');

export const handler = async () => ({ statusCode: 200, body: table });
`;

export const environmentVariables: Lesson = {
  id: 'environment-variables',
  title: 'Environment variables',
  text: {
    tryThis:
      "Press **Run** and read **greeter**'s logs. Then give **strict** an environment variable `TABLE_NAME` (any value) in the inspector and run again.",
    notice:
      '**greeter** prints its own variables next to the ones Lambda sets for every function (`AWS_LAMBDA_FUNCTION_NAME`, `AWS_LAMBDA_FUNCTION_MEMORY_SIZE`, `AWS_REGION`, …). ' +
      '**strict** has no `TABLE_NAME`: its Init throws, so every request fails (`Status: error` on each REPORT line) and runs Init again, because a failed Init leaves no initialised environment to reuse. With the variable set, it works and stays warm.',
    why:
      "Environment variables are part of the function's configuration (at most 4 KB in total), read through `process.env`. Changing them creates new environments. " +
      'Reading them at module scope and throwing on a missing one turns a misconfiguration into an obvious Init error instead of a wrong answer later. Secrets belong in Parameter Store or Secrets Manager, not in plain variables. (AWS DG: *Working with Lambda environment variables*.)',
  },
  scenario: {
    version: 1,
    name: 'Environment variables',
    seed: 1,
    durationSeconds: 20,
    cpu: 'ignored',
    nodes: [
      {
        id: 'caller',
        kind: 'client',
        name: 'Caller',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 1 },
      },
      {
        id: 'greeter',
        kind: 'function',
        name: 'greeter',
        position: { x: 380, y: 60 },
        environment: { GREETING: 'Hello', TABLE_NAME: 'orders' },
        files: { 'index.mjs': greeter },
      },
      {
        id: 'strict',
        kind: 'function',
        name: 'strict',
        position: { x: 380, y: 260 },
        files: { 'index.mjs': strict },
      },
    ],
    edges: [
      { id: 'caller-greeter', from: 'caller', to: 'greeter', kind: 'invoke' },
      { id: 'caller-strict', from: 'caller', to: 'strict', kind: 'invoke' },
    ],
  },
};
