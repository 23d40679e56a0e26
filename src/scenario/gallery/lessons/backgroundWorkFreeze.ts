import type { Lesson } from '../lessonTypes';

const leaky = `export const handler = async (event, context) => {
  const id = context.awsRequestId;
  // Fire and forget: nobody awaits this 200 ms call.
  setTimeout(() => console.log(\`analytics sent for \${id}\`), 200);
  return { statusCode: 200, body: 'ok' };
};
`;

const fixed = `const sendAnalytics = (id) =>
  new Promise((resolve) => setTimeout(() => resolve(console.log(\`analytics sent for \${id}\`)), 200));

export const handler = async (event, context) => {
  // Awaited: the work finishes before the response, inside this request.
  await sendAnalytics(context.awsRequestId);
  return { statusCode: 200, body: 'ok' };
};
`;

export const backgroundWorkFreeze: Lesson = {
  id: 'background-work-freeze',
  title: 'Background work leaks across a freeze',
  text: {
    tryThis:
      'Press **Run**, open the **Logs** of **fireAndForget** and find the line `analytics sent for …`. Compare its request id with the request it names.',
    notice:
      "In **fireAndForget**, every `analytics sent for A` line is printed during the *next* request (B) in the same environment, about 5 s later, not 200 ms after A: it shows B's request id. " +
      "The last request's analytics are never sent at all. **awaited** logs each line inside its own request, and its duration is 200 ms longer.",
    why:
      'When the handler returns, Lambda freezes the execution environment: timers and pending promises stop. They resume only when the environment is thawed by its next invocation, or never if it is reaped. ' +
      "Work that must happen belongs before the response (await it); on real Lambda a leaked call can also fail, or bill, inside a stranger's request. (AWS DG: *Lambda execution environment lifecycle*, Invoke phase.)",
  },
  scenario: {
    version: 1,
    name: 'Background work and the freeze',
    seed: 1,
    durationSeconds: 30,
    cpu: 'ignored',
    nodes: [
      {
        id: 'clock',
        kind: 'client',
        name: 'Every 5 s',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 0.2 },
      },
      {
        id: 'fireAndForget',
        kind: 'function',
        name: 'fireAndForget',
        position: { x: 380, y: 60 },
        files: { 'index.mjs': leaky },
      },
      {
        id: 'awaited',
        kind: 'function',
        name: 'awaited',
        position: { x: 380, y: 260 },
        files: { 'index.mjs': fixed },
      },
    ],
    edges: [
      { id: 'clock-fireAndForget', from: 'clock', to: 'fireAndForget', kind: 'invoke' },
      { id: 'clock-awaited', from: 'clock', to: 'awaited', kind: 'invoke' },
    ],
  },
};
