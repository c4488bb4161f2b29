import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { printDocumentInfoSchema } from '@shared/model/print'
import { fieldLabel } from '@shared/validation'
import { controlFields, documentInfo, optionDefaults, optionFields, printDocuments } from '../../../electron/main/print/catalog'
import { measureText } from '../../../electron/main/print/measure'
import { renderPdf } from '../../../electron/main/print/render'
import { WORKER_DOCUMENTS } from '../../../electron/main/print/worker-documents'
import type { PledgeMember } from '../../../electron/main/show/documents/common'
import { pledgeNotice, type PledgeNoticeData } from '../../../electron/main/show/documents/pledge-notice'
import { readPdfInfo, readPdfText } from '../../support/print-fixture'

/*
 * The print catalogue as the print centre, request checking and `cli export` read it: every
 * control of every form names an option its document's schema has, the defaults the form starts
 * from are valid options, every field is labelled for refusals. And one document built on its own
 * from hand-made data, with no database and no handlers.
 */

const documents = printDocuments()

describe('print catalogue', () => {
  it('lists the 三亮 documents in the print centre’s order, each id once', () => {
    const show = documents.filter((d) => d.stage === 'show')
    expect(show.map((d) => d.id)).toEqual(['post-placard', 'desk-placard', 'notice-board', 'tip-cards', 'pledge-cards', 'pledge-notice', 'fulfilment-notice'])
    expect(show.map((d) => d.group)).toEqual(['亮身份', '亮身份', '亮身份', '亮身份', '亮承诺', '亮承诺', '亮形象'])
    // Stage by stage, in the registry's order.
    expect(documents.slice(0, show.length)).toEqual(show)
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length)
    for (const doc of documents) expect(printDocumentInfoSchema.safeParse(documentInfo(doc)).success, doc.id).toBe(true)
  })

  it('gives the print worker the same documents as the stage registry', () => {
    expect(WORKER_DOCUMENTS).toHaveLength(documents.length)
    documents.forEach((doc, i) => expect(WORKER_DOCUMENTS[i], doc.id).toBe(doc))
  })

  it.each(documents.map((d) => [d.id, d] as const))('%s: each control names a field of its options schema', (_id, doc) => {
    const fields = optionFields(doc)
    for (const control of doc.controls) {
      for (const field of controlFields(control)) expect(fields, `${control.kind} → ${field}`).toHaveProperty(field)
      // Every choice the form offers is a value the schema takes.
      if (control.kind === 'paper' || control.kind === 'orientation') for (const choice of control.choices) expect(fields[control.kind].safeParse(choice).success).toBe(true)
      if (control.kind === 'choice') for (const { value } of control.choices) expect(fields[control.field].safeParse(value).success, value).toBe(true)
      if (control.kind === 'multi') expect(fields[control.field].safeParse(control.choices.map((c) => c.value)).success).toBe(true)
    }
    // Every option the schema takes is set by a control of the form (the missing-glyph confirmation is the dialog's own).
    const controlled = new Set(doc.controls.flatMap((c) => controlFields(c)))
    for (const name of Object.keys(fields)) if (name !== 'allowMissingGlyphs' && !doc.setByScreen?.includes(name)) expect(controlled.has(name), name).toBe(true)
    expect(doc.controls.map((c) => c.kind)).toContain('year')
  })

  it.each(documents.map((d) => [d.id, d] as const))('%s: the form’s defaults are valid options, and every field is labelled', (_id, doc) => {
    const fields = optionFields(doc)
    const defaults = optionDefaults(doc)
    expect(defaults).toMatchObject({ allowMissingGlyphs: false })
    if ('teamId' in fields) expect(defaults).toMatchObject({ teamId: null, personIds: null })
    for (const [name, value] of Object.entries(defaults)) expect(fields[name].parse(value), name).toEqual(value)
    // What the defaults leave out is optional or must be chosen (公示期 of the fulfilment notice).
    const parsed = doc.options.safeParse(defaults)
    const missing = parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))
    for (const name of missing) expect(fields[name].safeParse(undefined).success, name).toBe(false)
    // Only a required 公示期 has to be chosen.
    expect(missing).toEqual(doc.controls.some((c) => c.kind === 'noticePeriod' && c.required) ? ['noticeFrom', 'noticeTo'] : [])
    for (const name of Object.keys(fields)) expect(fieldLabel(doc.options, [name]), name).not.toBe('')
  })

  it('carries the form as today’s print dialog shows it', () => {
    const info = Object.fromEntries(documents.map((d) => [d.id, documentInfo(d)]))
    const kinds = (id: string) => info[id].controls.map((c) => (c.kind === 'choice' || c.kind === 'switch' || c.kind === 'multi' || c.kind === 'date' ? `${c.kind}:${c.field}` : c.kind))
    expect(kinds('post-placard')).toEqual(['year', 'paper', 'orientation', 'switch:showPhoto', 'scope', 'nameOrder'])
    expect(kinds('desk-placard')).toEqual(['year', 'paper', 'choice:color', 'switch:showPledge', 'scope', 'nameOrder'])
    expect(kinds('tip-cards')).toEqual(['year', 'paper', 'choice:color', 'choice:mode', 'multi:categories', 'scope', 'nameOrder'])
    expect(kinds('pledge-cards')).toEqual(['year', 'paper', 'scope', 'nameOrder'])
    expect(kinds('fulfilment-notice')).toEqual(['year', 'paper', 'orientation', 'choice:period', 'noticePeriod', 'date:date', 'scope', 'nameOrder'])
    expect(info['tip-cards'].controls.find((c) => c.kind === 'scope')).toEqual({ kind: 'scope', when: { field: 'mode', is: ['assigned'] } })
    expect(info['tip-cards'].controls.find((c) => c.kind === 'nameOrder')).toEqual({ kind: 'nameOrder', when: { field: 'mode', is: ['assigned'] } })
    expect(info['post-placard'].controls.find((c) => c.kind === 'nameOrder')).toEqual({ kind: 'nameOrder' })
    expect(info['pledge-notice'].controls.find((c) => c.kind === 'noticePeriod')).toEqual({ kind: 'noticePeriod', required: false })
    expect(info['fulfilment-notice'].controls.find((c) => c.kind === 'noticePeriod')).toEqual({ kind: 'noticePeriod', required: true })
    expect(info['desk-placard'].controls.find((c) => c.kind === 'choice')).toMatchObject({ label: '配色', optional: true, extra: '不选则用“亮身份”中设定的配色' })
    expect(info['notice-board'].defaults).toMatchObject({ paper: 'A3', orientation: 'portrait', showPhoto: true })
    expect(info['tip-cards'].defaults).toMatchObject({ mode: 'generic', categories: ['fiveGoodsFiveLeads', 'motto', 'integrity', 'service'] })
    expect(info['fulfilment-notice'].defaults).toMatchObject({ period: 'yearEnd', paper: 'A4', orientation: 'landscape' })
  })
})

