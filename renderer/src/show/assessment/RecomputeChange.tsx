import { Descriptions, Typography } from 'antd'
import type { RecomputationView } from '@shared/show/contract'
import type { AssessmentConfig } from '@shared/show/model'
import { weightsText } from '@shared/rules/pledge-assessment'

/** 等次 and 综合得分 in words: “好（91.8分）”, or 尚未评分. */
export function resultWords(result: { score: number | null; level: { label: string } | null }): string {
  return result.score === null || !result.level ? '尚未评分' : `${result.level.label}（${result.score}分）`
}

const scaleText = (config: AssessmentConfig) => config.levels.map((l) => `${l.label}${l.score}分（${l.threshold}分以上）`).join('、')

/** 重新计算, before it is done: the result old → new, and the weights and (when it changed) the scale before and after. */
export function RecomputeChange({ preview }: { preview: RecomputationView }) {
  const { before, after } = preview
  const scaleChanged = scaleText(before.config) !== scaleText(after.config)
  return (
    <div data-testid="recompute-change">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'result', label: '综合结果', children: `${resultWords(before)} → ${resultWords(after)}` },
          { key: 'weightsBefore', label: '原权重', children: weightsText(before.config) },
          { key: 'weightsAfter', label: '新权重', children: weightsText(after.config) },
          ...(scaleChanged
            ? [
                { key: 'scaleBefore', label: '原等次', children: scaleText(before.config) },
                { key: 'scaleAfter', label: '新等次', children: scaleText(after.config) }
              ]
            : [])
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {preview.changed ? '确认后本条评诺按当前设置定稿，以后打印的践诺情况公示也用新结果。' : '结果不变；确认后本条评诺改按当前设置定稿。'}
      </Typography.Paragraph>
    </div>
  )
}
