import { fireEvent, screen, waitFor } from '@testing-library/react'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { writeFile } from 'node:fs/promises'
import { PNG } from 'pngjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '@shared/model/database'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'
import { getButton } from '../support/roster-screens'
import { pick, seedPledge, seedUnit, waitForTables } from '../support/show-seed'

/*
 * Every drawer and modal with a form asks "有未保存的修改，确定关闭？" when it would close with the
 * form changed from what was loaded: Esc, a click on the mask, 取消 or the close icon. Staying keeps
 * what was typed; closing discards it (nothing reaches the database). A form left as it was loaded
 * closes without a word, and so does one that was just saved. The pages' own settings forms ask
 * the same way before the menu leaves the page.
 */

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

type Way = 'Esc' | 'mask' | '取消' | 'close icon'
type Kind = 'drawer' | 'modal'

/** An element still on screen and not leaving (jsdom never finishes antd's closing animations). */
const shown = (el: Element | null | undefined): el is HTMLElement => !!el && !/-leave\b/.test(el.className) && (el.closest('.ant-modal-wrap') as HTMLElement | null)?.style.display !== 'none'

/** The open drawer or modal whose title matches. */
function openPanel(kind: Kind, title: RegExp): HTMLElement | undefined {
  if (kind === 'drawer') {
    return [...document.querySelectorAll<HTMLElement>('.ant-drawer-open')].find((d) => title.test(d.querySelector('.ant-drawer-title')?.textContent ?? ''))
  }
  return [...document.querySelectorAll<HTMLElement>('.ant-modal:not(.ant-modal-confirm)')].find((m) => shown(m) && title.test(m.querySelector('.ant-modal-title')?.textContent ?? ''))
}

const question = () => [...document.querySelectorAll('.ant-modal-confirm')].find(shown)

async function findQuestion(text = '有未保存的修改，确定关闭？'): Promise<HTMLElement> {
  const found = await waitFor(() => {
    const q = question()
    if (!q) throw new Error('no question asked')
    return q
  })
  expect(found.querySelector('.ant-modal-confirm-title')?.textContent).toBe(text)
  return found
}

async function answer(choice: RegExp): Promise<void> {
  fireEvent.click(getButton(choice, await findQuestion(document.querySelector('.ant-modal-confirm-title')?.textContent ?? '')))
  await waitFor(() => expect(question()).toBeUndefined())
}

function close(kind: Kind, panel: HTMLElement, way: Way): void {
  if (way === 'Esc') {
    fireEvent.keyDown(panel.querySelector('textarea, input') ?? panel, { key: 'Escape', code: 'Escape', keyCode: 27 })
  } else if (way === 'mask') {
    if (kind === 'drawer') fireEvent.click(panel.closest('.ant-drawer')!.querySelector('.ant-drawer-mask')!)
    else {
      const wrap = panel.closest('.ant-modal-wrap')!
      fireEvent.mouseDown(wrap)
      fireEvent.click(wrap)
    }
  } else if (way === '取消') {
    fireEvent.click(getButton(/^取\s*消$/, panel))
  } else {
    fireEvent.click(panel.querySelector(kind === 'drawer' ? '.ant-drawer-close' : '.ant-modal-close')!)
  }
}

interface FormCase {
  name: string
  kind: Kind
  title: RegExp
  ways: Way[]
  /** The backend and the page the form is on, rendered. */
  start(): Promise<TestBackend>
  open(b: TestBackend): Promise<unknown>
  /** Types or chooses something; `typed` finds it again in the form, `stored` in the database. */
  edit(panel: HTMLElement): unknown
  typed(panel: HTMLElement): boolean
  stored(db: Readonly<Database>): boolean
  /** A successful save; afterwards the form is closed, or still open when `staysOpen`. */
  save(panel: HTMLElement): Promise<unknown>
  staysOpen?: boolean
}

const field = (panel: HTMLElement, label: string) => {
  const found = [...panel.querySelectorAll<HTMLElement>('label')].find((l) => l.textContent === label)
  const id = found?.getAttribute('for')
  const input = (id ? panel.querySelector(`[id="${id}"]`) : null) ?? panel.querySelector(`[aria-label="${label}"]`)
  if (!input) throw new Error(`no field ${label}`)
  return input as unknown as HTMLInputElement
}
const type = (input: HTMLInputElement, value: string) => fireEvent.change(input, { target: { value } })

