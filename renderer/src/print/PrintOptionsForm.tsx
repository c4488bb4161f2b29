import { Checkbox, Col, DatePicker, Form, InputNumber, Radio, Row, Switch, type FormInstance } from 'antd'
import { ORIENTATION_LABELS, type PrintDocumentId } from '@shared/model/print'
import { ASSESSMENT_PERIOD_LABELS, ASSESSMENT_PERIODS, PHRASE_CATEGORIES, PHRASE_CATEGORY_LABELS, PLACARD_COLOR_LABELS, PLACARD_COLORS } from '@shared/show/model'
import { PersonPicker, TeamPicker } from '../components/PersonPicker'
import type { RosterChoices } from '../components/useRosterChoices'
import type { DocumentChoices, PrintFormValues } from './print-request'

interface Props {
  document: PrintDocumentId
  info: DocumentChoices
  form: FormInstance<PrintFormValues>
  roster: RosterChoices
  initialValues: PrintFormValues
}

/** The options of one document: who is printed, paper, and the document's own choices. */
export function PrintOptionsForm({ document, info, form, roster, initialValues }: Props) {
  const scope = Form.useWatch('scope', form) ?? initialValues.scope
  const mode = Form.useWatch('mode', form) ?? initialValues.mode
  const chooseWho = document !== 'tip-cards' || mode === 'assigned'
  const hasColor = document === 'desk-placard' || document === 'tip-cards'
  const hasPhoto = document === 'post-placard' || document === 'notice-board'
  const needsNotice = document === 'fulfilment-notice'
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} requiredMark={false}>
      <Row gutter={24}>
        <Col flex="120px">
          <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col flex="none">
          <Form.Item label="纸张" name="paper">
            <Radio.Group optionType="button" options={info.papers.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
        </Col>
        {info.orientations.length > 0 && (
          <Col flex="none">
            <Form.Item label="纸张方向" name="orientation">
              <Radio.Group optionType="button" options={info.orientations.map((o) => ({ value: o, label: ORIENTATION_LABELS[o] }))} />
            </Form.Item>
          </Col>
        )}
        {hasColor && (
          <Col flex="none">
            <Form.Item label="配色" name="color" extra="不选则用“亮身份”中设定的配色">
              <Radio.Group optionType="button" options={PLACARD_COLORS.map((c) => ({ value: c, label: PLACARD_COLOR_LABELS[c] }))} />
            </Form.Item>
          </Col>
        )}
        {hasPhoto && (
          <Col flex="none">
            <Form.Item label="印照片" name="showPhoto" valuePropName="checked">
              <Switch checkedChildren="印" unCheckedChildren="不印" />
            </Form.Item>
          </Col>
        )}
        {document === 'desk-placard' && (
          <Col flex="none">
            <Form.Item label="印承诺摘要" name="showPledge" valuePropName="checked">
              <Switch checkedChildren="印" unCheckedChildren="不印" />
            </Form.Item>
          </Col>
        )}
        {needsNotice && (
          <Col flex="none">
            <Form.Item label="评诺时段" name="period">
              <Radio.Group optionType="button" options={ASSESSMENT_PERIODS.map((p) => ({ value: p, label: ASSESSMENT_PERIOD_LABELS[p] }))} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {document === 'tip-cards' && (
        <Row gutter={24}>
          <Col flex="none">
            <Form.Item label="印哪些提示牌" name="mode">
              <Radio.Group
                options={[
                  { value: 'generic', label: '通用提示牌' },
                  { value: 'assigned', label: '按人员分配' }
                ]}
              />
            </Form.Item>
          </Col>
          <Col flex="1 1 280px">
            <Form.Item label="提示语类别" name="categories" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一类提示语' }]}>
              <Checkbox.Group options={PHRASE_CATEGORIES.map((c) => ({ value: c, label: PHRASE_CATEGORY_LABELS[c] }))} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {(document === 'pledge-notice' || needsNotice) && (
        <Row gutter={24}>
          <Col flex="1 1 280px">
            <Form.Item
              label="公示期"
              name="noticeRange"
              rules={needsNotice ? [{ required: true, message: '请选择公示期' }] : []}
              extra={needsNotice ? undefined : '可不填'}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col flex="200px">
            <Form.Item label="落款日期" name="date" extra="不填则为今天">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {chooseWho && (
        <Row gutter={24}>
          <Col flex="none">
            <Form.Item label="打印范围" name="scope">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'all', label: '全体党员' },
                  { value: 'team', label: '按班组' },
                  { value: 'people', label: '指定人员' }
                ]}
              />
            </Form.Item>
          </Col>
          {scope === 'team' && (
            <Col flex="none">
              <Form.Item label="班组" name="teamId" rules={[{ required: true, message: '请选择班组' }]}>
                <TeamPicker teams={roster.teams} />
              </Form.Item>
            </Col>
          )}
          {scope === 'people' && (
            <Col flex="1 1 280px">
              <Form.Item label="人员" name="personIds" rules={[{ required: true, type: 'array', min: 1, message: '请选择要打印的党员' }]}>
                <PersonPicker multiple people={roster.members} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
        </Row>
      )}
    </Form>
  )
}
