/** The EXIF orientation tag of a JPEG (1 when absent or unreadable). Reads only the APP1 header. */
export function jpegOrientation(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 2
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]
    const length = view.getUint16(offset + 2)
    if (marker === 0xda) break // start of scan: no more headers
    if (marker === 0xe1 && offset + 10 <= bytes.length && view.getUint32(offset + 4) === 0x45786966) {
      return tiffOrientation(view, offset + 10, offset + 2 + length)
    }
    offset += 2 + length
  }
  return 1
}

function tiffOrientation(view: DataView, start: number, end: number): number {
  if (start + 8 > end || end > view.byteLength) return 1
  const little = view.getUint16(start) === 0x4949
  const u16 = (at: number) => view.getUint16(at, little)
  const ifd = start + view.getUint32(start + 4, little)
  if (ifd + 2 > end) return 1
  const count = u16(ifd)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > end) return 1
    if (u16(entry) === 0x0112) return u16(entry + 8)
  }
  return 1
}
