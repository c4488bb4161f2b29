import { describe, expect, it } from 'vitest'
import { fitColumn } from '../../../electron/main/print/parts/notice-frame'
import { measureText } from '../../../electron/main/print/measure'
import { SIZE } from '../../../electron/main/print/typography'

describe('fitColumn', () => {
  it('fits the longest entry on one line at the table size, within the bounds', () => {
    const width = fitColumn(['所在班组', '综合受理窗口', '办公室'], measureText, 56, 110)
    expect(width).toBeGreaterThanOrEqual(measureText('综合受理窗口', { font: 'serif' }) * SIZE.small4 + 8)
    expect(width).toBeLessThan(110)
  })

  it('keeps to the minimum for short entries and caps very long ones', () => {
    expect(fitColumn(['班组'], measureText, 56, 110)).toBe(56)
    expect(fitColumn(['一个名字特别特别特别特别长的班组'], measureText, 56, 110)).toBe(110)
  })
})
