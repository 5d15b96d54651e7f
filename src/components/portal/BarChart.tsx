import { type Row, share } from '../../portal/charts.js'

type Props = {
  id: string
  title: string
  /** One sentence that says what the chart shows, for screen readers (the table has the numbers). */
  summary: string
  rows: Row[]
  max: number
  ticks: { value: number; label: string }[]
  legend: { kind: 'current' | 'previous' | 'actual' | 'target'; label: string }[]
}

const WIDTH = 560
const LABEL = 170
const PLOT = WIDTH - LABEL - 24
const BAR = 16
const GAP = 4
const ROW_PAD = 14
const AXIS = 24

/**
 * A horizontal bar chart drawn on the server as SVG, no script: one row per category, one bar per
 * series, an optional target line per row. Series differ by fill and outline, not by colour
 * alone, and the value is written at the end of each bar. The data also follows as a table.
 */
export const BarChart = ({ id, title, summary, rows, max, ticks, legend }: Props) => {
  const rowHeight = (row: Row) => row.bars.length * (BAR + GAP) - GAP + ROW_PAD * 2
  const offsets = rows.reduce<number[]>(
    (acc, row, i) => [...acc, (acc[i] ?? AXIS) + rowHeight(row)],
    [AXIS],
  )
  const height = offsets[rows.length]! + 8
  const x = (value: number) => LABEL + share(value, max) * PLOT
  return (
    <figure className="chart" data-testid={`chart-${id}`}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g className="axis" aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={x(tick.value)} x2={x(tick.value)} y1={AXIS - 6} y2={height - 8} />
              <text x={x(tick.value)} y={AXIS - 10} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {rows.map((row, i) => {
          const top = offsets[i]!
          return (
            <g key={row.key} className="row" data-row={row.key}>
              <text
                className="row-label"
                x={LABEL - 8}
                y={top + rowHeight(row) / 2 + 5}
                textAnchor="end"
              >
                {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
              </text>
              {row.bars.map((bar, j) => {
                const y = top + ROW_PAD + j * (BAR + GAP)
                const width = Math.max(2, x(bar.value) - LABEL)
                return (
                  <g key={bar.kind} data-kind={bar.kind} data-value={bar.value}>
                    <rect
                      className={`bar bar-${bar.kind}`}
                      x={LABEL}
                      y={y}
                      width={width}
                      height={BAR}
                    />
                    <text className="bar-text" x={LABEL + width + 4} y={y + BAR - 3}>
                      {bar.text}
                    </text>
                  </g>
                )
              })}
              {row.target === undefined ? null : (
                <line
                  className="target"
                  data-target={row.target}
                  x1={x(row.target)}
                  x2={x(row.target)}
                  y1={top + 4}
                  y2={top + rowHeight(row) - 4}
                />
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label={title}>
          {legend.map((item) => (
            <li key={item.kind}>
              <svg width="18" height="12" aria-hidden="true" focusable="false">
                {item.kind === 'target' ? (
                  <line className="target" x1="9" x2="9" y1="0" y2="12" />
                ) : (
                  <rect className={`bar bar-${item.kind}`} x="1" y="1" width="16" height="10" />
                )}
              </svg>{' '}
              {item.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
