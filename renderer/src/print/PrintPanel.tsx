import { Button, Divider, Form, Space } from 'antd'
import { useMemo } from 'react'
import type { RosterChoices } from '../components/useRosterChoices'
import { LeftOutNotice } from './LeftOutNotice'
import { PdfPreview } from './PdfPreview'
import { buildPrintRequest, initialPrintValues, type PrintFormValues, type PrintPreset } from './print-request'
import { PrintJobStatus } from './PrintJobStatus'
import { PrintOptionsForm } from './PrintOptionsForm'
import type { PrintDocumentEntry } from './usePrintCatalog'
import { usePrintJob } from './usePrintJob'

interface Props {
  info: PrintDocumentEntry
  year: number
  roster: RosterChoices
  preset?: PrintPreset
  previewHeight?: number
}

const NO_PRESET: PrintPreset = {}

/**
 * One document from options to paper: choose, 生成预览 (first told who would be left out, then
 * progress and 取消), look, then 保存 or 打开/打印.
 */
export function PrintPanel({ info, year, roster, preset = NO_PRESET, previewHeight = 520 }: Props) {
  const [form] = Form.useForm<PrintFormValues>()
  const job = usePrintJob()
  const initialValues = useMemo(() => initialPrintValues(info, preset, year), [info, preset, year])
  const busy = job.starting || job.job?.state === 'queued' || job.job?.state === 'running'

  const generate = async () => {
    const valid = await form.validateFields().then(
      () => true,
      () => false
    )
    if (!valid) return
    // Hidden fields keep their values (a team chosen before 全体党员 was picked): the request skips them.
    await job.generate(buildPrintRequest(info, { ...initialValues, ...form.getFieldsValue(true) }))
  }

  return (
    <div>
      <PrintOptionsForm info={info} form={form} roster={roster} initialValues={initialValues} onChange={job.dismiss} />
      <Button type="primary" onClick={generate} loading={busy}>
        生成预览
      </Button>
      <div style={{ marginTop: 16 }}>
        {job.pending && <LeftOutNotice leftOut={job.pending.check.leftOut} onGo={job.confirm} onBack={job.dismiss} />}
        <PrintJobStatus
          job={job.job}
          starting={job.starting}
          onCancel={job.cancel}
          onForce={() => job.request && job.render({ ...job.request, allowMissingGlyphs: true })}
        />
      </div>
      {job.preview && (
        <>
          <Divider style={{ margin: '16px 0' }} />
          {job.job && job.job.leftOut.length > 0 && (
            <div style={{ marginBottom: 12 }}>
              <LeftOutNotice leftOut={job.job.leftOut} />
            </div>
          )}
          <Space style={{ marginBottom: 12 }}>
            <Button type="primary" onClick={job.save}>
              保存PDF…
            </Button>
            <Button onClick={job.open}>打开/打印</Button>
          </Space>
          <PdfPreview preview={job.preview} height={previewHeight} />
        </>
      )}
    </div>
  )
}
