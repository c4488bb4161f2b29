/** Decoded pixels, 8-bit RGBA, row by row. */
export interface Raster {
  width: number
  height: number
  data: Uint8Array
}

/** Shrinks so the longer side is at most `maxSide`, averaging every source pixel a target pixel covers. */
export function fitWithin(src: Raster, maxSide: number): Raster {
  const scale = Math.min(1, maxSide / Math.max(src.width, src.height))
  if (scale === 1) return src
  const width = Math.max(1, Math.round(src.width * scale))
  const height = Math.max(1, Math.round(src.height * scale))
  const data = new Uint8Array(width * height * 4)
  const sums = new Float64Array(4)
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * src.height) / height)
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * src.height) / height))
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * src.width) / width)
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * src.width) / width))
      sums.fill(0)
      for (let sy = y0; sy < y1; sy++) {
        let i = (sy * src.width + x0) * 4
        for (let sx = x0; sx < x1; sx++, i += 4) {
          sums[0] += src.data[i]
          sums[1] += src.data[i + 1]
          sums[2] += src.data[i + 2]
          sums[3] += src.data[i + 3]
        }
      }
      const n = (y1 - y0) * (x1 - x0)
      const o = (y * width + x) * 4
      for (let c = 0; c < 4; c++) data[o + c] = Math.round(sums[c] / n)
    }
  }
  return { width, height, data }
}

/** JPEG has no transparency: transparent PNG areas become white, as on a printed card. */
export function onWhite(src: Raster): Raster {
  const data = new Uint8Array(src.data.length)
  for (let i = 0; i < data.length; i += 4) {
    const a = src.data[i + 3] / 255
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(src.data[i + c] * a + 255 * (1 - a))
    data[i + 3] = 255
  }
  return { ...src, data }
}

/**
 * Applies an EXIF orientation (1-8): phone photos are stored sideways with a tag saying how to turn
 * them, and a portrait that shows lying down is the first thing a user would notice.
 */
export function orient(src: Raster, orientation: number): Raster {
  if (orientation < 2 || orientation > 8) return src
  const swap = orientation >= 5
  const width = swap ? src.height : src.width
  const height = swap ? src.width : src.height
  const data = new Uint8Array(src.data.length)
  const W = src.width - 1
  const H = src.height - 1
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      let tx: number
      let ty: number
      switch (orientation) {
        case 2: [tx, ty] = [W - x, y]; break
        case 3: [tx, ty] = [W - x, H - y]; break
        case 4: [tx, ty] = [x, H - y]; break
        case 5: [tx, ty] = [y, x]; break
        case 6: [tx, ty] = [H - y, x]; break
        case 7: [tx, ty] = [H - y, W - x]; break
        default: [tx, ty] = [y, W - x]
      }
      const s = (y * src.width + x) * 4
      const d = (ty * width + tx) * 4
      data[d] = src.data[s]
      data[d + 1] = src.data[s + 1]
      data[d + 2] = src.data[s + 2]
      data[d + 3] = src.data[s + 3]
    }
  }
  return { width, height, data }
}
