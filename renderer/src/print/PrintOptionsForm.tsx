import { Checkbox, Col, DatePicker, Form, InputNumber, Radio, Row, Switch, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { ORIENTATION_LABELS, type PrintDocumentInfo } from '@shared/model/print'
import { NAME_ORDER_LABELS, NAME_ORDERS } from '@shared/rules/name-order-choices'
import { PersonPicker, TeamPicker } from '../components/PersonPicker'
import type { RosterChoices } from '../components/useRosterChoices'
import { isShown, NOTICE_FIELD, SCOPE_FIELD, type PrintControlInfo, type PrintFormValues, type PrintScope } from './print-request'

interface Props {
  info: PrintDocumentInfo
  form: FormInstance<PrintFormValues>
  roster: RosterChoices
  initialValues: PrintFormValues
  /** Any option changed by the user. */
  onChange?: () => void
}

/** Where a kind of control goes: short choices first, then longer ones, the dates, and who is printed. */
type Line = 'basic' | 'choices' | 'dates' | 'scope'
const LINES: Line[] = ['basic', 'choices', 'dates', 'scope']

function lineOf(control: PrintControlInfo): Line {
  switch (control.kind) {
    case 'choice':
      return control.look === 'radios' ? 'choices' : 'basic'
    case 'multi':
    case 'nameOrder':
      return 'choices'
    case 'noticePeriod':
    case 'date':
      return 'dates'
    case 'scope':
      return 'scope'
    default:
      return 'basic'
  }
}

/**
 * The options of one document, drawn from its controls in the catalogue: year, paper, the
 * document's own choices, dates, and who is printed. Knows no document by name.
 */
export function PrintOptionsForm({ info, form, roster, initialValues, onChange }: Props) {
  const watched = Form.useWatch((values: PrintFormValues) => values, { form, preserve: true })
  const values = { ...initialValues, ...watched }
  const shown = info.controls.filter((c) => isShown(c, values))
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} requiredMark={false} onValuesChange={onChange}>
      {LINES.map((line) => {
        const controls = shown.filter((c) => lineOf(c) === line)
        if (!controls.length) return null
        return (
          <Row gutter={24} key={line}>
            {controls.map((control, i) => (
              <Control key={`${control.kind}-${i}`} control={control} roster={roster} scope={values[SCOPE_FIELD] as PrintScope | undefined} />
            ))}
          </Row>
        )
      })}
    </Form>
  )
}

function Control({ control, roster, scope }: { control: PrintControlInfo; roster: RosterChoices; scope?: PrintScope }): ReactNode {
  switch (control.kind) {
    case 'year':
      return (
        <Col flex="120px">
          <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )
    case 'paper':
      return (
        <Col flex="none">
          <Form.Item label="纸张" name="paper">
            <Radio.Group optionType="button" options={control.choices.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
        </Col>
      )
    case 'orientation':
      return (
        <Col flex="none">
          <Form.Item label="纸张方向" name="orientation">
            <Radio.Group optionType="button" options={control.choices.map((o) => ({ value: o, label: ORIENTATION_LABELS[o] }))} />
          </Form.Item>
        </Col>
      )
    case 'nameOrder':
      return (
        <Col flex="none">
          <Form.Item label="名单顺序" name="nameOrder">
            <Radio.Group optionType="button" options={NAME_ORDERS.map((o) => ({ value: o, label: NAME_ORDER_LABELS[o] }))} />
          </Form.Item>
        </Col>
      )
    case 'choice':
      return (
        <Col flex="none">
          <Form.Item
            label={control.label}
            name={control.field}
            extra={control.extra}
            rules={control.optional ? [] : [{ required: true, message: `请选择${control.label}` }]}
          >
            <Radio.Group optionType={control.look === 'radios' ? 'default' : 'button'} options={control.choices} />
          </Form.Item>
        </Col>
      )
    case 'switch':
      return (
        <Col flex="none">
          <Form.Item label={control.label} name={control.field} valuePropName="checked">
            <Switch checkedChildren={control.on} unCheckedChildren={control.off} />
          </Form.Item>
        </Col>
      )
    case 'multi':
      return (
        <Col flex="1 1 280px">
          <Form.Item
            label={control.label}
            name={control.field}
            rules={control.min > 0 ? [{ required: true, type: 'array', min: control.min, message: control.message ?? `至少选择${control.min}项` }] : []}
          >
            <Checkbox.Group options={control.choices} />
          </Form.Item>
        </Col>
      )
    case 'noticePeriod':
      return (
        <Col flex="1 1 280px">
          <Form.Item
            label="公示期"
            name={NOTICE_FIELD}
            rules={control.required ? [{ required: true, message: '请选择公示期' }] : []}
            extra={control.required ? undefined : '可不填'}
          >
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )
    case 'date':
      return (
        <Col flex="200px">
          <Form.Item label={control.label} name={control.field} extra={control.extra}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )
    case 'scope':
      return (
        <>
          <Col flex="none">
            <Form.Item label="打印范围" name={SCOPE_FIELD}>
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
        </>
      )
  }
}
