import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { AppError } from '@shared/errors'
import { jpegOrientation } from './exif'
import { MAX_PHOTO_BYTES, photoTooLarge } from './limits'
import { fitWithin, onWhite, orient, type Raster } from './raster'

/*
 * A person's photo as the app keeps it: checked by content (not by the file's name), decoded,
 * turned upright, shrunk to a size that prints well on a name plate, and re-encoded as JPEG.
 * Pure JavaScript and synchronous: the app runs it in the photo worker (worker.ts), never on
 * Electron's main thread, since a 12 MP photo takes over a second.
 */

export const PHOTO_SIDE = 600
const MAX_PIXELS = 60_000_000
const JPEG_QUALITY = 88

export type ImageKind = 'jpeg' | 'png'

export function sniffImage(bytes: Uint8Array): ImageKind | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length > 8 && png.every((b, i) => bytes[i] === b)) return 'png'
  return null
}

const broken = () => new AppError('BAD_IMAGE', '图片文件已损坏或不完整，无法读取，请换一张照片')

function decode(bytes: Uint8Array, kind: ImageKind): Raster {
  try {
    if (kind === 'png') {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) }
    }
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 })
    return orient({ width: image.width, height: image.height, data: image.data }, jpegOrientation(bytes))
  } catch (error) {
    if (/maxResolutionInMP|maxMemoryUsageInMB/.test(String(error))) {
      throw new AppError('BAD_IMAGE', '图片像素过多（超过6000万像素），请先缩小后再选择')
    }
    throw broken()
  }
}

/** The stored JPEG bytes, or an AppError that says in Chinese what is wrong with the file. */
export function makePortrait(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) throw new AppError('BAD_IMAGE', '所选文件是空的，请换一张照片')
  if (bytes.length > MAX_PHOTO_BYTES) throw photoTooLarge()
  const kind = sniffImage(bytes)
  if (!kind) throw new AppError('NOT_IMAGE', '所选文件不是JPEG或PNG图片（按文件内容判断，与扩展名无关），请换一张照片')
  const raster = decode(bytes, kind)
  if (raster.width < 1 || raster.height < 1 || raster.data.length < raster.width * raster.height * 4) throw broken()
  const small = onWhite(fitWithin(raster, PHOTO_SIDE))
  return new Uint8Array(jpeg.encode({ width: small.width, height: small.height, data: small.data }, JPEG_QUALITY).data)
}
