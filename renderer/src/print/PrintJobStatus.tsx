import { Alert, Button, Progress, Space, Spin, Typography } from 'antd'
import { JOB_PHASE_LABELS, type PrintJob } from '@shared/model/print'

interface Props {
  job: PrintJob | null
  starting: boolean
  onCancel: () => void
  /** Renders again, accepting that the missing characters print as boxes. */
  onForce: () => void
}

/** Where the job stands: a progress bar with 取消, or why it stopped. */
export function PrintJobStatus({ job, starting, onCancel, onForce }: Props) {
  if (starting) return <Spin description="正在准备数据…"><div style={{ height: 48 }} /></Spin>
  if (!job) return null
  switch (job.state) {
    case 'queued':
    case 'running':
      return (
        <div data-testid="print-progress">
          <Typography.Text>
            正在生成“{job.title}”{job.phase ? `：${JOB_PHASE_LABELS[job.phase]}` : '…'}
          </Typography.Text>
          <Space style={{ width: '100%' }} align="center">
            <Progress percent={Math.round(job.progress * 100)} status="active" style={{ width: 480, margin: 0 }} />
            <Button onClick={onCancel}>取消</Button>
          </Space>
        </div>
      )
    case 'blocked':
      return (
        <Alert
          type="warning"
          showIcon
          title="有文字无法打印"
          description={
            <Space orientation="vertical">
              <Typography.Text>{job.message}</Typography.Text>
              <Button onClick={onForce}>仍然生成（缺字处印成方框）</Button>
            </Space>
          }
        />
      )
    case 'failed':
      return <Alert type="error" showIcon title="生成失败" description={job.message ?? '生成文件时出错，请重试'} />
    case 'canceled':
      return <Alert type="info" showIcon title="已取消生成" />
    case 'done':
      return job.message ? <Alert type="warning" showIcon title="部分文字印成了方框" description={job.message} /> : null
  }
}
