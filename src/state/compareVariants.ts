// Variants of one scenario for the Compare workspace: copies that differ only in chosen settings,
// everything else (traffic, seed, code) identical, so they see the same seeded traffic.
// Browser-safe twin of src/cli/compareVariants.ts, with several settings and per-variant values.
import { scaleTraffic } from '../engine/analysis/scaleTraffic';
import { accountConfig, functionConfig } from '../engine/defaults';
import type { AccountSettings, FunctionNode, Scenario } from '../engine/scenarioTypes';
import type { ParseResult } from '../scenario/parseScenario';

export const FUNCTION_SETTINGS = [
  'memoryMB',
  'timeoutSeconds',
  'reservedConcurrency',
  'provisionedConcurrency',
  'architecture',
] as const;
export type FunctionSetting = (typeof FUNCTION_SETTINGS)[number];

export const ACCOUNT_SETTINGS = [
  'concurrencyLimit',
  'unreservedMinimum',
  'scalingEnvironmentsPer10s',
  'idleEnvironmentLifetimeSeconds',
] as const;
export type AccountSetting = (typeof ACCOUNT_SETTINGS)[number];

export type SettingTarget =
  | { kind: 'function'; functionId: string; setting: FunctionSetting }
  | { kind: 'account'; setting: AccountSetting }
  | { kind: 'traffic' };

/** One variant as the person typed it: a raw value per varied setting (same order). */
export interface VariantDraft {
  label: string;
  values: string[];
}

export interface VariantSettingValue {
  name: string;
  value: string;
  /** Differs from the first variant's value (the baseline). */
  differs: boolean;
}

export interface BuiltVariant {
  label: string;
  scenario: Scenario;
  settings: VariantSettingValue[];
}

export interface VariantError {
  variant: string;
  path: string;
  message: string;
}

export type BuildResult = { ok: true; variants: BuiltVariant[] } | { ok: false; errors: VariantError[] };

export function targetName(scenario: Scenario, t: SettingTarget): string {
  if (t.kind === 'traffic') return 'traffic factor';
  if (t.kind === 'account') return `account.${t.setting}`;
  const node = scenario.nodes.find((n) => n.id === t.functionId);
  return `${node?.name ?? t.functionId}.${t.setting}`;
}

/** The value the engine would use today (defaults filled in); '' = none (reserved concurrency unset). */
export function currentValue(scenario: Scenario, t: SettingTarget): string {
  if (t.kind === 'traffic') return '1';
  if (t.kind === 'account') {
    const a = accountConfig(scenario.account);
    const v = {
      concurrencyLimit: a.concurrencyLimit,
      unreservedMinimum: a.unreservedMinimum,
      scalingEnvironmentsPer10s: a.scalingEnvironmentsPer10s,
      idleEnvironmentLifetimeSeconds: a.idleLifetimeMs / 1000,
    }[t.setting];
    return String(v);
  }
  const node = findFunction(scenario, t.functionId);
  if (!node) return '';
  const f = functionConfig(node);
  const v = {
    memoryMB: f.memoryMB,
    timeoutSeconds: f.timeoutMs / 1000,
    reservedConcurrency: f.reservedConcurrency,
    provisionedConcurrency: f.provisionedConcurrency,
    architecture: f.architecture,
  }[t.setting];
  return v === null ? '' : String(v);
}

function findFunction(scenario: Scenario, id: string): FunctionNode | undefined {
  return scenario.nodes.find((n): n is FunctionNode => n.kind === 'function' && n.id === id);
}

/** Path of a setting in the scenario document, as parseScenario names it. */
export function settingPath(scenario: Scenario, t: SettingTarget): string {
  if (t.kind === 'traffic') return 'traffic factor';
  if (t.kind === 'account') return `account.${t.setting}`;
  return `nodes[${scenario.nodes.findIndex((n) => n.id === t.functionId)}].${t.setting}`;
}