describe('a document on its own', () => {
  it('builds the pledge notice from hand-made data alone, and it renders', async () => {
    const unit = { unitName: '测试单位', branchName: '测试党支部', year: 2027, supervisionPhone: '12345678', signature: '中共测试单位支部委员会' }
    const member = (name: string, content: string): PledgeMember => ({
      id: name,
      name,
      identity: '共产党员',
      posts: '',
      post: '综合柜员',
      duties: '',
      teamName: '一班',
      phone: '',
      photo: null,
      pledgeSummary: '',
      pledgeStatus: 'approved',
      pledgeItems: [{ categoryLabel: '服务群众', fiveLeads: '带头服务群众', content, standard: '零投诉', actions: '', responsibleName: '', deadline: '2027年底前' }]
    })
    const data: PledgeNoticeData = {
      unit,
      members: [member('张三', '微笑服务每一位办事群众'), member('欧阳建国', '一次性告知办事材料')],
      groups: [],
      paper: 'A4',
      orientation: 'portrait',
      date: '2027-03-01',
      noticeFrom: '2027-03-01',
      noticeTo: '2027-03-07',
      noPledge: 'blank'
    }
    const definition = pledgeNotice.build(data, { measure: measureText })
    expect(JSON.stringify(pledgeNotice.build(data, { measure: measureText }))).toBe(JSON.stringify(definition))
    const dir = await mkdtemp(join(tmpdir(), 'lbp-build-'))
    try {
      const file = join(dir, 'notice.pdf')
      await writeFile(file, (await renderPdf(definition)).pdf)
      expect(await readPdfInfo(file)).toMatchObject({ pages: 1, width: 595.28, height: 841.89 })
      const text = (await readPdfText(file)).replace(/\s+/g, '')
      expect(text).toContain('测试单位2027年度党员承诺公示')
      expect(text).toContain('公示期为2027年3月1日至2027年3月7日')
      expect(text.indexOf('张三')).toBeLessThan(text.indexOf('欧阳建国'))
      expect(text).toContain('微笑服务每一位办事群众')
      expect(text).not.toContain('班组和支部承诺') // no group pledges given
      expect(text).toContain('中共测试单位支部委员会2027年3月1日')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
