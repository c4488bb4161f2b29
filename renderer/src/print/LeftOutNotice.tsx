import { Alert, Button, Space, Typography } from 'antd'
import type { LeftOut } from '@shared/model/print'

interface Props {
  leftOut: LeftOut[]
  /** Asking before rendering: 仍然生成 renders without them, 返回修改 goes back to the form. */
  onGo?: () => void
  onBack?: () => void
}

/**
 * Who the request covers but the document does not print, a line for each reason: asked before
 * rendering, and shown again beside the finished file so the gap is not forgotten at the printer.
 */
export function LeftOutNotice({ leftOut, onGo, onBack }: Props) {
  const asking = Boolean(onGo)
  const reasons = [...new Set(leftOut.map((p) => p.reason))]
  return (
    <Alert
      data-testid="print-left-out"
      type={asking ? 'warning' : 'info'}
      showIcon
      title={asking ? `所选人员中有${leftOut.length}人不会印出` : `本次未印${leftOut.length}人`}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {reasons.map((reason) => {
            const names = leftOut.filter((p) => p.reason === reason).map((p) => p.name)
            return (
              <Typography.Text key={reason} data-testid="print-left-out-reason">
                {reason}（{names.length}人）：{names.join('、')}
              </Typography.Text>
            )
          })}
          {asking && (
            <Space>
              <Button type="primary" onClick={onGo}>
                仍然生成（不印以上人员）
              </Button>
              <Button onClick={onBack}>返回修改</Button>
            </Space>
          )}
        </Space>
      }
    />
  )
}