function pngBytes(): Buffer {
  const image = new PNG({ width: 30, height: 40 })
  image.data.fill(180)
  return PNG.sync.write(image)
}

async function photoFile(b: TestBackend): Promise<string> {
  const path = join(b.dir, 'photo.png')
  await writeFile(path, pngBytes())
  return path
}

async function demoRoster(route: string): Promise<TestBackend> {
  const b = await createTestBackend()
  await b.call('demo:load', { through: 'roster' })
  await renderApp(route, b)
  return b
}

/** A unit with two members and, for the 三亮 screens, one pledge moved along by `moves`. */
async function pledgeUnit(route: string, moves: Parameters<typeof seedPledge>[2]): Promise<TestBackend> {
  const b = await createTestBackend()
  const { call, people } = await seedUnit(b)
  await seedPledge(call, people[0].id, moves)
  await renderApp(route, b)
  await waitForTables()
  return b
}

async function openPledgeDetail(b: TestBackend, tab: string): Promise<void> {
  const [pledge] = b.host.data().pledges
  fireEvent.click(await screen.findByTestId(`pledge-owner-${pledge.id}`))
  const drawer = await waitFor(() => openPanel('drawer', /王建国/)!)
  fireEvent.click(await waitFor(() => [...drawer.querySelectorAll<HTMLElement>('.ant-tabs-tab-btn')].find((t) => t.textContent === tab)!))
}

/** A roster file: one person new to the demo unit, one already on it. */
async function importFile(b: TestBackend): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  sheet.addRow(['姓名', '性别', '出生年月', '政治面貌', '所在班组'])
  sheet.addRow(['欧阳晓峰', '男', '1994.03', '中共党员', '综合办公室'])
  sheet.addRow(['陈静', '女', '1988.06', '中共党员', '综合办公室'])
  const path = join(b.dir, '名单.xlsx')
  await workbook.xlsx.writeFile(path)
  return path
}

function importChoice(panel: HTMLElement, name: string, choice: string): HTMLElement {
  const row = [...panel.querySelectorAll('tr[data-row-key]')].find((r) => r.textContent?.includes(name))
  const found = row && [...row.querySelectorAll<HTMLElement>('.ant-radio-button-wrapper span')].find((el) => el.textContent === choice)
  if (!found) throw new Error(`no choice ${choice} for ${name}`)
  return found
}

