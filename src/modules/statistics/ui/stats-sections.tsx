import { ChartFigure } from '@/shared/charts/chart-figure'
import { formatNumber } from '@/shared/charts/format'
import type { StatsFigure, StatsSection } from '../types'
import './statistics.css'

const anchor = (key: string) => `tk-${key.replace(/[^a-z0-9]+/gi, '-')}`

/** Headline numbers: the first figures of every section. */
export function HeadlineFigures({ sections, perSection = 2 }: { sections: StatsSection[]; perSection?: number }) {
  const figures = sections.flatMap((s) => s.figures.slice(0, perSection))
  if (figures.length === 0) return null
  return (
    <ul className="app-stats-figures app-stats-figures--headline" aria-label="Số liệu chính">
      {figures.map((f) => (
        <FigureCard key={f.key} figure={f} />
      ))}
    </ul>
  )
}

function FigureCard({ figure }: { figure: StatsFigure }) {
  return (
    <li className="app-stats-figure">
      <span className="app-stats-figure__value">{formatNumber(figure.value)}</span>
      {figure.measure ? <span className="app-stats-figure__measure"> {figure.measure}</span> : null}
      <span className="app-stats-figure__label">{figure.label}</span>
    </li>
  )
}

/**
 * What the page holds, for a reader on a phone (the page runs to dozens of screens): every section
 * and its tables, as links to them, folded until opened.
 */
export function StatsContents({ sections }: { sections: StatsSection[] }) {
  const tables = sections.reduce((n, s) => n + s.tables.length, 0)
  if (sections.length < 2) return null
  return (
    <nav className="app-stats-contents" aria-label="Nội dung trang thống kê">
      <details>
        <summary>
          Nội dung trang ({sections.length} mục, {tables} bảng)
        </summary>
        <ol>
          {sections.map((s) => (
            <li key={s.key}>
              <a href={`#${anchor(s.key)}-h`}>{s.title}</a>
              {s.tables.length > 0 ? (
                <ul>
                  {s.tables.map((t) => (
                    <li key={t.key}>
                      <a href={`#${anchor(t.key)}`}>{t.title}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}

/**
 * Every section with its figures, its charts and their tables. `tableHref` gives the XLSX link
 * of one table (omitted when null).
 */
export function StatsSections({
  sections,
  tableHref,
  headingLevel = 2,
}: {
  sections: StatsSection[]
  tableHref: ((tableKey: string) => string) | null
  headingLevel?: 2 | 3
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <>
      {sections.map((s) => (
        <section key={s.key} className="app-stats-section" aria-labelledby={`${anchor(s.key)}-h`}>
          <H id={`${anchor(s.key)}-h`} className="app-stats-section__title">
            {s.title}
          </H>
          {s.failed ? (
            <p className="app-stats-section__error" role="status">
              Chưa lấy được số liệu của mục này; vui lòng thử lại sau ít phút.
            </p>
          ) : null}
          {s.figures.length > 0 ? (
            <ul className="app-stats-figures" aria-label={`Số liệu: ${s.title}`}>
              {s.figures.map((f) => (
                <FigureCard key={f.key} figure={f} />
              ))}
            </ul>
          ) : null}
          {s.tables.map((t) => (
            <ChartFigure
              key={t.key}
              id={anchor(t.key)}
              caption={t.title}
              dimension={t.dimension}
              columns={t.columns}
              rows={t.rows}
              chart={t.chart}
              note={t.note}
              actions={
                tableHref ? (
                  <a href={tableHref(t.key)} download>
                    Tải bảng này (XLSX)<span className="app-stats-hidden">: {t.title}</span>
                  </a>
                ) : null
              }
            />
          ))}
        </section>
      ))}
    </>
  )
}
