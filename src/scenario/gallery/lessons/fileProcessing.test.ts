import { describe, expect, it } from 'vitest';
import { fileProcessing } from './fileProcessing';
import { runLesson, runLessonWithLogs, withFunction } from '../testing/runLesson';

describe('lesson: file processing', () => {
  it('one upload makes one thumbnail and one catalog entry', async () => {
    const { report, logs } = await runLessonWithLogs(fileProcessing.scenario);
    expect(report.clients.photographers.statusCodes).toEqual({ '200': 20 });
    expect(report.functions.thumbnailer).toMatchObject({
      Invocations: 20,
      Errors: 0,
      AsyncEventsReceived: 20,
    });
    expect(report.functions.catalog).toMatchObject({ Invocations: 20, Errors: 0 });
    const line = logs.find((l) => l.functionId === 'thumbnailer' && l.line.includes('thumbnail of'));
    expect(line?.line).toMatch(
      /thumbnail of photos\/img-1\.jpg \(46 bytes\) written to playground-thumbnails$/,
    );
  });

  it('"try this": writing into the source bucket loops until Lambda stops it', async () => {
    const looped = withFunction(fileProcessing.scenario, 'thumbnailer', {
      environment: { OUTPUT_BUCKET: 'playground-uploads' },
    });
    const r = await runLesson(looped);
    expect(r.functions.thumbnailer.RecursiveInvocationsDropped).toBeGreaterThan(0);
    expect(r.functions.thumbnailer.Invocations).toBeGreaterThan(20 * 10);
    expect(r.functions.catalog.Invocations).toBe(0);
  });
});
