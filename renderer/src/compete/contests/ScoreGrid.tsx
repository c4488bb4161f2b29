import { Alert, App, Button, Space, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ContestView } from '@shared/compete/contests/contract'
import type { ContestItem, SheetCells } from '@shared/compete/contests/model'
import { cellProblem } from '@shared/rules/contest-scoring'
import { parseCell } from '@shared/rules/contest-sheets'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { useUnsavedValue } from '../../components/unsaved'
import { nextCell } from './grid-moves'
import './score-grid.css'

/*
 * One judge's paper sheet of one round, typed as it reads: entrants × items, Enter or Tab to go
 * on. Up to 300 × 10 cells, so the cells are plain inputs that React does not re-render while
 * typing: each keystroke checks its own cell (against the item's maximum and decimals) and
 * updates its row's total in place. A blank cell shows 空 and stays a blank (the judge did not
 * write there), apart from a real 0.
 */

interface Props {
  contest: ContestView
  roundId: string
  judgeId: string
  keying: 'first' | 'second'
  /** Entrant ids in the order the paper sheet lists them. */
  order: string[]
  onSaved: (view: ContestView) => void
  /** Cells the two keyings differ in (`entrantId/itemId`), marked until they agree. */
  differences?: ReadonlySet<string>
}

const key = (entrantId: string, itemId: string) => `${entrantId}/${itemId}`

/**
 * Column widths, fixed: with 300 rows, a table laid out by its content is laid out again whenever
 * a row's 合计 changes, which is every keystroke.
 */
const COLUMN = { no: 44, name: 120, item: 92, total: 110 }
const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v))

/** The written total of a row (Σ score × weight), blank while nothing is written. */
function rowTotal(items: readonly ContestItem[], row: Record<string, number | null> | undefined): string {
  const written = items.filter((i) => row?.[i.id] !== null && row?.[i.id] !== undefined)
  if (!written.length) return ''
  const sum = written.reduce((s, i) => s + (row?.[i.id] as number) * i.weight, 0)
  return `${Number(sum.toPrecision(12))}${written.length < items.length ? '（未填完）' : ''}`
}

