type Segment = { key: string; value: number; text: string }
type Row = { key: string; label: string; segments: Segment[] }

type Props = {
  id: string
  title: string
  summary: string
  rows: Row[]
  /** The segments' names, in order, for the legend. */
  legend: { key: string; label: string }[]
}

const WIDTH = 560
const LABEL = 170
const PLOT = WIDTH - LABEL - 16
const BAR = 22
const ROW = 36

/**
 * Rows of one bar each, split into segments by share (a distribution): server-rendered SVG. Each
 * segment wide enough carries its own label, and the numbers follow in a table, so no segment is
 * known by its shade alone.
 */
export const StackedBarChart = ({ id, title, summary, rows, legend }: Props) => {
  const height = rows.length * ROW + 8
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
        {rows.map((row, i) => {
          const total = row.segments.reduce((n, s) => n + s.value, 0)
          const y = 4 + i * ROW
          let left = LABEL
          return (
            <g key={row.key} className="row" data-row={row.key}>
              <text className="row-label" x={LABEL - 8} y={y + BAR / 2 + 5} textAnchor="end">
                {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
              </text>
              {row.segments.map((segment, j) => {
                const width = total ? (segment.value / total) * PLOT : 0
                const x = left
                left += width
                return width > 0 ? (
                  <g key={segment.key} data-kind={segment.key} data-value={segment.value}>
                    <rect
                      className={`segment segment-${j}`}
                      x={x}
                      y={y}
                      width={width}
                      height={BAR}
                    />
                    {width >= 30 ? (
                      <text
                        className={`segment-text segment-text-${j}`}
                        x={x + width / 2}
                        y={y + BAR - 7}
                        textAnchor="middle"
                      >
                        {segment.text}
                      </text>
                    ) : null}
                  </g>
                ) : null
              })}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label={title}>
          {legend.map((item, j) => (
            <li key={item.key}>
              <svg width="18" height="12" aria-hidden="true" focusable="false">
                <rect className={`segment segment-${j}`} x="1" y="1" width="16" height="10" />
              </svg>{' '}
              {item.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
