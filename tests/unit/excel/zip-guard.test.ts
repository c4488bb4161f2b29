import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { checkUnpackedSize, MAX_UNPACKED_BYTES, TOO_BIG_UNPACKED } from '../../../electron/main/excel/zip-guard'
import { claimUnpackedSize } from '../../support/workbooks'

/*
 * The decompression-bomb guard reads the sizes a zip declares in its central directory, before
 * anything is unpacked: plain zips, ZIP64 records, and damaged directories.
 */

const refusal = (run: () => void): string => {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  return ''
}

async function smallZip(): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<Types/>')
  zip.file('xl/worksheets/sheet1.xml', '<worksheet>' + '<row/>'.repeat(1000) + '</worksheet>')
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/**
 * One stored entry written the ZIP64 way: its size in the central directory is 0xFFFFFFFF with the
 * real figure in a ZIP64 extra field, and the end record points to a ZIP64 end record.
 */
function zip64(declared: number): Buffer {
  const name = Buffer.from('a.xml')
  const data = Buffer.from('<a/>')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(data.length, 22)
  local.writeUInt16LE(name.length, 26)
  const extra = Buffer.alloc(12)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(8, 2)
  extra.writeBigUInt64LE(BigInt(declared), 4)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(0xffffffff, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt16LE(extra.length, 30)
  const cdOffset = local.length + name.length + data.length
  const cdSize = central.length + name.length + extra.length
  const record = Buffer.alloc(56)
  record.writeUInt32LE(0x06064b50, 0)
  record.writeBigUInt64LE(BigInt(record.length - 12), 4)
  record.writeBigUInt64LE(1n, 24)
  record.writeBigUInt64LE(1n, 32)
  record.writeBigUInt64LE(BigInt(cdSize), 40)
  record.writeBigUInt64LE(BigInt(cdOffset), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8)
  locator.writeUInt32LE(1, 16)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(0xffff, 8)
  end.writeUInt16LE(0xffff, 10)
  end.writeUInt32LE(0xffffffff, 12)
  end.writeUInt32LE(0xffffffff, 16)
  return Buffer.concat([local, name, data, central, name, extra, record, locator, end])
}

describe('zip guard', () => {
  it('lets an ordinary zip through and refuses one that declares more than 200 MB unpacked', async () => {
    const zip = await smallZip()
    expect(refusal(() => checkUnpackedSize(zip))).toBe('')
    expect(refusal(() => checkUnpackedSize(zip, 5000))).toBe(TOO_BIG_UNPACKED)
    expect(refusal(() => checkUnpackedSize(claimUnpackedSize(zip, MAX_UNPACKED_BYTES + 1)))).toBe(TOO_BIG_UNPACKED)
    expect(TOO_BIG_UNPACKED).toContain('200 MB')
  })

  it('reads ZIP64 sizes', () => {
    expect(refusal(() => checkUnpackedSize(zip64(1024)))).toBe('')
    expect(refusal(() => checkUnpackedSize(zip64(5 * 1024 ** 3)))).toBe(TOO_BIG_UNPACKED)
  })

  it('calls a zip without a readable directory damaged', async () => {
    const zip = await smallZip()
    expect(refusal(() => checkUnpackedSize(zip.subarray(0, zip.length - 30)))).toContain('已损坏')
    const pointingAway = Buffer.from(zip)
    pointingAway.writeUInt32LE(zip.length + 100, zip.length - 6) // central directory offset past the end
    expect(refusal(() => checkUnpackedSize(pointingAway))).toContain('已损坏')
    expect(refusal(() => checkUnpackedSize(Buffer.from('PK')))).toContain('已损坏')
  })
})
