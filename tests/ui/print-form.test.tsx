import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import type { PrintDocumentInfo, PrintRequest } from '@shared/model/print'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import type { RosterChoices } from '../../renderer/src/components/useRosterChoices'
import type { PrintPreset } from '../../renderer/src/print/print-request'
import { PrintPanel } from '../../renderer/src/print/PrintPanel'
import { clickButton } from '../support/show-seed'

/*
 * The print form is drawn from a document's controls in the catalogue: a document the renderer has
 * never heard of gets its form and its request from its catalogue entry alone. `print:render` is
 * stubbed here: it records the request and refuses it (`print:check` leaves no one out).
 */

const made = (over: Partial<PrintDocumentInfo>): PrintDocumentInfo => ({
  id: 'made-up',
  title: '试印文档',
  stage: 'show',
  group: '试印',
  description: '',
  controls: [],
  defaults: {},
  ...over
})

const everyKind = made({
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'orientation', choices: ['landscape', 'portrait'] },
    { kind: 'choice', field: 'color', label: '配色', choices: [{ value: 'red', label: '红色' }, { value: 'blue', label: '蓝色' }], look: 'buttons', optional: true, extra: '不选则用“亮身份”中设定的配色' },
    { kind: 'switch', field: 'showPhoto', label: '印照片', on: '印', off: '不印' },
    { kind: 'choice', field: 'mode', label: '印哪些提示牌', choices: [{ value: 'generic', label: '通用提示牌' }, { value: 'assigned', label: '按人员分配' }], look: 'radios', optional: false },
    { kind: 'multi', field: 'categories', label: '提示语类别', choices: [{ value: 'a', label: '甲类' }, { value: 'b', label: '乙类' }], min: 1, message: '至少选择一类提示语' },
    { kind: 'nameOrder' },
    { kind: 'noticePeriod', required: true },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' },
    { kind: 'scope', when: { field: 'mode', is: ['assigned'] } }
  ],
  defaults: { paper: 'A4', orientation: 'landscape', showPhoto: true, mode: 'generic', categories: ['a', 'b'], nameOrder: 'roster' }
})

const person = (id: string, name: string): PersonRow => ({ id, name, teamName: '综合窗口', initials: '', pinyin: '', missingGlyphs: [] }) as unknown as PersonRow
const team: TeamRow = { id: 'team-1', name: '综合窗口' } as unknown as TeamRow
const people = [person('p1', '王建国'), person('p2', '李秀英')]
const roster: RosterChoices = {
  loading: false,
  reload: () => undefined,
  people,
  members: people,
  teams: [team],
  person: (id) => people.find((p) => p.id === id),
  teamName: (id) => (id === team.id ? team.name : '')
}

function renderPanel(info: PrintDocumentInfo, preset?: PrintPreset) {
  const requests: PrintRequest[] = []
  window.api = {
    print: {
      // Nobody left out: the panel goes straight on to render.
      check: async () => ({ ok: true, value: { title: '试印文档', fileName: '试印文档.pdf', leftOut: [] } }),
      render: async (request: PrintRequest) => {
        requests.push(request)
        return { ok: false, error: { code: 'INVALID', message: '测试中不生成' } }
      },
      cancel: async () => ({ ok: false, error: { code: 'INVALID', message: '' } })
    }
  } as unknown as Window['api']
  render(
    <AntApp>
      <PrintPanel info={info} year={2026} roster={roster} preset={preset} />
    </AntApp>
  )
  return requests
}

const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD')

describe('the print options form, from the catalogue', () => {
  it('draws every kind of control and sends the options the controls name', async () => {
    const requests = renderPanel(everyKind)
    for (const label of ['年度', '纸张', '纸张方向', '配色', '印照片', '印哪些提示牌', '提示语类别', '名单顺序', '公示期', '落款日期']) expect(screen.getByText(label)).toBeTruthy()
    expect(screen.getByText('不选则用“亮身份”中设定的配色')).toBeTruthy()
    expect(screen.getByText('不填则为今天')).toBeTruthy()
    expect(screen.getByText('横向')).toBeTruthy()
    expect(screen.getByText('姓氏笔画')).toBeTruthy()
    // 打印范围 only for 按人员分配.
    expect(screen.queryByText('打印范围')).toBeNull()

    clickButton(/生成预览/)
    await waitFor(() => expect(requests).toHaveLength(1))
    const today = dayjs()
    expect(requests[0]).toEqual({
      document: 'made-up',
      year: 2026,
      paper: 'A4',
      orientation: 'landscape',
      showPhoto: true,
      mode: 'generic',
      categories: ['a', 'b'],
      nameOrder: 'roster',
      noticeFrom: day(today),
      noticeTo: day(today.add(6, 'day')),
      teamId: null,
      personIds: null
    })
  })

  it('shows 打印范围 when its condition holds, and takes the people from it', async () => {
    const requests = renderPanel(everyKind, { personIds: ['p2'] })
    fireEvent.click(screen.getByText('按人员分配'))
    await screen.findByText('打印范围')
    expect(screen.getByText('人员')).toBeTruthy()
    fireEvent.click(screen.getByText('姓氏笔画'))
    fireEvent.click(screen.getByText('蓝色'))
    fireEvent.click(screen.getByText('不印'))
    clickButton(/生成预览/)
    await waitFor(() => expect(requests).toHaveLength(1))
    expect(requests[0]).toMatchObject({ mode: 'assigned', personIds: ['p2'], teamId: null, nameOrder: 'strokes', color: 'blue', showPhoto: false })
  })

  it('checks what the controls require before asking main', async () => {
    const requests = renderPanel(everyKind)
    fireEvent.click(screen.getByText('甲类'))
    fireEvent.click(screen.getByText('乙类'))
    clickButton(/生成预览/)
    await screen.findByText('至少选择一类提示语')
    expect(requests).toHaveLength(0)
  })

  it('prints for a team given by the screen, and for nobody in particular without a scope control', async () => {
    const scoped = made({ controls: [{ kind: 'scope' }, { kind: 'noticePeriod', required: false }] })
    const requests = renderPanel(scoped, { teamId: 'team-1', year: 2025 })
    expect(screen.getByText('可不填')).toBeTruthy()
    expect(screen.getByText('班组')).toBeTruthy()
    clickButton(/生成预览/)
    await waitFor(() => expect(requests).toHaveLength(1))
    expect(requests[0]).toMatchObject({ document: 'made-up', year: 2025, teamId: 'team-1', personIds: null })
  })
})
