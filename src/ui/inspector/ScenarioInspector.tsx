import type { AccountSettings, Pricing } from '../../engine/scenarioTypes';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { CheckField, Section, SelectField } from './fields';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import { useFieldErrors } from './useFieldErrors';

const PRICES: { key: keyof Omit<Pricing, 'freeTier'>; label: string; placeholder: string; hint: string }[] = [
  {
    key: 'requestsPerMillionUSD',
    label: 'Requests',
    placeholder: '0.20',
    hint: 'USD per million invocations.',
  },
  {
    key: 'x86GBSecondUSD',
    label: 'x86 compute',
    placeholder: '0.0000166667',
    hint: 'USD per GB-second on x86_64.',
  },
  {
    key: 'arm64GBSecondUSD',
    label: 'arm64 compute',
    placeholder: '0.0000133334',
    hint: 'USD per GB-second on arm64.',
  },
  {
    key: 'provisionedGBSecondUSD',
    label: 'Provisioned (kept warm)',
    placeholder: '0.0000041667',
    hint: 'USD per GB-second that provisioned environments exist, used or not.',
  },
  {
    key: 'provisionedDurationGBSecondUSD',
    label: 'Provisioned (running)',
    placeholder: '0.0000097222',
    hint: 'USD per GB-second of work on provisioned environments.',
  },
  {
    key: 'ephemeralStorageGBSecondUSD',
    label: 'Ephemeral storage',
    placeholder: '0.0000000309',
    hint: 'USD per GB-second of /tmp beyond the free 512 MB.',
  },
];

/** Settings of the whole scenario and the account, shown when nothing is selected. */
export function ScenarioInspector() {
  const scenario = useAppStore((s) => s.scenario);
  const { updateScenario } = useAppActions();
  const errors = useFieldErrors();
  const account = scenario.account ?? {};
  const pricing = account.pricing ?? {};
  const setAccount = (p: Partial<AccountSettings>) => {
    const next = { ...account, ...p } as Record<string, unknown>;
    for (const [k, v] of Object.entries(p)) if (v === undefined) delete next[k];
    updateScenario({ account: Object.keys(next).length ? (next as AccountSettings) : undefined });
  };
  const setPricing = (p: Partial<Pricing>) => {
    const next = { ...pricing, ...p } as Record<string, unknown>;
    for (const [k, v] of Object.entries(p)) if (v === undefined) delete next[k];
    setAccount({ pricing: Object.keys(next).length ? (next as Partial<Pricing>) : undefined });
  };
  const err = (path: string) => errors.at(path);

  return (
    <div className="inspector-body" data-testid="scenario-inspector">
      <p className="field-hint inspector-intro">
        Select a node or connection to edit it; drag from a node’s right edge to another node to connect them.
      </p>
      <TextField label="Scenario name" value={scenario.name} onChange={(name) => updateScenario({ name })} />
      <NumberField
        label="Run length"
        unit="simulated s"
        value={scenario.durationSeconds}
        min={1}
        placeholder="300"
        testId="scenario-duration"
        onChange={(durationSeconds) => updateScenario({ durationSeconds })}
        hint="How much simulated time a run covers."
        error={err('durationSeconds')}
      />
      <NumberField
        label="Seed"
        value={scenario.seed}
        min={0}
        step={1}
        placeholder="1"
        onChange={(seed) => updateScenario({ seed })}
        hint="Same seed, same arrivals and random numbers: runs are repeatable."
        error={err('seed')}
      />
      <SelectField
        label="Handler CPU time"
        value={scenario.cpu ?? 'measured'}
        options={[
          { value: 'measured', label: 'Measured (scaled by memory)' },
          { value: 'ignored', label: 'Ignored (bit-for-bit repeatable)' },
        ]}
        onChange={(cpu) => updateScenario({ cpu })}
        hint="Measured: real CPU time of your code counts, slower at low memory. Ignored: only simulated waits count."
      />
      <Section title="Account">
        <NumberField
          label="Concurrency limit"
          value={account.concurrencyLimit}
          min={1}
          step={1}
          placeholder="1000"
          testId="account-limit"
          onChange={(concurrencyLimit) => setAccount({ concurrencyLimit })}
          hint="Concurrent executions for all functions in the Region together (the restaurant’s seats)."
          error={err('account.concurrencyLimit')}
        />
        <NumberField
          label="Unreserved minimum"
          value={account.unreservedMinimum}
          min={0}
          step={1}
          placeholder="100"
          testId="account-unreserved"
          onChange={(unreservedMinimum) => setAccount({ unreservedMinimum })}
          hint="Walk-in seats AWS always keeps: reservations may not take the last 100."
          error={err('account.unreservedMinimum')}
        />
        <NumberField
          label="Scaling rate"
          unit="environments / 10 s"
          value={account.scalingEnvironmentsPer10s}
          min={1}
          step={1}
          placeholder="1000"
          onChange={(scalingEnvironmentsPer10s) => setAccount({ scalingEnvironmentsPer10s })}
          hint="Each function can add this many new environments every 10 seconds; faster bursts are throttled."
          error={err('account.scalingEnvironmentsPer10s')}
        />
        <NumberField
          label="Idle environment lifetime"
          unit="s"
          value={account.idleEnvironmentLifetimeSeconds}
          min={1}
          max={86400}
          placeholder="project default"
          onChange={(idleEnvironmentLifetimeSeconds) => setAccount({ idleEnvironmentLifetimeSeconds })}
          hint="How long an unused warm environment lives before Lambda reaps it (AWS does not publish this)."
          error={err('account.idleEnvironmentLifetimeSeconds')}
        />
        <NumberField
          label="Maximum environment lifetime"
          unit="s"
          value={account.maxEnvironmentLifetimeSeconds}
          min={60}
          placeholder="never"
          onChange={(v) => setAccount({ maxEnvironmentLifetimeSeconds: v })}
          hint="Recycle environments after this long even when busy (AWS: “every few hours”). Empty = never."
          error={err('account.maxEnvironmentLifetimeSeconds')}
        />
        <CheckField
          label="Legacy burst scaling (before 2023)"
          checked={!!account.legacyBurstScaling}
          onChange={(on) => setAccount({ legacyBurstScaling: on || undefined })}
          hint="The old account-wide burst (500–3,000) then +500 a minute, instead of 1,000 per function per 10 s."
        />
        <CheckField
          label="Legacy VPC networking (before 2019)"
          checked={!!account.legacyVpcNetworking}
          onChange={(on) => setAccount({ legacyVpcNetworking: on || undefined })}
          hint="An ENI created per environment, adding seconds to every VPC cold start."
        />
      </Section>
      <Section title="Pricing" intro="List prices (us-east-1) unless you override them.">
        <CheckField
          label="Apply the monthly free tier"
          checked={pricing.freeTier ?? false}
          onChange={(freeTier) => setPricing({ freeTier: freeTier || undefined })}
          hint="1 million requests and 400,000 GB-seconds a month at no cost."
          testId="pricing-free-tier"
        />
        {PRICES.map((p) => (
          <NumberField
            key={p.key}
            label={p.label}
            unit="USD"
            value={pricing[p.key]}
            min={0}
            placeholder={p.placeholder}
            onChange={(v) => setPricing({ [p.key]: v })}
            hint={p.hint}
            error={err(`account.pricing.${p.key}`)}
          />
        ))}
      </Section>
    </div>
  );
}
