import jpeg from 'jpeg-js'

/**
 * A plain ID-photo-like JPEG: blue background, a face and dark shoulders, with a little texture
 * that `seed` varies (so many photos are not byte-identical). `grain` adds sensor-like noise, which
 * makes the file as large and as slow to decode as a phone photo of that size (a smooth 12 MP
 * image is under 1 MB, a phone's is several).
 */
export function idPhoto(width: number, height: number, seed = 0, grain = 0): Buffer {
  const data = Buffer.alloc(width * height * 4)
  const shade = 150 + (seed % 100)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const head = (x - width / 2) ** 2 / (width * 0.22) ** 2 + (y - height * 0.38) ** 2 / (height * 0.2) ** 2 < 1
      const body = y > height * 0.62 && Math.abs(x - width / 2) < width * 0.4
      const noise = ((x * 7 + y * 13 + seed) % 9) + (grain ? (Math.imul(x * 73856093 ^ y * 19349663, 2654435761) >>> 24) % grain : 0)
      const [r, g, b] = head ? [236 - noise, 200, 170] : body ? [40, 40 + noise, 60] : [70, 130, shade + noise]
      data.set([r, g, b, 255], (y * width + x) * 4)
    }
  }
  return Buffer.from(jpeg.encode({ width, height, data }, 85).data)
}
