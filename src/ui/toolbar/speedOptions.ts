export const SPEED_OPTIONS: { label: string; value: string; speed: number }[] = [
  // Slower than real time: a 100 ms cold start stretches to a second you can watch.
  { label: '0.1×', value: '0.1', speed: 0.1 },
  { label: '0.5×', value: '0.5', speed: 0.5 },
  { label: '1×', value: '1', speed: 1 },
  { label: '2×', value: '2', speed: 2 },
  { label: '10×', value: '10', speed: 10 },
  { label: '100×', value: '100', speed: 100 },
  // Short: at 1280 px the select's width is taken from the scenario's name next to it.
  { label: 'Fastest', value: 'max', speed: Infinity },
];

export function speedToValue(speed: number): string {
  return Number.isFinite(speed) ? String(speed) : 'max';
}

export function valueToSpeed(value: string): number {
  return SPEED_OPTIONS.find((o) => o.value === value)?.speed ?? 1;
}
