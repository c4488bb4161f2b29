import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { jpegOrientation } from '../../../electron/main/photo/exif'
import { createTestBackend, type TestBackend } from '../../support/backend'

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend()
})
afterEach(() => backend.dispose())

describe('names the print fonts cannot draw', () => {
  it('flags 𠮷 and not 喆 堃 䶮, in the table rows and while typing', async () => {
    await backend.call('roster:savePerson', { name: '𠮷祥云' })
    await backend.call('roster:savePerson', { name: '王喆堃䶮' })
    const { people } = await backend.call('roster:list')
    expect(people.find((p) => p.name === '𠮷祥云')!.missingGlyphs).toEqual(['𠮷'])
    expect(people.find((p) => p.name === '王喆堃䶮')!.missingGlyphs).toEqual([])
    const typed = await backend.call('roster:glyphCheck', { text: '𠮷田' })
    expect(typed.missing).toEqual(['𠮷'])
    expect(typed.warning).toContain('𠮷')
    expect((await backend.call('roster:glyphCheck', { text: '刘䶮' })).warning).toBeNull()
  })
})

function gradient(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([(i % width) % 256, Math.floor(i / width) % 256, 128, 255], i * 4)
  return data
}

const jpegBytes = (w: number, h: number) => Buffer.from(jpeg.encode({ width: w, height: h, data: gradient(w, h) }, 90).data)
function pngBytes(w: number, h: number): Buffer {
  const png = new PNG({ width: w, height: h })
  png.data = Buffer.from(gradient(w, h))
  return PNG.sync.write(png)
}

describe('photos', () => {
  const pick = async (bytes: Buffer | string, name: string) => {
    await backend.chooseFile(name, bytes)
    return backend.dispatch('roster:pickPhoto', undefined)
  }
  const stored = async () => readdir(backend.host.paths.photos).catch(() => [] as string[])

  it('stores a resized JPEG copy of a JPEG or PNG in the data folder and shows it as a data URL', async () => {
    for (const [bytes, name] of [
      [jpegBytes(1200, 1600), 'big.jpg'],
      [pngBytes(900, 300), 'wide.png']
    ] as const) {
      const result = await pick(bytes, name)
      expect(result.ok).toBe(true)
      const { photo, dataUrl } = (result as { value: { value: { photo: string; dataUrl: string } } }).value.value
      expect(dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true)
      const image = jpeg.decode(await readFile(join(backend.host.paths.photos, photo)))
      expect(Math.max(image.width, image.height)).toBe(600)
      expect(photo).not.toContain(name)
    }
    expect((await stored()).length).toBe(2)
  })

  it('keeps a small photo at its size and saves it with a new person; removing it keeps the file for older backups', async () => {
    const result = await pick(jpegBytes(300, 400), 'small.jpeg')
    const { photo } = (result as { value: { value: { photo: string } } }).value.value
    const person = await backend.call('roster:savePerson', { name: '甲', photo })
    expect(jpeg.decode(await readFile(join(backend.host.paths.photos, photo))).width).toBe(300)
    expect(await backend.call('roster:photo', { photo })).toMatch(/^data:image\/jpeg;base64,/)
    expect((await backend.call('roster:removePhoto', { id: person.id })).photo).toBeNull()
    expect(await stored()).toEqual([photo]) // swept at a later start once nothing names it (tests/unit/store/photo-sweep.test.ts)
  })

  it('refuses a text file named .jpg, a truncated JPEG, a file over 10 MB and an unreadable one, storing nothing', async () => {
    const before = await readFile(backend.host.paths.dbFile)
    const cases: [Buffer | string, string, RegExp][] = [
      ['这不是图片', 'fake.jpg', /不是JPEG或PNG图片/],
      [jpegBytes(400, 400).subarray(0, 600), 'cut.jpg', /已损坏或不完整/],
      [Buffer.concat([jpegBytes(10, 10), Buffer.alloc(10 * 1024 * 1024)]), 'huge.jpg', /超过10 MB/]
    ]
    for (const [bytes, name, message] of cases) {
      const result = await pick(bytes, name)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    backend.dialogs.opens.push(backend.dir) // a folder: it has a size but cannot be read as a file
    const folder = await backend.dispatch('roster:pickPhoto', undefined)
    expect(folder.ok ? null : folder.error.message).toMatch(/无法读取所选文件/)
    expect(await stored()).toEqual([])
    expect(await readFile(backend.host.paths.dbFile)).toEqual(before)
  })

  it('sets a photo on a saved person; the replaced file stays for older backups', async () => {
    const person = await backend.call('roster:savePerson', { name: '甲' })
    const photos: string[] = []
    for (const size of [200, 250]) {
      await backend.chooseFile(`p${size}.png`, pngBytes(size, size))
      const set = await backend.call('roster:setPhoto', { id: person.id })
      if (set.canceled) throw new Error('roster:setPhoto says canceled, though the file dialog had a file')
      expect(set.value.photo).toMatch(/\.jpg$/)
      photos.push(set.value.photo!)
    }
    expect(backend.host.data().people[0].photo).toBe(photos[1])
    expect((await stored()).sort()).toEqual([...photos].sort())
    expect(jpeg.decode(await readFile(join(backend.host.paths.photos, photos[1]))).width).toBe(250)
    expect(await backend.call('roster:setPhoto', { id: person.id })).toEqual({ canceled: true })
  })

  it('refuses a photo name that is not one the app stored', async () => {
    const result = await backend.dispatch('roster:savePerson', { name: '甲', photo: '../../etc/passwd' })
    expect(result.ok).toBe(false)
  })

  it('reads the EXIF orientation phones write', () => {
    const exif = Buffer.from('ffd8ffe100224578696600004d4d002a00000008000101120003000000010006000000000000', 'hex')
    expect(jpegOrientation(exif)).toBe(6)
    expect(jpegOrientation(jpegBytes(4, 4))).toBe(1)
  })
})
