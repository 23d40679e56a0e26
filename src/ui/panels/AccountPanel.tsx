import { useMemo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { useThrottledValue } from '../common/useThrottledValue';
import { accountPool, type PoolBlock } from './accountPool';
import { OKABE_ITO } from './palette';
import './panels.css';

const RESERVED_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
];

function colorOf(block: PoolBlock, index: number): string {
  if (block.kind === 'provisioned') return OKABE_ITO.green;
  if (block.kind === 'unreserved') return OKABE_ITO.grey;
  return RESERVED_COLORS[index % RESERVED_COLORS.length];
}

const pct = (part: number, whole: number) => `${whole > 0 ? Math.min(100, (part / whole) * 100) : 0}%`;

export function AccountPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const live = useThrottledValue(
    useAppStore((s) => s.live),
    250,
  );
  const pool = useMemo(() => accountPool(live, scenario), [live, scenario]);
  const names = new Map(scenario.nodes.map((n) => [n.id, n.name]));
  let reservedIndex = 0;
  const rows = pool.blocks.map((b) => ({
    block: b,
    color: colorOf(b, b.kind === 'reserved' ? reservedIndex++ : 0),
  }));
  const label = (b: PoolBlock) =>
    b.kind === 'unreserved'
      ? 'Unreserved (shared by every function without a reservation)'
      : `${names.get(b.functionId ?? '') ?? b.functionId}: ${b.kind === 'reserved' ? 'reserved' : 'provisioned'}`;

  return (
    <div className="obs-panel account" data-testid="account-panel">
      <div className="obs-toolbar">
        <strong data-testid="account-busy">
          {pool.accountBusy.toLocaleString('en-US')} busy of {pool.limit.toLocaleString('en-US')}
        </strong>
        <span className="muted">account concurrency limit{live ? '' : ' (press Run to watch it fill)'}</span>
      </div>
      <div className="account-body">
        <p className="account-story">
          Think of the account as a restaurant with {pool.limit.toLocaleString('en-US')} seats: reserved
          concurrency is tables held for one function (nobody else may sit there, and it can never use more),
          provisioned concurrency is meals prepared in advance (warm environments, no cold start), and
          unreserved is the walk-in seating every other function shares, which AWS never lets fall below{' '}
          {pool.unreservedMinimum}.
        </p>
        <div
          className="pool-bar"
          role="img"
          aria-label={`Account concurrency: ${rows.map((r) => `${label(r.block)} ${r.block.busy} busy of ${r.block.size}`).join('; ')}`}
          data-testid="pool-bar"
        >
          {rows.map(({ block, color }, i) => (
            <div
              key={i}
              className={`pool-block pool-${block.kind}`}
              style={{ width: pct(block.size, pool.limit), ['--c' as string]: color }}
              title={`${label(block)}: ${block.busy} busy of ${block.size}`}
              data-testid={`pool-${block.kind}`}
            >
              {block.provisioned ? (
                <div className="pool-pc" style={{ width: pct(block.provisioned, block.size) }} />
              ) : null}
              <div className="pool-fill" style={{ width: pct(block.busy, block.size) }} />
            </div>
          ))}
          <div
            className="pool-floor"
            style={{ left: pct(pool.limit - pool.unreservedMinimum, pool.limit) }}
            title={`Unreserved floor: at least ${pool.unreservedMinimum} stay unreserved`}
          >
            <span>{pool.unreservedMinimum} unreserved floor</span>
          </div>
        </div>
        <table className="pool-table">
          <thead>
            <tr>
              <th scope="col">Part of the pool</th>
              <th scope="col">Size</th>
              <th scope="col">Busy now</th>
              <th scope="col">Fill</th>
              <th scope="col">Provisioned (busy)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ block, color }, i) => (
              <tr key={i} data-testid="pool-row">
                <td>
                  <i className="swatch" style={{ background: color }} />
                  {label(block)}
                </td>
                <td>{block.size.toLocaleString('en-US')}</td>
                <td>{block.busy.toLocaleString('en-US')}</td>
                <td>
                  <span className="mini-bar" style={{ ['--c' as string]: color }}>
                    <span style={{ width: pct(block.busy, block.size) }} />
                  </span>
                </td>
                <td>
                  {block.kind === 'provisioned'
                    ? `${block.size} (${block.busy})`
                    : block.provisioned
                      ? `${block.provisioned} (${block.provisionedBusy ?? 0})`
                      : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
