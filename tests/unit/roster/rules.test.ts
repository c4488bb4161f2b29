import { describe, expect, it } from 'vitest'
import { fitWithin, orient } from '../../../electron/main/photo/raster'
import { checkIdNumber, idCheckChar } from '@shared/rules/id-number'
import { partialDateFromNumber, partialDateFromSerial, parsePartialDate, yearsBetween } from '@shared/rules/partial-date'
import { matchesQuery } from '@shared/rules/roster-search'
import { parseDutyStatus, parseGender, parsePoliticalStatus, parseYesNo } from '@shared/rules/roster-values'

describe('GB 11643 check digit', () => {
  it('computes the published example and reads birth and gender', () => {
    // The standard's own example: 11010519491231002X.
    expect(idCheckChar('11010519491231002')).toBe('X')
    expect(checkIdNumber('11010519491231002x')).toEqual({ ok: true, value: '11010519491231002X', birth: '1949-12-31', gender: 'female' })
  })

  it('refuses a wrong check digit, an impossible date, 15-digit and malformed numbers', () => {
    expect(checkIdNumber('110105194912310021')).toMatchObject({ ok: false, message: expect.stringContaining('校验位') })
    expect(checkIdNumber('110105194902300020')).toMatchObject({ ok: false, message: expect.stringContaining('出生日期不存在') })
    expect(checkIdNumber('110105491231002')).toMatchObject({ ok: false, message: expect.stringContaining('15位') })
    expect(checkIdNumber('11010519491231002Y').ok).toBe(false)
  })
})

describe('partial dates', () => {
  it.each([
    ['1990.05', '1990-05'],
    ['1990.5', '1990-05'],
    ['1990-5', '1990-05'],
    ['1990/05/12', '1990-05-12'],
    ['2012年6月', '2012-06'],
    ['2012年6月3日', '2012-06-03'],
    ['1978-11-02', '1978-11-02'],
    ['20180701', '2018-07-01'],
    ['199005', '1990-05'],
    ['１９９０．０５', '1990-05'],
    ['', '']
  ])('reads %s as %s', (text, value) => {
    expect(parsePartialDate(text)).toMatchObject({ ok: true, value })
  })

  it.each(['1990', '九零年', '1990.13', '1990-02-30', '1850.01'])('refuses %s with a message', (text) => {
    const parsed = parsePartialDate(text)
    expect(parsed.ok).toBe(false)
  })

  it('reads Excel serial days and numbers typed into General cells', () => {
    expect(partialDateFromSerial(32874, 'day')).toEqual({ ok: true, value: '1990-01-01' })
    expect(partialDateFromSerial(32874, 'month')).toEqual({ ok: true, value: '1990-01' })
    expect(partialDateFromNumber(1990.05, 'day')).toEqual({ ok: true, value: '1990-05' })
    expect(partialDateFromNumber(1990.2, 'day')).toEqual({ ok: true, value: '1990-02' })
    expect(partialDateFromNumber(1990.12, 'day')).toEqual({ ok: true, value: '1990-12' })
    expect(partialDateFromNumber(1990.1, 'day')).toMatchObject({ ok: true, value: '1990-10', warning: expect.any(String) })
    expect(partialDateFromNumber(19900512, 'month')).toEqual({ ok: true, value: '1990-05-12' })
    expect(partialDateFromNumber(1990, 'day').ok).toBe(false)
  })

  it('counts whole years between partial dates', () => {
    expect(yearsBetween('1990-05', '2008-04')).toBe(17)
    expect(yearsBetween('1990-05', '2008-05')).toBe(18)
    expect(yearsBetween('', '2008-05')).toBeNull()
  })
})

describe('roster words', () => {
  it('maps what people write', () => {
    expect(parseGender(' 女 ')).toBe('female')
    expect(parseGender('未知')).toBeNull()
    expect(parseGender('（男）')).toBe('male')
    expect(parseGender('(女)')).toBe('female')
    expect(parsePoliticalStatus('中共预备党员')).toEqual({ value: 'probationary' })
    expect(parsePoliticalStatus('团员')).toEqual({ value: 'league' })
    expect(parsePoliticalStatus('九三学社社员')).toMatchObject({ value: 'masses', note: expect.any(String) })
    expect(parsePoliticalStatus('外星人')).toBeNull()
    expect(parseYesNo('√')).toBe(true)
    expect(parseYesNo('否')).toBe(false)
    expect(parseDutyStatus('产假')).toBe('leave')
    expect(parseDutyStatus('退休')).toBe('retired')
  })
})

describe('photo pixels', () => {
  it('turns a phone photo upright (orientation 6 is a quarter turn clockwise)', () => {
    // 2×1: red, blue → after a clockwise turn, 1×2: red on top, blue below.
    const src = { width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]) }
    const turned = orient(src, 6)
    expect([turned.width, turned.height]).toEqual([1, 2])
    expect([...turned.data]).toEqual([255, 0, 0, 255, 0, 0, 255, 255])
    const back = orient(src, 8)
    expect([...back.data]).toEqual([0, 0, 255, 255, 255, 0, 0, 255])
  })

  it('averages when shrinking', () => {
    const src = { width: 2, height: 2, data: new Uint8Array([0, 0, 0, 255, 200, 200, 200, 255, 0, 0, 0, 255, 200, 200, 200, 255]) }
    const small = fitWithin(src, 1)
    expect([...small.data]).toEqual([100, 100, 100, 255])
  })
})

describe('quick search', () => {
  const row = { name: '张三丰', initials: 'zsf', pinyin: 'zhangsanfeng', phone: '138-0000-1234', post: '综合受理' }
  it.each([
    ['', true],
    ['三丰', true],
    ['zsf', true],
    ['ZS', true],
    ['zhangsan', true],
    ['sf', true],
    ['lisi', false],
    ['1234', true],
    ['9999', false],
    ['综合', true]
  ])('%s → %s', (query, expected) => {
    expect(matchesQuery(row, query)).toBe(expected)
  })
})
