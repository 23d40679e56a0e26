import type { DataSnapshot } from '../../engine/simulationTypes';
import { useViewState } from '../../state/observabilityUi';
import { useAppStore } from '../../state/useAppStore';
import { useThrottledValue } from '../common/useThrottledValue';
import { formatSeconds } from './formatMs';
import './panels.css';

type Kind = 'bucket' | 'table' | 'queue' | 'stream' | 'parameters';
interface Entry {
  kind: Kind;
  id: string;
  label: string;
  count: string;
}

const KIND_LABEL: Record<Kind, string> = {
  bucket: 'S3 bucket',
  table: 'DynamoDB table',
  queue: 'SQS queue',
  stream: 'Stream',
  parameters: 'Parameter Store',
};

function entriesOf(data: DataSnapshot, nameOf: (id: string) => string): Entry[] {
  const out: Entry[] = [];
  for (const [id, b] of Object.entries(data.buckets))
    out.push({ kind: 'bucket', id, label: nameOf(id), count: `${b.count} objects` });
  for (const [id, t] of Object.entries(data.tables))
    out.push({ kind: 'table', id, label: nameOf(id), count: `${t.count} items` });
  for (const [id, q] of Object.entries(data.queues))
    out.push({
      kind: 'queue',
      id,
      label: nameOf(id),
      count: `${q.visible} visible · ${q.inFlight} in flight`,
    });
  for (const [id, s] of Object.entries(data.streams))
    out.push({
      kind: 'stream',
      id,
      label: nameOf(id),
      count: `${s.records} records · ${s.shards.length} shards`,
    });
  const params = Object.keys(data.parameters).length;
  if (params > 0)
    out.push({ kind: 'parameters', id: '*parameters*', label: 'Parameters', count: `${params}` });
  return out;
}

const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function DataPanel() {
  const data = useThrottledValue(
    useAppStore((s) => s.observability.data),
    1000,
  );
  const atMs = useAppStore((s) => s.observability.dataAtMs);
  const nodes = useAppStore((s) => s.scenario.nodes);
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const [picked, setPicked] = useViewState<string | null>('data.resource', null);
  const entries = data ? entriesOf(data, nameOf) : [];
  const current = entries.find((e) => `${e.kind}:${e.id}` === picked) ?? entries[0];

  return (
    <div className="obs-panel data-panel" data-testid="data-panel">
      <div className="obs-toolbar">
        <strong>What the simulated services hold</strong>
        <span className="muted small">
          {data
            ? `snapshot at ${formatSeconds(atMs)} (refreshed about once a simulated second; first entries of each)`
            : ''}
        </span>
      </div>
      {!data || entries.length === 0 ? (
        <p className="empty">
          {data
            ? 'This scenario has no buckets, tables, queues, streams or parameters.'
            : 'Press Run: buckets, tables, queues, streams and parameters show their contents here.'}
        </p>
      ) : (
        <div className="lineage-body">
          <ul className="trace-list" aria-label="Resources">
            {entries.map((e) => {
              const key = `${e.kind}:${e.id}`;
              const selected = current === e;
              return (
                <li key={key}>
                  <button
                    type="button"
                    className={`trace-item${selected ? ' is-selected' : ''}`}
                    aria-pressed={selected}
                    onClick={() => setPicked(key)}
                    data-testid={`data-resource-${e.kind}`}
                  >
                    <strong>{e.label}</strong>
                    <span className="muted">{KIND_LABEL[e.kind]}</span>
                    <span className="trace-last">{e.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <section
            className="trace-detail"
            aria-label={current ? `${KIND_LABEL[current.kind]} ${current.label}` : 'Resource'}
            data-testid="data-detail"
          >
            {current && <ResourceView data={data} entry={current} />}
          </section>
        </div>
      )}
    </div>
  );
}

function ResourceView({ data, entry }: { data: DataSnapshot; entry: Entry }) {
  switch (entry.kind) {
    case 'bucket': {
      const b = data.buckets[entry.id];
      return (
        <DataTable
          caption={`${entry.label}: ${b.count} objects`}
          head={['Key', 'Size (bytes)', 'Last modified', 'Body (start)']}
          rows={b.objects.map((o) => [o.key, String(o.size), formatSeconds(o.lastModifiedMs), o.preview])}
        />
      );
    }
    case 'table': {
      const t = data.tables[entry.id];
      const cols = [...new Set(t.items.flatMap((i) => Object.keys(i)))].slice(0, 8);
      return (
        <DataTable
          caption={`${entry.label}: ${t.count} items`}
          head={cols}
          rows={t.items.map((i) => cols.map((c) => (i[c] === undefined ? '' : json(i[c]))))}
        />
      );
    }
    case 'queue': {
      const q = data.queues[entry.id];
      return (
        <DataTable
          caption={`${entry.label}: ${q.visible} visible, ${q.inFlight} in flight`}
          head={['MessageId', 'State', 'Receive count', 'Body']}
          rows={q.messages.map((m) => [
            m.messageId,
            m.inFlight ? 'in flight' : 'visible',
            String(m.receiveCount),
            m.body,
          ])}
        />
      );
    }
    case 'stream': {
      const s = data.streams[entry.id];
      return (
        <>
          <p className="muted">
            {s.records} records, {s.processed} processed
          </p>
          {s.shards.map((sh) => (
            <DataTable
              key={sh.shardId}
              caption={`${sh.shardId}: ${sh.records} records (newest)`}
              head={['Sequence number', 'Partition key', 'Data']}
              rows={sh.latest.map((r) => [r.sequenceNumber, r.partitionKey, r.data])}
            />
          ))}
        </>
      );
    }
    case 'parameters':
      return (
        <DataTable
          caption="Parameters (SecureString values are masked)"
          head={['Name', 'Type', 'Value']}
          rows={Object.values(data.parameters).map((p) => [
            p.name,
            p.secure ? 'SecureString' : 'String',
            p.value,
          ])}
        />
      );
  }
}

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table className="pool-table data-table" data-testid="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={head.length} className="muted">
              empty
            </td>
          </tr>
        ) : (
          rows.map((r, i) => (
            <tr key={i} data-testid="data-row">
              {r.map((c, j) => (
                <td key={j} title={c}>
                  {c}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
