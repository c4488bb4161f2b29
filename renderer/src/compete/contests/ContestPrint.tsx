import { Button, Modal, Radio, Space } from 'antd'
import { useEffect, useState } from 'react'
import { NAME_ORDER_LABELS, NAME_ORDERS, type NameOrder } from '@shared/rules/name-order-choices'
import { PdfPreview } from '../../print/PdfPreview'
import { PrintJobStatus } from '../../print/PrintJobStatus'
import { usePrintJob } from '../../print/usePrintJob'

/*
 * A contest's documents printed for this contest. The print centre's dialog cannot be told which
 * contest (its presets name people and teams), so this one sends the contest's id with the
 * request and shows the same progress, preview, 保存 and 打开/打印.
 */

export const CONTEST_DOCUMENTS = {
  'contest-score-sheets': '空白评分表',
  'contest-results-notice': '成绩公示',
  'contest-certificates': '荣誉证书'
} as const
export type ContestDocument = keyof typeof CONTEST_DOCUMENTS

interface Props {
  document: ContestDocument | null
  contestId: string
  year: number
  onClose: () => void
}

export function ContestPrint({ document, ...props }: Props) {
  return document ? <OpenPrint document={document} {...props} /> : null
}

function OpenPrint({ document, contestId, year, onClose }: Props & { document: ContestDocument }) {
  const job = usePrintJob()
  const [nameOrder, setNameOrder] = useState<NameOrder>('strokes')
  const generate = () => void job.generate({ document, contestId, year, ...(document === 'contest-score-sheets' ? { nameOrder } : {}) })
  // Documents without a choice start at once.
  useEffect(() => {
    if (document !== 'contest-score-sheets') generate()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <Modal open onCancel={onClose} footer={null} width={1080} destroyOnHidden mask={{ closable: false }} title={`打印 · ${CONTEST_DOCUMENTS[document]}`}>
      {document === 'contest-score-sheets' && (
        <Space style={{ marginBottom: 12 }}>
          <span>姓名顺序</span>
          <Radio.Group optionType="button" value={nameOrder} onChange={(e) => setNameOrder(e.target.value)} options={NAME_ORDERS.map((o) => ({ value: o, label: o === 'roster' ? '录入顺序' : NAME_ORDER_LABELS[o] }))} />
          <Button type="primary" onClick={generate}>
            生成预览
          </Button>
        </Space>
      )}
      <PrintJobStatus job={job.job} starting={job.starting} onCancel={job.cancel} onForce={() => job.request && job.render({ ...job.request, allowMissingGlyphs: true })} />
      {job.preview && (
        <>
          <Space style={{ margin: '12px 0' }}>
            <Button type="primary" onClick={job.save}>
              保存PDF…
            </Button>
            <Button onClick={job.open}>打开/打印</Button>
          </Space>
          <PdfPreview preview={job.preview} height={460} />
        </>
      )}
    </Modal>
  )
}