const CASES: FormCase[] = [
  {
    name: '新增人员',
    kind: 'drawer',
    title: /^新增人员$/,
    ways: ['Esc', 'mask', '取消', 'close icon'],
    start: () => demoRoster('/roster/people'),
    open: async () => fireEvent.click(await waitFor(() => getButton(/^新增人员$/))),
    edit: (panel) => type(field(panel, '姓名'), '张新来'),
    typed: (panel) => field(panel, '姓名').value === '张新来',
    stored: (db) => db.people.some((p) => p.name === '张新来'),
    save: async (panel) => fireEvent.click(getButton(/^保\s*存$/, panel))
  },
  {
    name: '编辑人员',
    kind: 'drawer',
    title: /^编辑人员：陈静$/,
    ways: ['Esc', 'mask', '取消'],
    start: () => demoRoster('/roster/people'),
    open: async () => {
      fireEvent.change(await screen.findByLabelText('搜索人员'), { target: { value: '陈静' } })
      await waitFor(() => expect(document.querySelectorAll('.ant-table-tbody tr[data-row-key]')).toHaveLength(1))
      fireEvent.click(getButton(/编\s*辑/, document.querySelector('.ant-table-tbody tr[data-row-key]')!))
    },
    edit: (panel) => type(field(panel, '岗位'), '新的岗位'),
    typed: (panel) => field(panel, '岗位').value === '新的岗位',
    stored: (db) => db.people.some((p) => p.post === '新的岗位'),
    save: async (panel) => fireEvent.click(getButton(/^保\s*存$/, panel))
  },
  {
    name: '新增班组',
    kind: 'modal',
    title: /^新增班组$/,
    ways: ['Esc', 'mask', '取消', 'close icon'],
    start: () => demoRoster('/roster/teams'),
    open: async () => fireEvent.click(await waitFor(() => getButton(/新增班组/))),
    edit: (panel) => type(field(panel, '名称'), '临时专班'),
    typed: (panel) => field(panel, '名称').value === '临时专班',
    stored: (db) => db.teams.some((t) => t.name === '临时专班'),
    save: async (panel) => fireEvent.click(getButton(/^保\s*存$/, panel))
  },
  {
    name: '新增承诺',
    kind: 'drawer',
    title: /^新增承诺$/,
    ways: ['Esc', 'mask', '取消'],
    start: () => pledgeUnit('/show/pledges', []),
    // 李秀英 has no pledge yet: her name above the table opens a new pledge for her.
    open: async () => fireEvent.click(await waitFor(() => getButton(/^李秀英$/))),
    edit: (panel) => type(panel.querySelectorAll('textarea')[0] as unknown as HTMLInputElement, '每季度讲一次党课'),
    typed: (panel) => (panel.querySelectorAll('textarea')[0] as HTMLTextAreaElement).value === '每季度讲一次党课',
    stored: (db) => db.pledges.some((p) => p.items.some((i) => i.content === '每季度讲一次党课')),
    save: async (panel) => {
      type(panel.querySelectorAll('textarea')[1] as unknown as HTMLInputElement, '窗口服务零投诉')
      fireEvent.click(getButton(/保存草稿/, panel))
    }
  },
  {
    name: '退回修改',
    kind: 'modal',
    title: /^退回修改$/,
    ways: ['Esc', 'mask', '取消', 'close icon'],
    start: () => pledgeUnit('/show/pledges', ['submit']),
    open: async () => fireEvent.click(await waitFor(() => getButton(/^退回修改$/, document.querySelector('.ant-table-tbody')!))),
    edit: (panel) => type(panel.querySelector('textarea') as unknown as HTMLInputElement, '请写明可衡量的标准'),
    typed: (panel) => (panel.querySelector('textarea') as HTMLTextAreaElement).value === '请写明可衡量的标准',
    stored: (db) => db.pledges.some((p) => p.returnReason === '请写明可衡量的标准'),
    save: async (panel) => fireEvent.click(getButton(/^退\s*回$/, panel.querySelector('.ant-modal-footer')!))
  },
  {
    name: '新增践诺记录 (in the pledge’s drawer)',
    kind: 'drawer',
    title: /王建国/,
    ways: ['Esc', 'mask', 'close icon'],
    start: () => pledgeUnit('/show/pledges', ['submit', 'approve', 'publish']),
    open: (b) => openPledgeDetail(b, '践诺记录'),
    edit: async (panel) => type(await waitFor(() => field(panel, '践诺情况')), '参加支部集中学习3次'),
    typed: (panel) => field(panel, '践诺情况').value === '参加支部集中学习3次',
    stored: (db) => db.fulfilments.some((f) => f.content === '参加支部集中学习3次'),
    save: async (panel) => {
      fireEvent.click(getButton(/保存记录/, panel))
      await screen.findByText('践诺记录已保存')
    },
    staysOpen: true
  },
  {
    name: '评诺 (in the pledge’s drawer)',
    kind: 'drawer',
    title: /王建国/,
    ways: ['Esc', 'mask', 'close icon'],
    start: () => pledgeUnit('/show/pledges', ['submit', 'approve', 'publish']),
    open: (b) => openPledgeDetail(b, '评诺'),
    edit: async (panel) => type(await waitFor(() => field(panel, '评语')), '践诺扎实'),
    typed: (panel) => field(panel, '评语').value === '践诺扎实',
    stored: (db) => db.pledgeAssessments.some((a) => a.comment === '践诺扎实'),
    save: async (panel) => {
      // An assessment with no grade at all is refused: a comment alone cannot be saved.
      await pick('第1项党员自评', '好', false, panel)
      fireEvent.click(getButton(/保存评诺/, panel))
      await screen.findByText(/已保存：/)
      // The saved assessment is read back (it can now be deleted).
      await waitFor(() => getButton(/删除本次评诺/, panel))
    },
    staysOpen: true
  },
  {
    name: '导入预览',
    kind: 'modal',
    title: /^导入预览：名单\.xlsx$/,
    ways: ['Esc', '取消', 'close icon'],
    start: () => demoRoster('/roster/people'),
    open: async (b) => {
      b.dialogs.opens.push(await importFile(b))
      fireEvent.click(await waitFor(() => getButton(/导入花名册/)))
    },
    // 陈静 is on the roster already: main suggests 更新; choosing 跳过 instead is the user's work.
    edit: async (panel) => fireEvent.click(await waitFor(() => importChoice(panel, '陈静', '跳过'))),
    typed: (panel) => importChoice(panel, '陈静', '跳过').closest('label')!.className.includes('checked'),
    stored: (db) => db.people.some((p) => p.name === '欧阳晓峰'),
    save: async (panel) => fireEvent.click(getButton(/确认导入/, panel))
  },
  {
    name: '新增提示语',
    kind: 'modal',
    title: /^新增提示语$/,
    ways: ['Esc', 'mask', '取消', 'close icon'],
    start: () => demoRoster('/show/phrases'),
    open: async () => fireEvent.click(await waitFor(() => getButton(/新增/, document.querySelector('.ant-card')!))),
    edit: (panel) => type(panel.querySelector('textarea') as unknown as HTMLInputElement, '干一行爱一行'),
    typed: (panel) => (panel.querySelector('textarea') as HTMLTextAreaElement).value === '干一行爱一行',
    stored: (db) => db.tipPhrases.some((p) => p.text === '干一行爱一行'),
    save: async (panel) => fireEvent.click(getButton(/^保\s*存$/, panel))
  }
]