/** Applies one raw value to a copy (mutates `copy`); returns a message when the text is not a value. */
function apply(copy: Scenario, t: SettingTarget, raw: string): string | null {
  const text = raw.trim();
  if (t.kind === 'function' && t.setting === 'architecture') {
    if (text !== 'x86_64' && text !== 'arm64') return 'must be x86_64 or arm64';
    findFunction(copy, t.functionId)!.architecture = text;
    return null;
  }
  if (t.kind === 'function' && t.setting === 'reservedConcurrency' && (text === '' || text === 'none')) {
    findFunction(copy, t.functionId)!.reservedConcurrency = null;
    return null;
  }
  if (text === '' || !Number.isFinite(Number(text))) return 'must be a number';
  const value = Number(text);
  if (t.kind === 'traffic') {
    if (value <= 0) return 'must be greater than 0';
    return null; // applied last, by scaleTraffic
  }
  if (t.kind === 'account') {
    copy.account = { ...copy.account, [t.setting]: value } as AccountSettings;
    return null;
  }
  const node = findFunction(copy, t.functionId);
  if (!node) return `no function node with id "${t.functionId}"`;
  (node as unknown as Record<string, unknown>)[t.setting] = value;
  return null;
}

/**
 * One scenario per draft, each validated by the scenario gate; errors name the variant and the
 * path of the field, so "Variant B · nodes[1].memoryMB: ..." points at what to fix.
 */
export function buildVariants(
  scenario: Scenario,
  targets: SettingTarget[],
  drafts: VariantDraft[],
  parse: (input: unknown) => ParseResult,
): BuildResult {
  const errors: VariantError[] = [];
  const variants: BuiltVariant[] = [];
  if (drafts.length < 1) return { ok: false, errors: [{ variant: '(variants)', path: '(variants)', message: 'add at least one variant' }] };
  const baseline = drafts[0].values;
  for (const draft of drafts) {
    let copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
    let factor = 1;
    let failed = false;
    targets.forEach((t, i) => {
      const raw = draft.values[i] ?? '';
      const problem = apply(copy, t, raw);
      if (problem) {
        failed = true;
        errors.push({ variant: draft.label, path: settingPath(scenario, t), message: problem });
      } else if (t.kind === 'traffic') factor *= Number(raw);
    });
    if (failed) continue;
    if (factor !== 1) copy = scaleTraffic(copy, factor);
    const parsed = parse(copy);
    if (!parsed.ok) {
      for (const e of parsed.errors) errors.push({ variant: draft.label, path: e.path, message: e.message });
      continue;
    }
    variants.push({
      label: draft.label,
      scenario: parsed.scenario,
      settings: targets.map((t, i) => ({
        name: targetName(scenario, t),
        value: displayValue(draft.values[i]),
        differs: normalise(draft.values[i]) !== normalise(baseline[i]),
      })),
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, variants };
}

function normalise(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === 'none') return '';
  return text !== '' && Number.isFinite(Number(text)) ? String(Number(text)) : text;
}

function displayValue(raw: string | undefined): string {
  const text = normalise(raw);
  return text === '' ? 'none' : text;
}

/** Variant labels A, B, C, ... (then A2, B2, ... past Z). */
export function variantLabel(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`;
}

/** "128, 256 512" -> [128, 256, 512], or a message naming the bad entry. */
export function parseNumberList(
  text: string,
  rule: { min: number; max: number; integer?: boolean; name: string },
): { values: number[] } | { error: string } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return { error: `${rule.name}: enter at least one value` };
  const values: number[] = [];
  for (const p of parts) {
    const v = Number(p.replace(/[×x]$/i, ''));
    if (!Number.isFinite(v)) return { error: `${rule.name}: "${p}" is not a number` };
    if (rule.integer && !Number.isInteger(v)) return { error: `${rule.name}: ${p} must be a whole number` };
    if (v < rule.min || v > rule.max) return { error: `${rule.name}: ${p} must be between ${rule.min} and ${rule.max}` };
    if (!values.includes(v)) values.push(v);
  }
  return { values };
}
