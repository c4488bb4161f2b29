import { Popover, Typography } from 'antd'
import type { AppraisalFigure, AppraisalComponent } from '@shared/model/appraisal-figure'
import { APPRAISAL_COMPONENT_LABELS } from '@shared/model/appraisal-figure'

/** A component's figure in the table; hovering or focusing it shows where it came from, down to the record. */
export function FigureCell({ value, component, figures, name }: { value: number | null; component: AppraisalComponent; figures: AppraisalFigure[]; name: string }) {
  const own = figures.filter((f) => f.component === component)
  if (value === null || (!own.length && value === 0)) return <Typography.Text type="secondary">{value === 0 ? '0' : '—'}</Typography.Text>
  const content = (
    <div style={{ maxWidth: 360 }}>
      {own.map((f, i) => (
        <div key={i} style={{ marginBottom: 6 }}>
          <div>{f.detail}</div>
          {f.sources.map((s) => (
            <Typography.Text key={s.recordId} type="secondary" style={{ display: 'block', fontSize: 12 }}>
              来源：{s.label}
              {s.on ? `（${s.on}）` : ''}
            </Typography.Text>
          ))}
        </div>
      ))}
    </div>
  )
  return (
    <Popover title={`${name} · ${APPRAISAL_COMPONENT_LABELS[component]}`} content={content} trigger={['hover', 'focus']}>
      <Typography.Link tabIndex={0} aria-label={`${name}的${APPRAISAL_COMPONENT_LABELS[component]}：${value}`}>
        {value}
      </Typography.Link>
    </Popover>
  )
}
