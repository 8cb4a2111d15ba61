/**
 * Mastery over time as an inline SVG line chart (no chart library): one line per exercise
 * type, each with its own colour, dash pattern and point shape so lines can be told apart
 * without colour. The SVG is one image with a title and a description for screen readers;
 * the same numbers are in a table under "Show the numbers as a table". The legend buttons
 * show or hide lines.
 */
import { useId, useState } from 'react';
import { SKILLS, dayNumber, type MasteryPoint, type Skill } from '../../../../core/practice';
import { skillName } from '../../practice/format';
import { percent, tp } from '../../i18n/practice.en';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 44, right: 16, top: 12, bottom: 30 };
const DASHES = ['', '7 4', '2 4', '10 4 2 4', '14 5', '4 3 4 8', '1 6'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'ring', 'bar'] as const;

const dayFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function formatDay(day: string): string {
  return dayFormat.format(dayNumber(day) * 86_400_000);
}

function Marker({ shape, x, y }: { shape: (typeof SHAPES)[number]; x: number; y: number }) {
  const r = 3.6;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x - r - 0.5},${y + r} ${x + r + 0.5},${y + r}`} />;
    case 'diamond':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} />;
    case 'cross':
      return <path d={`M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`} className="pg-chart__cross" />;
    case 'ring':
      return <circle cx={x} cy={y} r={r} className="pg-chart__ring" />;
    case 'bar':
      return <rect x={x - 1.5} y={y - r - 1} width={3} height={r * 2 + 2} />;
  }
}

export function MasteryChart({ timeline }: { timeline: readonly MasteryPoint[] }) {
  const [hidden, setHidden] = useState<Set<Skill>>(new Set());
  const titleId = useId();
  const descId = useId();
  if (timeline.length === 0) return <p className="muted">{tp('progress.chart.empty')}</p>;

  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (timeline.length === 1 ? plotW / 2 : (i / (timeline.length - 1)) * plotW);
  const y = (v: number) => PAD.top + (1 - v) * plotH;
  const first = timeline[0].day;
  const last = timeline[timeline.length - 1].day;
  const labelEvery = Math.max(1, Math.ceil(timeline.length / 6));

  return (
    <div className="pg-chart">
      <ul className="pg-chart__legend" aria-label={tp('progress.chart.title')}>
        {SKILLS.map((skill, s) => (
          <li key={skill}>
            <button
              type="button"
              className={`pg-chart__key pg-skill-${s}`}
              aria-pressed={!hidden.has(skill)}
              aria-label={tp('progress.chart.toggle', { skill: skillName(skill) })}
              onClick={() =>
                setHidden((current) => {
                  const nextHidden = new Set(current);
                  if (nextHidden.has(skill)) nextHidden.delete(skill);
                  else nextHidden.add(skill);
                  return nextHidden;
                })
              }
            >
              <svg width="28" height="12" aria-hidden="true" className="pg-chart__swatch">
                <line x1="1" y1="6" x2="27" y2="6" strokeDasharray={DASHES[s]} />
                <g className="pg-chart__marker">
                  <Marker shape={SHAPES[s]} x={14} y={6} />
                </g>
              </svg>
              {skillName(skill)}
            </button>
          </li>
        ))}
      </ul>
      <svg
        className="pg-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{tp('progress.chart.title')}</title>
        <desc id={descId}>{tp('progress.chart.desc', { from: formatDay(first), to: formatDay(last) })}</desc>
        <g className="pg-chart__grid" aria-hidden="true">
          {[0, 0.25, 0.5, 0.75, 1].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
                {percent(v)}
              </text>
            </g>
          ))}
          {timeline.map((point, i) =>
            i % labelEvery === 0 || i === timeline.length - 1 ? (
              <text key={point.day} x={x(i)} y={HEIGHT - 8} textAnchor="middle">
                {formatDay(point.day)}
              </text>
            ) : null,
          )}
        </g>
        {SKILLS.map((skill, s) =>
          hidden.has(skill) ? null : (
            <g key={skill} className={`pg-chart__series pg-skill-${s}`} data-skill={skill} aria-hidden="true">
              {timeline.length > 1 && (
                <polyline
                  fill="none"
                  strokeDasharray={DASHES[s]}
                  points={timeline.map((p, i) => `${x(i).toFixed(1)},${y(p.mastery[skill]).toFixed(1)}`).join(' ')}
                />
              )}
              <g className="pg-chart__marker">
                {timeline.map((p, i) => (
                  <Marker key={p.day} shape={SHAPES[s]} x={x(i)} y={y(p.mastery[skill])} />
                ))}
              </g>
            </g>
          ),
        )}
      </svg>
      <details className="pg-chart__table">
        <summary>{tp('progress.chart.table')}</summary>
        <div className="pg-scroll">
          <table className="pr-table">
            <caption className="visually-hidden">{tp('progress.chart.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{tp('progress.chart.day')}</th>
                {SKILLS.map((skill) => (
                  <th key={skill} scope="col" className="num">
                    {skillName(skill)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {timeline.map((point) => (
                <tr key={point.day}>
                  <th scope="row">{formatDay(point.day)}</th>
                  {SKILLS.map((skill) => (
                    <td key={skill} className="num">
                      {percent(point.mastery[skill])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