async function openForm(c: FormCase, b: TestBackend): Promise<HTMLElement> {
  await c.open(b)
  return waitFor(() => {
    const panel = openPanel(c.kind, c.title)
    if (!panel) throw new Error(`${c.name} did not open`)
    return panel
  })
}
const waitClosed = (c: FormCase) => waitFor(() => expect(openPanel(c.kind, c.title)).toBeUndefined())

describe.each(CASES)('$name', (c) => {
  it('closes without asking while nothing was changed, whichever way', async () => {
    backend = await c.start()
    for (const way of c.ways) {
      const panel = await openForm(c, backend)
      close(c.kind, panel, way)
      await waitClosed(c)
      expect(question(), way).toBeUndefined()
    }
  })

  it('asks when changed; staying keeps what was typed, closing discards it', async () => {
    backend = await c.start()
    const panel = await openForm(c, backend)
    await c.edit(panel)
    for (const way of c.ways) {
      close(c.kind, panel, way)
      await findQuestion()
      await answer(/继续编辑/)
      expect(openPanel(c.kind, c.title), way).toBe(panel)
      expect(c.typed(panel), way).toBe(true)
    }
    close(c.kind, panel, c.ways[0])
    await answer(/放弃修改并关闭/)
    await waitClosed(c)
    expect(c.stored(backend.host.data())).toBe(false)
    // Opened again, the form has nothing of what was discarded, and closes without asking.
    const again = await openForm(c, backend)
    // Some forms fill in after they open (评诺 loads the assessment): wait for the field, then look.
    await waitFor(() => expect(c.typed(again)).toBe(false))
    close(c.kind, again, c.ways[0])
    await waitClosed(c)
    expect(question()).toBeUndefined()
  })

  it('closes without asking once what was typed is saved', async () => {
    backend = await c.start()
    const panel = await openForm(c, backend)
    await c.edit(panel)
    await c.save(panel)
    await waitFor(() => expect(c.stored(backend!.host.data())).toBe(true))
    if (c.staysOpen) {
      // Closed by its close icon: in jsdom a Select's list never finishes its closing motion, and until
      // it does Esc belongs to the list (antd answers Esc for the topmost layer). Esc itself is
      // covered by the "asks when changed" case of every form.
      close(c.kind, panel, c.ways.includes('close icon') ? 'close icon' : c.ways[0])
    }
    await waitClosed(c)
    expect(question()).toBeUndefined()
  })
})

