import { describe, expect, it } from 'vitest';
import { layers } from './layers';
import { runLessonWithLogs } from '../testing/runLesson';

describe('lesson: layers', () => {
  it('both functions import the package from the layer', async () => {
    const { report, logs } = await runLessonWithLogs(layers.scenario);
    for (const id of ['cart', 'catalog']) {
      expect(report.functions[id].Errors).toBe(0);
      const lines = logs.filter((l) => l.functionId === id && l.line.includes(' shows '));
      expect(lines.length).toBe(report.functions[id].Invocations);
      expect(lines[0].line).toMatch(new RegExp(`${id} shows €19\\.99$`));
    }
  });

  it('"try this": changing the layer changes both functions', async () => {
    const changed = {
      ...layers.scenario,
      nodes: layers.scenario.nodes.map((n) =>
        n.kind === 'layer'
          ? {
              ...n,
              files: { 'nodejs/node_modules/shop-utils/index.js': "exports.formatPrice = () => 'free';\n" },
            }
          : n,
      ),
    };
    const { logs } = await runLessonWithLogs(changed);
    expect(logs.filter((l) => l.line.endsWith('shows free')).length).toBeGreaterThan(10);
  });
});