export function ScoreGrid({ contest, roundId, judgeId, keying, order, onSaved, differences }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const [loaded, setLoaded] = useState<SheetCells | undefined>(undefined)
  const [saving, setSaving] = useState(false)
  // A new sheet remounts the inputs, which hold their values themselves while typing.
  const [version, setVersion] = useState(0)
  const live = useRef<SheetCells>({})
  const problems = useRef(new Map<string, string>())
  // What the guard compares: the cells, and the text of cells typed wrong (kept as blanks in `live`).
  const typed = useRef<{ cells: SheetCells; wrong: Record<string, string> }>({ cells: {}, wrong: {} })
  const status = useRef<HTMLDivElement>(null)
  const saveButton = useRef<HTMLButtonElement>(null)
  const table = useRef<HTMLTableElement>(null)
  const locked = contest.status !== 'draft'
  const items = contest.items
  const baseline = useMemo(() => (loaded ? { cells: loaded, wrong: {} } : undefined), [loaded])
  // Joins the page's (and the entry panel's) unsaved-work check; a save makes the saved cells the new baseline.
  useUnsavedValue(typed.current, baseline, { active: !locked })

  useEffect(() => {
    let current = true
    setLoaded(undefined)
    void call(api.compete.contestSheet({ contestId: contest.id, roundId, judgeId, keying })).then((sheet) => {
      if (!current) return
      const cells: SheetCells = {}
      for (const id of order) cells[id] = Object.fromEntries(items.map((i) => [i.id, sheet?.cells[id]?.[i.id] ?? null]))
      live.current = cells
      typed.current = { cells, wrong: {} }
      problems.current.clear()
      setLoaded(structuredClone(cells))
      setVersion((v) => v + 1)
    })
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contest.id, roundId, judgeId, keying, order.join(',')])

  const say = (text: string) => {
    if (status.current && status.current.textContent !== text) status.current.textContent = text
  }

  const focusCell = (row: number, col: number) => {
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`)
    input?.focus()
    input?.select()
  }

  const onInput = (input: HTMLInputElement, entrantId: string, item: ContestItem) => {
    const parsed = parseCell(input.value)
    const problem = parsed.problem ? `${item.name}：${parsed.problem}` : parsed.value === null ? null : cellProblem(item, parsed.value)
    const at = key(entrantId, item.id)
    if (problem) {
      problems.current.set(at, problem)
      typed.current.wrong[at] = input.value
    } else {
      problems.current.delete(at)
      delete typed.current.wrong[at]
    }
    // Only what changed is touched: an attribute set again still makes the browser restyle the grid.
    const invalid = problem ? 'true' : 'false'
    if (input.getAttribute('aria-invalid') !== invalid) input.setAttribute('aria-invalid', invalid)
    if (input.title !== (problem ?? '')) input.title = problem ?? ''
    live.current[entrantId] = { ...live.current[entrantId], [item.id]: problem ? null : parsed.value }
    const total = input.closest('tr')?.querySelector('[data-total]')
    const sum = rowTotal(items, live.current[entrantId])
    if (total && total.textContent !== sum) total.textContent = sum
    say(problem ? `${contest.entrantNames[entrantId]} ${problem}` : '')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const row = Number(event.currentTarget.dataset.row)
    const col = Number(event.currentTarget.dataset.col)
    const to = nextCell({ row, col }, event.key, event.shiftKey, order.length, items.length)
    if (to === null) return
    event.preventDefault()
    if (to === 'out') {
      if (!event.shiftKey) saveButton.current?.focus()
      return
    }
    focusCell(to.row, to.col)
  }

  const save = async () => {
    if (problems.current.size) {
      const [first] = problems.current.keys()
      const [entrantId, itemId] = first.split('/')
      void message.error(`还有${problems.current.size}处成绩不符合要求，请先改正`)
      focusCell(order.indexOf(entrantId), items.findIndex((i) => i.id === itemId))
      return
    }
    setSaving(true)
    const view = await call(api.compete.contestSheetSave({ contestId: contest.id, roundId, judgeId, keying, cells: live.current }))
    setSaving(false)
    if (!view) return
    setLoaded(structuredClone(live.current))
    void message.success(`已保存评委${contest.judgeNames[judgeId]}的评分表${keying === 'second' ? '（第二次录入）' : ''}`)
    onSaved(view)
  }

  const header = useMemo(
    () => (
      <tr>
        <th className="score-grid-no">序号</th>
        <th className="score-grid-name">{contest.entrantKind === 'team' ? '班组' : '姓名'}</th>
        {items.map((i) => (
          <th key={i.id}>
            {i.name}
            <div className="score-grid-max">
              满分{i.max}
              {i.weight !== 1 ? ` ×${i.weight}` : ''}
              {i.decimals ? ` · ${i.decimals}位小数` : ''}
            </div>
          </th>
        ))}
        <th className="score-grid-total">合计</th>
      </tr>
    ),
    [items, contest.entrantKind]
  )

  if (!loaded) return <Typography.Text type="secondary">正在载入评分表…</Typography.Text>
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {locked && <Alert type="info" showIcon title={contest.status === 'final' ? '已定稿，成绩已锁定；如需修改，请先重新打开' : '成绩公示中，不能修改成绩；如需修改，请先撤回公示'} />}
      <Typography.Text type="secondary">Enter 或 Tab 到下一格，Shift+Enter 回上一格，↑↓ 换行；空白格显示“空”，表示评委没有打分，与 0 分不同。</Typography.Text>
      <div className="score-grid-wrap">
        <table key={version} className="score-grid" ref={table} aria-label={`评委${contest.judgeNames[judgeId]}的评分表`} style={{ width: COLUMN.no + COLUMN.name + COLUMN.item * items.length + COLUMN.total }}>
          <colgroup>
            <col style={{ width: COLUMN.no }} />
            <col style={{ width: COLUMN.name }} />
            {items.map((i) => (
              <col key={i.id} style={{ width: COLUMN.item }} />
            ))}
            <col style={{ width: COLUMN.total }} />
          </colgroup>
          <thead>{header}</thead>
          <tbody>
            {order.map((entrantId, row) => (
              <tr key={entrantId}>
                <td className="score-grid-no">{row + 1}</td>
                <td className="score-grid-name">{contest.entrantNames[entrantId]}</td>
                {items.map((item, col) => (
                  <td key={item.id}>
                    <input
                      className="score-cell"
                      data-row={row}
                      data-col={col}
                      data-differs={differences?.has(key(entrantId, item.id)) ? 'true' : undefined}
                      aria-label={`${contest.entrantNames[entrantId]} ${item.name}`}
                      inputMode="decimal"
                      autoComplete="off"
                      placeholder="空"
                      readOnly={locked}
                      defaultValue={shown(loaded[entrantId]?.[item.id])}
                      onInput={(e) => onInput(e.currentTarget, entrantId, item)}
                      onKeyDown={onKeyDown}
                      onFocus={(e) => e.currentTarget.select()}
                    />
                  </td>
                ))}
                <td className="score-grid-total" data-total>
                  {rowTotal(items, loaded[entrantId])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div ref={status} role="status" className="score-grid-status" />
      <Button type="primary" ref={saveButton} onClick={save} loading={saving} disabled={locked}>
        保存评分表
      </Button>
    </Space>
  )
}