describe('the guard in particular forms', () => {
  // 取消 rather than Esc here: under test, antd's portals all share one id (rc-util's useId in a
  // test environment), and the photo's preview portal then takes the drawer's place for Esc. The
  // real app gives each portal its own id; Esc is checked for every form in the cases above.
  it('编辑人员: a photo, which is saved at once, is not unsaved work', async () => {
    backend = await demoRoster('/roster/people')
    const c = CASES.find((k) => k.name === '编辑人员')!
    const panel = await openForm(c, backend)
    backend.dialogs.opens.push(await photoFile(backend))
    fireEvent.click(getButton(/选择照片/, panel))
    await waitFor(() => getButton(/更换照片/, panel))
    expect(backend.host.data().people.find((p) => p.name === '陈静')!.photo).toMatch(/\.jpg$/)
    close('drawer', panel, '取消')
    await waitClosed(c)
    expect(question()).toBeUndefined()
  })

  it('新增人员: a chosen photo is unsaved work until the person is saved', async () => {
    backend = await demoRoster('/roster/people')
    const c = CASES.find((k) => k.name === '新增人员')!
    const panel = await openForm(c, backend)
    backend.dialogs.opens.push(await photoFile(backend))
    fireEvent.click(getButton(/选择照片/, panel))
    await waitFor(() => getButton(/更换照片/, panel))
    close('drawer', panel, '取消')
    await findQuestion()
  })

  it('新增人员: after 保存并新增下一位 the emptied form is as loaded again', async () => {
    backend = await demoRoster('/roster/people')
    const c = CASES.find((k) => k.name === '新增人员')!
    const panel = await openForm(c, backend)
    await c.edit(panel)
    // The next person starts in the same team: the form is not blank, yet nothing in it is the user's.
    fireEvent.mouseDown(field(panel, '所在班组'))
    fireEvent.click(await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((el) => el.textContent === '综合办公室')!))
    fireEvent.click(getButton(/保存并新增下一位/, panel))
    await waitFor(() => expect(c.stored(backend!.host.data())).toBe(true))
    await waitFor(() => expect(field(panel, '姓名').value).toBe(''))
    expect(field(panel, '所在班组').closest('.ant-select')?.textContent).toContain('综合办公室')
    const team = backend.host.data().teams.find((t) => t.name === '综合办公室')!
    expect(backend.host.data().people.find((p) => p.name === '张新来')!.teamId).toBe(team.id)
    close('drawer', panel, '取消')
    await waitClosed(c)
    expect(question()).toBeUndefined()
  })

  it('编辑承诺, then 新增承诺: neither asks when left as it opened', async () => {
    backend = await pledgeUnit('/show/pledges', [])
    fireEvent.click(await waitFor(() => getButton(/^编\s*辑$/, document.querySelector('.ant-table-tbody')!)))
    let panel = await waitFor(() => openPanel('drawer', /^编辑承诺$/)!)
    close('drawer', panel, 'Esc')
    await waitFor(() => expect(openPanel('drawer', /^编辑承诺$/)).toBeUndefined())
    fireEvent.click(getButton(/^李秀英$/))
    panel = await waitFor(() => openPanel('drawer', /^新增承诺$/)!)
    close('drawer', panel, '取消')
    await waitFor(() => expect(openPanel('drawer', /^新增承诺$/)).toBeUndefined())
    expect(question()).toBeUndefined()
  })

  it('评诺: switching between 年中 and 年终 asks while grades or a comment are unsaved', async () => {
    backend = await pledgeUnit('/show/pledges', ['submit', 'approve', 'publish'])
    await openPledgeDetail(backend, '评诺')
    const panel = openPanel('drawer', /王建国/)!
    const comment = await waitFor(() => field(panel, '评语'))
    const segment = (label: string) => [...panel.querySelectorAll<HTMLElement>('.ant-segmented-item')].find((el) => el.textContent === label)!
    const other = segment('年中评诺').className.includes('selected') ? '年终评诺' : '年中评诺'
    type(comment, '践诺扎实')
    fireEvent.click(segment(other).querySelector('input') ?? segment(other))
    await findQuestion('有未保存的评诺，确定切换？')
    await answer(/继续编辑/)
    expect(segment(other).className).not.toContain('selected')
    expect(field(panel, '评语').value).toBe('践诺扎实')
    fireEvent.click(segment(other).querySelector('input') ?? segment(other))
    await answer(/放弃修改并切换/)
    await waitFor(() => expect(segment(other).className).toContain('selected'))
    expect(field(panel, '评语').value).toBe('')
  })
})

