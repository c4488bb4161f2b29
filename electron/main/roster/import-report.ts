import { IMPORT_ACTION_LABELS, type ImportPreview, type ImportResult, type ImportTeamHint } from '@shared/roster/contract'

/** The import preview as plain text: what `cli import-roster` prints, row for row what the app shows. */
export function formatImportPreview(preview: ImportPreview): string {
  const lines = [
    `文件：${preview.fileName}  工作表：${preview.sheetName}  表头：第${preview.headerRows.join('、')}行`,
    `识别的列：${preview.columns.map((c) => `${c.column}列“${c.header}”${c.label && c.label !== c.header ? `→${c.label}` : ''}`).join('，')}`
  ]
  for (const notice of preview.notices) lines.push(`提示：${notice}`)
  for (const hint of preview.teamHints) lines.push(`相近班组：${teamHintText(hint)}`)
  for (const row of preview.rows) {
    const match = row.match ? `（与花名册中「${row.match.name}」${row.match.by === 'idNumber' ? '身份证号相同' : '姓名和出生年月相同'}）` : ''
    lines.push(`第${row.row}行  ${row.name || '（无姓名）'}  ${IMPORT_ACTION_LABELS[row.action]}${match}`)
    for (const error of row.errors) lines.push(`    错误：${error}`)
    for (const warning of row.warnings) lines.push(`    提醒：${warning}`)
  }
  const s = preview.summary
  lines.push(`共${s.rows}行：新增${s.new}人，更新${s.update}人，跳过${s.skip}行（其中有错误${s.errors}行）`)
  return lines.join('\n')
}

export function formatImportResult(result: ImportResult): string {
  const teams = result.teamsCreated.length ? `；新建班组：${result.teamsCreated.join('、')}` : ''
  const mapped = result.teamsMapped.length ? `；并入已有班组：${teamsMappedText(result)}` : ''
  return `导入完成：新增${result.added}人，更新${result.updated}人，跳过${result.skipped}行${teams}${mapped}`
}

/** 文件中的「运维班」（5人）与已有的「运维检修班」相近 … : the same words in the app and the command line. */
export function teamHintText(hint: ImportTeamHint): string {
  return `文件中的「${hint.name}」（${hint.people}人）与已有的${hint.similar.map((t) => `「${t.name}」`).join('、')}名称相近；默认新建「${hint.name}」，如是同一班组，可在软件的导入预览中选择并入`
}

export const teamsMappedText = (result: Pick<ImportResult, 'teamsMapped'>) => result.teamsMapped.map((m) => `「${m.name}」并入「${m.into}」`).join('、')
