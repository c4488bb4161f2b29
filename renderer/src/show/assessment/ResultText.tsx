import { Space, Tag, Typography } from 'antd'
import type { AssessmentView } from '@shared/show/contract'

type Result = Pick<AssessmentView['result'], 'score' | 'complete'> & { level: { label: string } | null }

/** 综合得分 and 等次, and whether some grades are still missing. */
export function ResultText({ result }: { result: Result }) {
  if (result.score === null || !result.level) return <Typography.Text type="secondary">尚未评分</Typography.Text>
  return (
    <Space size={6}>
      <span>综合得分</span>
      <Typography.Text strong>{result.score}</Typography.Text>
      <span>等次</span>
      <Tag color="red">{result.level.label}</Tag>
      {!result.complete && <Typography.Text type="secondary">（还有未评的项目）</Typography.Text>}
    </Space>
  )
}