interface PageCase {
  name: string
  route: string
  menu: string
  start(): Promise<TestBackend>
  /** The form has what was loaded into it. */
  loaded(): boolean
  field(): HTMLInputElement
  value: string
  save(): Promise<void>
}

const menuItem = (label: string) => [...document.querySelectorAll<HTMLElement>('.ant-menu-item')].find((el) => el.textContent === label)!
const routeNow = () => window.location.hash.replace(/^#/, '')

const PAGES: PageCase[] = [
  {
    name: '设置 → 单位信息',
    route: '/settings',
    menu: '设置',
    start: () => demoRoster('/settings'),
    loaded: () => !!(screen.queryByLabelText('单位名称') as HTMLInputElement | null)?.value,
    field: () => screen.getByLabelText('负责人') as unknown as HTMLInputElement,
    value: '王建国',
    save: async () => {
      fireEvent.click(getButton(/^保\s*存$/, screen.getByText('单位信息').closest('.ant-card')!))
      await screen.findByText('单位信息已保存')
    }
  },
  {
    name: '亮身份 → 岗位牌、桌牌设置',
    route: '/show/identity',
    menu: '亮身份 · 岗位牌',
    start: () => demoRoster('/show/identity'),
    loaded: () => !!document.querySelector('.ant-radio-button-wrapper-checked'),
    field: () => screen.getByLabelText('监督电话') as unknown as HTMLInputElement,
    value: '0377-12345678',
    save: async () => {
      fireEvent.click(getButton(/^保\s*存$/, screen.getByText('岗位牌、桌牌设置').closest('.ant-card')!))
      await screen.findByText('已保存')
    }
  },
  {
    name: '亮形象 → 评诺等次与权重',
    route: '/show/assessment',
    menu: '亮形象 · 践诺评诺',
    start: () => demoRoster('/show/assessment'),
    loaded: () => !!(screen.queryByLabelText('等次1名称') as HTMLInputElement | null)?.value,
    field: () => screen.getByLabelText('等次1名称') as unknown as HTMLInputElement,
    value: '优',
    save: async () => {
      fireEvent.click(getButton(/保存等次与权重/))
      await screen.findByText('评诺等次与权重已保存')
    }
  }
]

describe.each(PAGES)('leaving $name through the menu', (p) => {
  const loadedForm = async () => {
    await waitFor(() => expect(routeNow() === p.route && p.loaded()).toBe(true))
    return p.field().value
  }

  it('goes at once while the form is as loaded, and asks once it is changed: staying keeps it, leaving discards it', async () => {
    backend = await p.start()
    const loaded = await loadedForm()
    fireEvent.click(menuItem('首页'))
    await waitFor(() => expect(routeNow()).toBe('/home'))
    expect(question()).toBeUndefined()

    fireEvent.click(menuItem(p.menu))
    expect(await loadedForm()).toBe(loaded)
    type(p.field(), p.value)
    fireEvent.click(menuItem('首页'))
    await findQuestion('有未保存的修改，确定离开本页？')
    await answer(/留在本页/)
    expect(routeNow()).toBe(p.route)
    expect(p.field().value).toBe(p.value)
    fireEvent.click(menuItem('首页'))
    await answer(/放弃修改并离开/)
    await waitFor(() => expect(routeNow()).toBe('/home'))
    fireEvent.click(menuItem(p.menu))
    expect(await loadedForm()).toBe(loaded)
  })

  it('goes without asking once the change is saved', async () => {
    backend = await p.start()
    await loadedForm()
    type(p.field(), p.value)
    await p.save()
    fireEvent.click(menuItem('首页'))
    await waitFor(() => expect(routeNow()).toBe('/home'))
    expect(question()).toBeUndefined()
  })
})
