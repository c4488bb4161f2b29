import { App, Button, type ButtonProps } from 'antd'
import { useState } from 'react'
import type { ImportPreview, ImportResult } from '@shared/roster/contract'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { ImportPreviewModal } from './ImportPreviewModal'
import { useChangeNotes } from './use-roster'

/** 导入花名册: pick a file (main's dialog), then the preview; `onImported` reloads the screen. */
export function ImportRosterButton({ onImported, type }: { onImported: () => void; type?: ButtonProps['type'] }) {
  const call = useCall()
  const tell = useChangeNotes()
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [reading, setReading] = useState(false)

  const start = async () => {
    setReading(true)
    const outcome = await call(api.roster.importPreview())
    setReading(false)
    if (outcome && !outcome.canceled) setPreview(outcome.value)
  }
  const done = (result: ImportResult) => {
    setPreview(null)
    const created = result.teamsCreated.length ? [`自动新增了班组：${result.teamsCreated.join('、')}`] : []
    const mapped = result.teamsMapped.map((m) => `文件中的「${m.name}」已并入「${m.into}」`)
    tell(`导入完成：新增 ${result.added} 人，更新 ${result.updated} 人，跳过 ${result.skipped} 行`, [...created, ...mapped])
    onImported()
  }

  return (
    <>
      <Button type={type} loading={reading} onClick={start}>
        {reading ? '正在读取文件…' : '导入花名册…'}
      </Button>
      {preview && <ImportPreviewModal preview={preview} onClose={() => setPreview(null)} onImported={done} />}
    </>
  )
}

/** 下载导入模板: an xlsx with the columns, an example row and dropdowns. */
export function TemplateButton() {
  const call = useCall()
  const { message } = App.useApp()
  const save = async () => {
    const outcome = await call(api.roster.template())
    if (outcome && !outcome.canceled) void message.success(`导入模板已保存到 ${outcome.value}`)
  }
  return <Button onClick={save}>下载导入模板…</Button>
}

export function ExportRosterButton() {
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const save = async () => {
    setSaving(true)
    const outcome = await call(api.roster.export())
    setSaving(false)
    if (outcome && !outcome.canceled) void message.success(`花名册已导出到 ${outcome.value}`)
  }
  return (
    <Button loading={saving} onClick={save}>
      导出花名册…
    </Button>
  )
}
