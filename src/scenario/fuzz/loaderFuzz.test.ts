import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenarioTypes';
import type { ScenarioError } from '../checkWiring';
import { loadScenario } from '../migrations/loadScenario';
import { decodeShareLink } from '../share/decodeShareLink';
import { encodeShareLink } from '../share/encodeShareLink';
import { bytesToBase64url } from '../share/base64url';
import { deflateRaw } from '../share/deflateRaw';
import { exportScenarioFile } from '../files/exportScenarioFile';
import { importScenarioFile } from '../files/importScenarioFile';
import { scenarioToSam } from '../sam/scenarioToSam';
import { samToScenario } from '../sam/samToScenario';
import { lessons } from '../gallery/lessons';
import { createRand, mangleText, mutate, randomValue } from './fuzzRandom';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const seeds: unknown[] = [
  ...lessons.map((l) => l.scenario),
  ...readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(fixturesDir + f, 'utf8'))),
];

// A rejection must say where and what: a non-empty path and message for every error.
function expectPathSpecific(errors: ScenarioError[], input: unknown): void {
  expect(errors.length, JSON.stringify(input)?.slice(0, 300)).toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e.path).toBe('string');
    expect(e.path).toMatch(/^(\(\w+\)|[A-Za-z])/);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(2);
  }
}

function expectValidAccepted(scenario: Scenario): void {
  expect(scenario.version).toBe(1);
  expect(Array.isArray(scenario.nodes)).toBe(true);
}

describe('loader fuzz', () => {
  it('loadScenario accepts or rejects 3,000 mutated and random scenarios with path-specific errors, never throwing', () => {
    const r = createRand(20261128);
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const input = i % 6 === 5 ? randomValue(r) : mutate(r, r.pick(seeds));
      let result: ReturnType<typeof loadScenario> | undefined;
      expect(() => (result = loadScenario(input))).not.toThrow();
      if (!result) continue;
      if (result.ok) {
        accepted++;
        expectValidAccepted(result.scenario);
      } else {
        rejected++;
        expectPathSpecific(result.errors, input);
      }
    }
    // Both outcomes are exercised: mutations are neither all harmless nor all fatal.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(1000);
  });

  it('decodeShareLink opens or refuses 1,500 mangled and forged links with a message, never rejecting', async () => {
    const r = createRand(7);
    const links = await Promise.all(lessons.map((l) => encodeShareLink(l.scenario)));
    let refused = 0;
    for (let i = 0; i < 1500; i++) {
      let link: string;
      if (i % 5 === 0) {
        // Forged: valid compression around a mutated scenario, so the validator is reached.
        const json = JSON.stringify(mutate(r, r.pick(seeds))) ?? 'null';
        link = `s1.${bytesToBase64url(await deflateRaw(new TextEncoder().encode(json)))}`;
      } else if (i % 5 === 1) {
        link = `s1.${bytesToBase64url(Uint8Array.from({ length: r.int(200) }, () => r.int(256)))}`;
      } else {
        link = r.pick(links);
        for (let n = 1 + r.int(3); n > 0; n--) link = mangleText(r, link);
      }
      const result = await decodeShareLink(link).catch((error: unknown) => ({ threw: error }));
      expect('threw' in result, link.slice(0, 80)).toBe(false);
      if ('threw' in result) continue;
      if (result.ok) expectValidAccepted(result.scenario);
      else {
        refused++;
        expect(result.error).toMatch(/^This (link|is not)/);
        if (result.errors) expectPathSpecific(result.errors, link);
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });

  it('importScenarioFile handles 500 damaged files', () => {
    const r = createRand(99);
    const files = lessons.map((l) => exportScenarioFile(l.scenario));
    for (let i = 0; i < 500; i++) {
      let text = r.pick(files);
      for (let n = 1 + r.int(4); n > 0; n--) text = mangleText(r, text);
      let result: ReturnType<typeof importScenarioFile> | undefined;
      expect(() => (result = importScenarioFile(text))).not.toThrow();
      if (result && !result.ok) expectPathSpecific(result.errors, text);
    }
  });

  it('samToScenario handles 400 damaged templates', () => {
    const r = createRand(5);
    const templates = lessons.map((l) => scenarioToSam(l.scenario));
    for (let i = 0; i < 400; i++) {
      let text = r.pick(templates);
      for (let n = 1 + r.int(4); n > 0; n--) text = mangleText(r, text);
      let result: ReturnType<typeof samToScenario> | undefined;
      expect(() => (result = samToScenario(text))).not.toThrow();
      if (result && !result.ok) expectPathSpecific(result.errors, text);
      expect(Array.isArray(result?.notUnderstood)).toBe(true);
    }
  });
});
