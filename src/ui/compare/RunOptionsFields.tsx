import { useId } from 'react';

export interface RunOptionsValue {
  seed: string;
  seconds: string;
}

/** Seed and simulated length shared by every variant of a batch: identical seeded traffic. */
export function RunOptionsFields({ value, onChange, disabled }: { value: RunOptionsValue; onChange(v: RunOptionsValue): void; disabled?: boolean }) {
  const id = useId();
  return (
    <>
      <label className="cmp-field" htmlFor={`${id}-seconds`}>
        <span>Simulated seconds</span>
        <input
          id={`${id}-seconds`}
          type="number"
          min={1}
          max={3600}
          value={value.seconds}
          disabled={disabled}
          data-testid="cmp-seconds"
          onChange={(e) => onChange({ ...value, seconds: e.target.value })}
        />
      </label>
      <label className="cmp-field" htmlFor={`${id}-seed`}>
        <span>Seed</span>
        <input
          id={`${id}-seed`}
          type="number"
          step={1}
          value={value.seed}
          disabled={disabled}
          data-testid="cmp-seed"
          onChange={(e) => onChange({ ...value, seed: e.target.value })}
        />
      </label>
    </>
  );
}

/** The numbers, or a message naming the bad field. */
export function readRunOptions(v: RunOptionsValue): { seed: number; durationSeconds: number } | { error: string } {
  const seconds = Number(v.seconds);
  const seed = Number(v.seed);
  if (!v.seconds.trim() || !Number.isFinite(seconds) || seconds < 1 || seconds > 3600) return { error: 'Simulated seconds: must be between 1 and 3600' };
  if (!v.seed.trim() || !Number.isInteger(seed)) return { error: 'Seed: must be a whole number' };
  return { seed, durationSeconds: seconds };
}

export function defaultRunOptions(scenario: { seed?: number; durationSeconds?: number }): RunOptionsValue {
  return { seed: String(scenario.seed ?? 1), seconds: String(Math.min(scenario.durationSeconds ?? 300, 60)) };
}
