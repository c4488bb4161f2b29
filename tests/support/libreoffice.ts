import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'

/*
 * LibreOffice Calc headless (Debian libreoffice-calc-nogui; .ci/run installs it), to see a
 * workbook as a real spreadsheet does. A fresh profile whose OOXMLRecalcMode is 0 ("always")
 * makes it recalculate every formula on load instead of trusting the stored values (RECIPE.md).
 */

const run = promisify(execFile)

async function profile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-lo-'))
  await mkdir(join(dir, 'user'), { recursive: true })
  await writeFile(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  )
  return dir
}

/** Converts `file` with LibreOffice to `format` (xlsx: recalculated; pdf: as its print setup prints); returns the new file's path. */
export async function convertWithLibreOffice(file: string, format: 'xlsx' | 'pdf'): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'lbp-lo-out-'))
  const user = await profile()
  await run('soffice', [`-env:UserInstallation=file://${user}`, '--headless', '--convert-to', format, '--outdir', outDir, file], { timeout: 170_000 })
  return join(outDir, basename(file).replace(/\.xlsx$/, `.${format}`))
}
