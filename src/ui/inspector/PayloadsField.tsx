import type { ClientNode, WeightedPayload } from '../../engine/scenarioTypes';
import { JsonField } from './fields';
import { NumberField } from './NumberField';

const TEMPLATES = ['{{seq}}', '{{uuid}}', '{{randomInt 1 100}}', '{{now}}'];

/** Weighted request bodies; strings may use templates, filled in per request. */
export function PayloadsField({
  node,
  onChange,
  errorAt,
}: {
  node: ClientNode;
  onChange(payloads: WeightedPayload[] | undefined): void;
  errorAt(suffix: string): string | undefined;
}) {
  const payloads = node.payloads ?? [];
  const set = (next: WeightedPayload[]) => onChange(next.length ? next : undefined);
  return (
    <fieldset className="field" data-testid="client-payloads">
      <legend>Payloads</legend>
      <p className="field-hint">
        Each request picks one body by weight (seeded, so repeatable). Strings may contain{' '}
        {TEMPLATES.map((t) => (
          <code key={t}>{t} </code>
        ))}
        . Without payloads the body is {'{}'}.
      </p>
      {payloads.map((p, i) => (
        <div className="payload-row" key={i}>
          <div className="payload-head">
            <span>#{i + 1}</span>
            <NumberField
              label="Weight"
              value={p.weight}
              min={0}
              placeholder="1"
              hint=""
              onChange={(weight) => set(payloads.map((q, j) => (j === i ? withWeight(q, weight) : q)))}
              error={errorAt(`[${i}].weight`)}
            />
            <button
              type="button"
              className="btn-link"
              aria-label={`Remove payload ${i + 1}`}
              onClick={() => set(payloads.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </div>
          <JsonField
            label="Body (JSON)"
            value={p.body}
            allowEmpty={false}
            rows={3}
            onChange={(body) => set(payloads.map((q, j) => (j === i ? { ...q, body } : q)))}
            error={errorAt(`[${i}].body`)}
            testId={`payload-body-${i}`}
          />
        </div>
      ))}
      <div className="template-chips">
        <button
          type="button"
          className="btn btn-small"
          data-testid="payload-add"
          onClick={() => set([...payloads, { weight: 1, body: { id: '{{uuid}}', n: '{{seq}}' } }])}
        >
          + Payload
        </button>
      </div>
    </fieldset>
  );
}

function withWeight(p: WeightedPayload, weight: number | undefined): WeightedPayload {
  const next = { ...p, weight };
  if (weight === undefined) delete next.weight;
  return next;
}
