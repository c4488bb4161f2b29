import { describe, expect, it } from 'vitest'
import { findMissingGlyphs, missingGlyphMessage } from '../../../electron/main/print/glyph-check'
import { measureText } from '../../../electron/main/print/measure'
import { chineseDate, chinesePunctuation, clampLines, clampParagraphs, deadlineText, fitOneLine, wrapAtPhrases, wrapLines } from '../../../electron/main/print/typography'
import { photoData, spacedName } from '../../../electron/main/print/parts/pieces'

describe('print typography', () => {
  it('sets half-width punctuation typed after Chinese as full-width, leaving times and Latin text alone', () => {
    expect(chinesePunctuation('服务热情,办事高效;请拨打:10:30!')).toBe('服务热情\uff0c办事高效\uff1b请拨打\uff1a10:30!')
    expect(chinesePunctuation('Hello, world: ok')).toBe('Hello, world: ok')
  })

  it('writes dates and deadlines the Chinese way', () => {
    expect(chineseDate('2026-03-01')).toBe('2026年3月1日')
    expect(chineseDate('2026-06')).toBe('2026年6月')
    expect(deadlineText('', 2026)).toBe('2026年底前')
  })

  it('measures Chinese characters one em wide, and Latin narrower', () => {
    expect(measureText('共产党员')).toBeCloseTo(4, 5)
    expect(measureText('abc')).toBeLessThan(2)
    expect(measureText('张三', { bold: true, font: 'serif' })).toBeCloseTo(2, 5)
  })

  it('wraps without starting a line with closing punctuation', () => {
    const lines = wrapLines('一二三四五,六七八九十。', 5, 1, measureText)
    expect(lines).toEqual(['一二三四五,', '六七八九十。'])
    for (const line of wrapLines('认真办理群众意见建议，做到件件有回音，事事有着落。'.repeat(3), 7, 1, measureText)) {
      expect(line[0]).not.toMatch(/[，。、；：？！）》”]/)
    }
  })

  it('keeps Latin words and numbers whole', () => {
    expect(wrapLines('电话0839-7201234转8', 8, 1, measureText).join('|')).toMatch(/0839/)
  })

  it('cuts long text to a number of lines with an ellipsis that fits', () => {
    const text = '负责中心文件收发、会议组织和综合协调，负责党建、宣传和档案管理工作，完成领导交办的其他工作。'
    const clamped = clampLines(text, 10, 1, 2, measureText)
    const lines = clamped.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1].endsWith('…')).toBe(true)
    expect(measureText(lines[1])).toBeLessThanOrEqual(10)
    expect(clampLines('短句', 10, 1, 2, measureText)).toBe('短句')
  })

  it('cuts long text keeping only its own line breaks, for pdfmake to wrap the rest', () => {
    const duties = '1. 负责收件；\n2. 负责出件和归档工作；\n3. 完成领导交办的其他工作。'
    // Everything fits in 6 lines of 6 em: returned as typed.
    expect(clampParagraphs(duties, 6, 1, 6, measureText)).toBe(duties)
    // Three lines: the second duty takes two, the third is left out, so the second ends in ….
    const cut = clampParagraphs(duties, 6, 1, 3, measureText)
    expect(cut.split('\n')).toHaveLength(2)
    expect(cut.startsWith('1. 负责收件；\n2. 负责出件')).toBe(true)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut).not.toContain('3.')
    // A label before the first line takes its room there: 职责：负责收件和出件 needs two lines of 8 em.
    expect(clampParagraphs('负责收件和出件', 8, 1, 1, measureText)).toBe('负责收件和出件')
    expect(clampParagraphs('负责收件和出件', 8, 1, 1, measureText, { lead: '职责：' })).toBe('负责收件…')
  })

  it('estimates pdfmake’s lines by taking the character before a closing mark that does not fit onto the next line', () => {
    expect(wrapLines('一二三四五。', 5, 1, measureText)).toEqual(['一二三四五。'])
    expect(wrapLines('一二三四五。', 5, 1, measureText, undefined, { hanging: false })).toEqual(['一二三四', '五。'])
    expect(wrapLines('一二三四五六', 5, 1, measureText, undefined, { hanging: false })).toEqual(['一二三四五', '六'])
  })

  it('fits a name to a width and spaces out two-character names', () => {
    expect(fitOneLine('欧阳建国', 200, 120, measureText)).toBeCloseTo(50, 5)
    expect(fitOneLine('张三', 1000, 120, measureText)).toBe(120)
    expect(spacedName('张三')).toBe('张\u3000三')
    expect(spacedName('欧阳建国')).toBe('欧阳建国')
    expect(spacedName('𠮷祥')).toBe('𠮷\u3000祥') // counts characters, not UTF-16 units
  })

  it('breaks display text after punctuation rather than inside a phrase', () => {
    expect(wrapAtPhrases('领导班子好、党员队伍好、工作机制好', 13, 1, measureText)).toEqual(['领导班子好、党员队伍好、', '工作机制好'])
    // A line break typed into the phrase stays, though both lines would fit on one.
    expect(wrapAtPhrases('公生明，\n廉生威', 13, 1, measureText)).toEqual(['公生明，', '廉生威'])
  })
})

describe('glyph check before printing', () => {
  it('finds characters the fonts lack, with the texts they appear in', () => {
    const data = { members: [{ name: '张𠮷', duties: '𠮷' }, { name: '王喆' }, { name: '李堃' }, { name: '刘䶮' }], photo: 'data:image/jpeg;base64,𠮷' }
    const missing = findMissingGlyphs(data)
    expect(missing).toEqual([{ char: '𠮷', texts: ['张𠮷', '𠮷'] }])
    expect(missingGlyphMessage(missing)).toMatch(/^以下文字打印字体缺失\uff1a𠮷\uff08张𠮷、𠮷\uff09/)
    expect(findMissingGlyphs({ name: '王喆 李堃 刘䶮 ０１２ ABC' })).toEqual([])
  })

  it('shortens long texts around the missing character', () => {
    const long = `${'很'.repeat(40)}𠮷${'长'.repeat(40)}`
    const [found] = findMissingGlyphs([long])
    expect(found.texts[0]).toContain('𠮷')
    expect([...found.texts[0]].length).toBeLessThanOrEqual(25)
  })

  it('passes photos to pdfmake only as image data', () => {
    expect(photoData('data:image/jpeg;base64,/9j/4AAQ')).toBe('data:image/jpeg;base64,/9j/4AAQ')
    expect(photoData('/etc/passwd')).toBeNull()
    expect(photoData('https://example.com/a.jpg')).toBeNull()
    expect(photoData('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull()
  })
})
