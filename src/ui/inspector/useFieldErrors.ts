import { useMemo } from 'react';
import { parseScenario } from '../../scenario/parseScenario';
import { useAppStore } from '../../state/useAppStore';

export interface FieldErrors {
  /** The message for exactly this path, or for a path inside it ("nodes[1].async" covers ".async.x"). */
  at(path: string, inside?: boolean): string | undefined;
  /** Messages under a prefix that no field claimed (shown at the top of the form). */
  all(prefix: string): { path: string; message: string }[];
}

/** The schema's messages for the draft, checked on every edit (it is fast: a few ms). */
export function useFieldErrors(): FieldErrors {
  const scenario = useAppStore((s) => s.scenario);
  return useMemo(() => {
    const result = parseScenario(scenario);
    const errors = result.ok ? [] : result.errors;
    return {
      at(path, inside = false) {
        return errors.find((e) => e.path === path || (inside && e.path.startsWith(`${path}.`)))?.message;
      },
      all(prefix) {
        return errors.filter(
          (e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`),
        );
      },
    };
  }, [scenario]);
}
