import { Button, Divider, Modal, Space, Typography } from 'antd'
import { useEffect } from 'react'
import type { ChaseSubject } from '@shared/followup/ledger'
import { PdfPreview } from '../../print/PdfPreview'
import { PrintJobStatus } from '../../print/PrintJobStatus'
import { usePrintJob } from '../../print/usePrintJob'

interface Props {
  /** What to print a 催办单 for: one, or several for a batch; null while closed. */
  subjects: ChaseSubject[] | null
  year: number
  onClose: () => void
}

/**
 * 打印催办单 for the chosen items straight away (the print centre's form cannot name items):
 * one sheet each, previewed, then saved or handed to the system to print.
 */
export function ChasePrintModal({ subjects, year, onClose }: Props) {
  return subjects ? <OpenModal subjects={subjects} year={year} onClose={onClose} /> : null
}

function OpenModal({ subjects, year, onClose }: { subjects: ChaseSubject[]; year: number; onClose: () => void }) {
  const job = usePrintJob()
  useEffect(() => {
    void job.generate({ document: 'chase-notice', year, subjects })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <Modal open onCancel={onClose} footer={null} width={900} destroyOnHidden title={`打印催办单（${subjects.length}份）`}>
      <Typography.Paragraph type="secondary">一事一单，每张附回执；打印后请在“记录催办”中记下送达情况。</Typography.Paragraph>
      <PrintJobStatus job={job.job} starting={job.starting} onCancel={job.cancel} onForce={() => job.request && job.render({ ...job.request, allowMissingGlyphs: true })} />
      {job.preview && (
        <>
          <Divider style={{ margin: '12px 0' }} />
          <Space style={{ marginBottom: 12 }}>
            <Button type="primary" onClick={job.save}>
              保存PDF…
            </Button>
            <Button onClick={job.open}>打开/打印</Button>
          </Space>
          <PdfPreview preview={job.preview} height={480} />
        </>
      )}
    </Modal>
  )
}
