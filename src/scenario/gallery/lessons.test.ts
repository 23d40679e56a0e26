import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { findLesson, lessons } from './lessons';
import { parseScenario } from '../parseScenario';
import { encodeShareLink } from '../share/encodeShareLink';
import { decodeShareLink } from '../share/decodeShareLink';
import { SHARE_LINK_BUDGET_CHARS } from '../share/shareLinkFormat';

describe('lesson gallery', () => {
  it('has unique, URL-safe ids and findLesson finds each', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lesson of lessons) {
      expect(lesson.id).toMatch(/^[a-z0-9-]+$/);
      expect(findLesson(lesson.id)).toBe(lesson);
    }
  });

  it.each(lessons.map((l) => [l.id, l] as const))('%s passes parseScenario', (_id, lesson) => {
    const result = parseScenario(JSON.parse(JSON.stringify(lesson.scenario)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(lessons.map((l) => [l.id, l] as const))(
    '%s has a share link of at most 2,000 characters that round-trips',
    async (_id, lesson) => {
      const link = await encodeShareLink(lesson.scenario);
      // Room for the app's own address in front of "#".
      expect(link.length + 'https://lambda-playground.example/#'.length).toBeLessThanOrEqual(
        SHARE_LINK_BUDGET_CHARS,
      );
      expect(await decodeShareLink(link)).toEqual({ ok: true, scenario: lesson.scenario });
    },
  );

  it.each(lessons.map((l) => [l.id, l] as const))(
    '%s has all three texts and deterministic, valid Node.js 22 handlers',
    (_id, lesson) => {
      expect(lesson.title.length).toBeGreaterThan(5);
      for (const part of [lesson.text.tryThis, lesson.text.notice, lesson.text.why])
        expect(part.length).toBeGreaterThan(40);
      expect(lesson.scenario.cpu === 'ignored' || lesson.id === 'memory-cpu-cost').toBe(true);
      for (const node of lesson.scenario.nodes) {
        if (node.kind !== 'function') continue;
        expect(node.runtime ?? 'nodejs22.x').toBe('nodejs22.x');
        const handlerFile = (node.handler ?? 'index.handler').split('.')[0];
        const files = Object.keys(node.files);
        expect(files.some((f) => f.replace(/\.(mjs|cjs|js)$/, '') === handlerFile)).toBe(true);
        // Real Lambda code: no playground-only globals.
        for (const [file, code] of Object.entries(node.files)) {
          expect(code).not.toMatch(/__lp|playground\./);
          // Parses as Node 22 does: .mjs as an ES module (top-level await allowed), .js/.cjs as a script.
          const sourceType = file.endsWith('.mjs') ? 'module' : 'script';
          expect(() => parse(code, { ecmaVersion: 2024, sourceType }), `${node.id}/${file}`).not.toThrow();
        }
      }
    },
  );
});
