import { useMemo, useState } from 'react';
import { diffRows, formatFigure, type DiffRow } from '../../state/compareRows';
import type { VariantRun } from '../../state/compareStore';
import { variantColor } from './seriesColors';

function change(row: DiffRow, i: number): { text: string; tone: 'better' | 'worse' | 'neutral' } | null {
  const base = row.values[0];
  const v = row.values[i];
  if (i === 0 || base === null || v === null || v === base) return null;
  const pct = base === 0 ? Infinity : ((v - base) / Math.abs(base)) * 100;
  if (Math.abs(pct) < 0.05) return { text: '≈', tone: 'neutral' };
  const text = base === 0 ? 'new' : `${v > base ? '+' : '−'}${Math.abs(pct).toFixed(Math.abs(pct) < 10 ? 1 : 0)}%`;
  const tone = row.better === null ? 'neutral' : (v < base) === (row.better === 'lower') ? 'better' : 'worse';
  return { text, tone };
}

/** Settings each variant used (differences from A highlighted), then every report figure. */
export function DiffTable({ runs, functionId }: { runs: VariantRun[]; functionId: string }) {
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const rows = useMemo(() => diffRows(runs.map((r) => r.report), functionId), [runs, functionId]);
  const shown = onlyDiffering ? rows.filter((r) => r.differs) : rows;
  const settingNames = runs[0]?.variant.settings.map((s) => s.name) ?? [];
  return (
    <div className="cmp-diff">
      <label className="cmp-check">
        <input type="checkbox" checked={onlyDiffering} onChange={(e) => setOnlyDiffering(e.target.checked)} data-testid="cmp-only-differing" />
        Only figures that differ
      </label>
      <div className="cmp-table-wrap">
        <table className="cmp-table" data-testid="cmp-diff-table">
          <caption className="visually-hidden">Report figures per variant; changes are relative to variant {runs[0]?.variant.label}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {runs.map((r, i) => (
                <th scope="col" key={i}>
                  <span className="cmp-swatch" style={{ background: variantColor(i) }} aria-hidden="true" /> {r.variant.label}
                  {i === 0 && <span className="muted small"> (baseline)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="cmp-group">
              <th scope="rowgroup" colSpan={runs.length + 1}>
                Settings
              </th>
            </tr>
            {settingNames.map((name, s) => (
              <tr key={name} data-testid="cmp-setting-row">
                <th scope="row">{name}</th>
                {runs.map((r, i) => {
                  const setting = r.variant.settings[s];
                  return (
                    <td key={i} className={setting?.differs ? 'is-changed-setting' : undefined} data-differs={setting?.differs ? 'true' : undefined}>
                      {setting?.value}
                      {setting?.differs && <span className="visually-hidden"> (differs from {runs[0].variant.label})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
            {shown.map((row, index) => (
              <FigureRow key={row.id} row={row} runs={runs} showGroup={index === 0 || shown[index - 1].group !== row.group} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function FigureRow({ row, runs, showGroup }: { row: DiffRow; runs: VariantRun[]; showGroup: boolean }) {
  return (
    <>
      {showGroup && (
        <tr className="cmp-group">
          <th scope="rowgroup" colSpan={runs.length + 1}>
            {row.group}
          </th>
        </tr>
      )}
      <tr className={row.differs ? 'is-different' : undefined} data-testid={`cmp-row-${row.id}`} data-differs={row.differs ? 'true' : 'false'}>
        <th scope="row">{row.label}</th>
        {row.values.map((v, i) => {
          const c = change(row, i);
          return (
            <td key={i}>
              {formatFigure(v, row.format)}
              {c && <span className={`cmp-delta is-${c.tone}`}> {c.text}</span>}
            </td>
          );
        })}
      </tr>
    </>
  );
}
