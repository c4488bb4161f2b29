import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FALLBACK_FONT_NAME, setFallbackFont } from '../../../electron/main/print/fallback-font'
import { fontRuns } from '../../../electron/main/print/font-runs'
import { tentCardPage } from '../../../electron/main/print/parts/tent-card'
import { finishDefinition } from '../../../electron/main/print/render'

/* How texts are split between the bundled fonts and the fallback font (the PDFs: fallback-font.test.ts). */

const FIXTURE = resolve(__dirname, '../../fixtures/fonts/ext-b-sample.ttf')
const fallback = (text: string) => ({ text, font: FALLBACK_FONT_NAME })

beforeEach(() => setFallbackFont({ path: FIXTURE, version: 'test' }))
afterEach(() => setFallbackFont(null))

describe('font runs', () => {
  it('gives the characters only the fallback font has a run of their own', () => {
    expect(fontRuns('周𠮷国')).toEqual([
      { text: '周', fallback: false },
      { text: '𠮷', fallback: true },
      { text: '国', fallback: false }
    ])
    expect(fontRuns('𠮷𡈼 王喆䶮')).toEqual([
      { text: '𠮷𡈼', fallback: true },
      { text: ' 王喆䶮', fallback: false }
    ])
    // 𠀁 is in no font: it stays with the bundled fonts (and the glyph check stops it).
    expect(fontRuns('张𠀁')).toEqual([{ text: '张𠀁', fallback: false }])
  })

  it('is one run when there is no fallback font', () => {
    setFallbackFont(null)
    expect(fontRuns('周𠮷国')).toEqual([{ text: '周𠮷国', fallback: false }])
  })
})

describe('finishDefinition', () => {
  it('splits plain texts, texts in tables and styled inlines, each part keeping its style', () => {
    const finished = finishDefinition({
      content: [
        { text: ['姓名:', { text: '周𠮷国', bold: true, color: 'red' }], fontSize: 14 },
        '𠮷',
        { table: { body: [['𡈼丽萍', { text: '王芳' }]] } },
        { text: '𠮷,好', style: 'name' }
      ]
    })
    expect(finished.content).toEqual([
      { text: ['姓名：', { text: '周', bold: true, color: 'red' }, { text: '𠮷', bold: true, color: 'red', font: FALLBACK_FONT_NAME }, { text: '国', bold: true, color: 'red' }], fontSize: 14 },
      { text: [fallback('𠮷')] },
      { table: { body: [[{ text: [fallback('𡈼'), '丽萍'] }, { text: '王芳' }]] } },
      { text: [fallback('𠮷'), '，好'], style: 'name' }
    ])
  })

  it('leaves every text as it was when nothing needs the fallback font', () => {
    const content = [{ text: ['姓名：', { text: '王喆', bold: true }] }, { table: { body: [['李堃']] } }]
    expect(finishDefinition({ content }).content).toEqual(content)
  })
})

describe('tent cards', () => {
  it('put the fallback characters in a tspan, on both halves', () => {
    const page = tentCardPage('A4', 'redOnWhite', [{ text: '周𠮷国', y: 0.5, size: 80, bold: true }], true) as { svg: string }
    expect(page.svg.split(`周<tspan font-family="${FALLBACK_FONT_NAME}">𠮷</tspan>国`).length - 1).toBe(2)
  })
})
