import { Button, Input, Space, Tooltip } from 'antd'
import { useRef, useState, type KeyboardEvent } from 'react'
import type { Questionnaire } from '@shared/evaluate/public/model'
import type { Mark } from '@shared/rules/satisfaction'
import { BLANK_KEY, SEVERAL_KEY, keyOfMark, kindOfKey, markOfKey } from '@shared/rules/satisfaction-keys'
import { useUnsavedValue } from '../../components/unsaved'

export interface KeyedResponse {
  kind: number | null
  marks: Mark[]
  answers: string[]
}

interface Row {
  /** One key per cell: the respondent kind first (when the questionnaire has kinds), then each dimension. */
  keys: string[]
  answers: string[]
}

const EMPTY = (cells: number, questions: number): Row => ({ keys: Array(cells).fill(''), answers: Array(questions).fill('') })

/**
 * One paper questionnaire keyed by digits: a key fills its cell and moves on, Backspace goes back,
 * Enter saves once every cell is filled (0 = 空白, 9 = 多选) and starts the next paper. The row is
 * its own component, so a key redraws only it, not the list of responses below.
 */
export function KeyingRow({ questionnaire: q, onSave }: { questionnaire: Questionnaire; onSave: (response: KeyedResponse) => Promise<boolean> }) {
  const hasKinds = q.respondentKinds.length > 0
  const cells = (hasKinds ? 1 : 0) + q.dimensions.length
  const [row, setRow] = useState<Row>(() => EMPTY(cells, q.openQuestions.length))
  const [saving, setSaving] = useState(false)
  const inputs = useRef<(HTMLInputElement | null)[]>([])
  useUnsavedValue(row, EMPTY(cells, q.openQuestions.length))

  const focus = (at: number) => inputs.current[Math.max(0, Math.min(at, inputs.current.length - 1))]?.focus()
  const complete = row.keys.every(Boolean)

  const meaning = (cell: number, key: string) => {
    if (hasKinds && cell === 0) {
      const kind = kindOfKey(key, q.respondentKinds.length)
      return kind === undefined ? undefined : kind === null ? '未填' : q.respondentKinds[kind]
    }
    const mark = markOfKey(key, q.scale.length)
    return mark === null ? undefined : mark === 'blank' ? '空白' : mark === 'several' ? '多选' : q.scale[mark]
  }

  const save = async () => {
    if (!complete || saving) return
    const kind = hasKinds ? (kindOfKey(row.keys[0], q.respondentKinds.length) ?? null) : null
    const marks = row.keys.slice(hasKinds ? 1 : 0).map((key) => markOfKey(key, q.scale.length) as Mark)
    setSaving(true)
    const saved = await onSave({ kind, marks, answers: row.answers.map((a) => a.trim()) })
    setSaving(false)
    if (saved) {
      setRow(EMPTY(cells, q.openQuestions.length))
      focus(0)
    }
  }

  const onKey = (cell: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Backspace') {
      event.preventDefault()
      if (row.keys[cell]) setRow((r) => ({ ...r, keys: r.keys.map((k, i) => (i === cell ? '' : k)) }))
      else focus(cell - 1)
    } else if (event.key === 'ArrowLeft') focus(cell - 1)
    else if (event.key === 'ArrowRight') focus(cell + 1)
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault()
      if (meaning(cell, event.key) === undefined) return
      setRow((r) => ({ ...r, keys: r.keys.map((k, i) => (i === cell ? event.key : k)) }))
      focus(cell + 1)
    }
  }

  const heads = [...(hasKinds ? ['身份'] : []), ...q.dimensions]
  return (
    <div data-keying-row>
      <Space align="end" wrap>
        {heads.map((head, cell) => (
          <label key={cell} style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center', width: 72 }}>
            <span style={{ fontSize: 12 }}>{head}</span>
            <Input
              ref={(el) => {
                inputs.current[cell] = el?.input ?? null
              }}
              aria-label={head}
              value={row.keys[cell]}
              onChange={() => undefined}
              onKeyDown={onKey(cell)}
              onFocus={(e) => e.target.select()}
              inputMode="numeric"
              autoComplete="off"
              style={{ width: 44, textAlign: 'center', fontSize: 18 }}
              autoFocus={cell === 0}
            />
            <span style={{ fontSize: 12, color: '#888', minHeight: 18 }}>{row.keys[cell] ? meaning(cell, row.keys[cell]) : ''}</span>
          </label>
        ))}
        {q.openQuestions.map((question, n) => (
          <Tooltip key={question} title={question}>
            <Input
              aria-label={`意见建议${q.openQuestions.length > 1 ? n + 1 : ''}`}
              placeholder={question}
              style={{ width: 260 }}
              maxLength={500}
              value={row.answers[n]}
              onChange={(e) => setRow((r) => ({ ...r, answers: r.answers.map((a, i) => (i === n ? e.target.value : a)) }))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  void save()
                }
              }}
            />
          </Tooltip>
        ))}
        <Button type="primary" disabled={!complete} loading={saving} onClick={save}>
          保存这一份（Enter）
        </Button>
      </Space>
      <div style={{ color: '#888', fontSize: 12, marginTop: 4 }}>
        {hasKinds && `身份：${q.respondentKinds.map((k, i) => `${i + 1}=${k}`).join('，')}，${BLANK_KEY}=未填。`}
        满意程度：{q.scale.map((s, i) => `${i + 1}=${s}`).join('，')}，{BLANK_KEY}=空白，{SEVERAL_KEY}=多选（均为无效）。← → 移动，Backspace 清除。
      </div>
    </div>
  )
}

export const markText = (q: Questionnaire, mark: Mark) => (mark === 'blank' ? '空白' : mark === 'several' ? '多选' : (q.scale[mark] ?? keyOfMark(mark)))
