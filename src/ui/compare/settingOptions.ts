import type { Scenario } from '../../engine/scenarioTypes';
import { ACCOUNT_SETTINGS, FUNCTION_SETTINGS, type AccountSetting, type FunctionSetting, type SettingTarget } from '../../state/compareVariants';

/** A target as a <select> value: "fn|<id>|<setting>", "account|<setting>" or "traffic". */
export function encodeTarget(t: SettingTarget): string {
  if (t.kind === 'function') return `fn|${t.functionId}|${t.setting}`;
  if (t.kind === 'account') return `account|${t.setting}`;
  return 'traffic';
}

export function decodeTarget(value: string): SettingTarget | null {
  const [kind, a, b] = value.split('|');
  if (kind === 'traffic') return { kind: 'traffic' };
  if (kind === 'account' && (ACCOUNT_SETTINGS as readonly string[]).includes(a)) return { kind: 'account', setting: a as AccountSetting };
  if (kind === 'fn' && a && (FUNCTION_SETTINGS as readonly string[]).includes(b)) return { kind: 'function', functionId: a, setting: b as FunctionSetting };
  return null;
}

export interface TargetGroup {
  label: string;
  options: { value: string; label: string }[];
}

export function targetGroups(scenario: Scenario): TargetGroup[] {
  const groups: TargetGroup[] = scenario.nodes
    .filter((n) => n.kind === 'function')
    .map((n) => ({
      label: `Function ${n.name}`,
      options: FUNCTION_SETTINGS.map((s) => ({ value: encodeTarget({ kind: 'function', functionId: n.id, setting: s }), label: `${n.name}: ${s}` })),
    }));
  groups.push({ label: 'Account', options: ACCOUNT_SETTINGS.map((s) => ({ value: encodeTarget({ kind: 'account', setting: s }), label: `account: ${s}` })) });
  groups.push({ label: 'Traffic', options: [{ value: 'traffic', label: 'traffic factor (× every client)' }] });
  return groups;
}
