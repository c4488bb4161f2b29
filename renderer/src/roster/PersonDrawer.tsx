import { Alert, App, AutoComplete, Button, Checkbox, Col, Divider, Form, Radio, Row, Select, Space } from 'antd'
import { useMemo, useState } from 'react'
import type { PersonRow, TeamRow } from '@shared/roster/contract'
import {
  DUTY_STATUSES,
  DUTY_STATUS_LABELS,
  EDUCATION_CHOICES,
  GENDERS,
  GENDER_LABELS,
  isPartyMember,
  POLITICAL_STATUSES,
  POLITICAL_STATUS_LABELS,
  type PoliticalStatus
} from '@shared/roster/model'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { missingGlyphText } from './NameFlags'
import { PartialDateInput } from './PartialDateInput'
import { formValues, inputErrors, inputWarnings, NEW_PERSON, toPersonInput, validateDateText, validateIdNumberText, type PersonFormValues } from './person-form'
import { PhotoField } from './PhotoField'
import { useGlyphCheck } from './use-glyph-check'
import { NoteList } from './NoteList'
import { LimitedInput, LimitedTextArea } from '../components/LimitedText'
import { textRules, type TextLimit } from '../components/text-limit'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../components/unsaved'

const ETHNICITIES = ['汉族', '回族', '满族', '壮族', '蒙古族', '藏族', '维吾尔族', '苗族', '彝族', '土家族', '朝鲜族', '侗族', '瑶族', '白族']
const options = (values: readonly string[]) => values.map((value) => ({ value }))
const dateRules = [{ validator: validateDateText }]

/** The limits of main's person schema (shared/roster/model.ts). */
const LIMITS = {
  name: { label: '姓名', max: 20, required: true },
  phone: { label: '联系电话', max: 40 },
  idNumber: { label: '身份证号', max: 18 },
  partyPost: { label: '党内职务', max: 30 },
  adminPost: { label: '行政职务', max: 30 },
  post: { label: '岗位', max: 30 },
  duties: { label: '岗位职责', max: 1000 },
  note: { label: '备注', max: 500 }
} satisfies Record<string, TextLimit>

interface Props {
  /** null: a new person. */
  person: PersonRow | null
  teams: TeamRow[]
  onClose: () => void
  /** After a save, and after a saved person's photo changed. */
  onSaved: (person: PersonRow) => void
}

/** 新增 / 编辑人员: every field of the roster, checked as main checks it, with the print-font warning. */
export function PersonDrawer({ person, teams, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PersonFormValues>()
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const loaded = useMemo(() => formValues(person), [person])
  const guard = useUnsavedGuard(form, loaded)
  const values = Form.useWatch([], { form, preserve: true }) as PersonFormValues | undefined
  const missing = useGlyphCheck(values?.name ?? person?.name ?? '')
  const warnings = useMemo(() => (values ? inputWarnings(toPersonInput({ ...NEW_PERSON, ...values })) : []), [values])

  const save = async (next: boolean) => {
    const typed = await form.validateFields().catch(() => null)
    if (!typed) return
    const input = toPersonInput({ ...form.getFieldsValue(true), ...typed }, person?.id)
    const errors = inputErrors(input)
    if (errors.length) {
      form.setFields(errors.map((e) => ({ name: e.field, errors: [e.message] })))
      return
    }
    setSaving(true)
    const saved = await call(api.roster.savePerson(input))
    setSaving(false)
    if (!saved) return
    void message.success(`已保存「${saved.name}」`)
    onSaved(saved)
    if (next) {
      form.setFieldsValue({ ...NEW_PERSON, teamId: saved.teamId })
      guard.accept()
    } else onClose()
  }
  // A saved person's photo is changed at once, on its own: the rest of the form may still be unsaved.
  const photoSaved = (saved: PersonRow) => {
    guard.accept({ photo: saved.photo })
    onSaved(saved)
  }

  const outsider = values?.isOutsider ?? person?.isOutsider ?? false
  const status: PoliticalStatus = values?.politicalStatus ?? person?.politicalStatus ?? 'masses'
  const showPartyDates = isPartyMember(status) || Boolean(values?.joinedPartyOn || values?.fullMemberOn)

  return (
    <GuardedDrawer
      open
      size={780}
      title={person ? `编辑人员：${person.name}` : '新增人员'}
      guard={guard}
      onClose={onClose}
      footer={
        <Space style={{ float: 'right' }}>
          <CancelButton />
          {!person && (
            <Button loading={saving} onClick={() => save(true)}>
              保存并新增下一位
            </Button>
          )}
          <Button type="primary" loading={saving} onClick={() => save(false)}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={loaded} scrollToFirstError>
        <Row gutter={16}>
          <Col span={18}>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  label="姓名"
                  name="name"
                  required
                  rules={textRules(LIMITS.name)}
                  extra={missing.length > 0 && <span style={{ color: '#d46b08' }}>{missingGlyphText(missing)}，打印时会显示为空框</span>}
                >
                  <LimitedInput limit={LIMITS.name} autoFocus={!person} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="性别" name="gender">
                  <Radio.Group options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="民族" name="ethnicity">
                  <AutoComplete options={options(ETHNICITIES)} placeholder="如 汉族" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="出生年月" name="birth" rules={dateRules} validateTrigger="onBlur">
                  <PartialDateInput placeholder="如 1990.05，日可不填" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="学历" name="education">
                  <AutoComplete options={options(EDUCATION_CHOICES)} placeholder="可选择或直接填写" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="联系电话" name="phone" rules={textRules(LIMITS.phone)}>
                  <LimitedInput limit={LIMITS.phone} placeholder="多个号码用“/”隔开" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item label="身份证号" name="idNumber" rules={[...textRules(LIMITS.idNumber), { validator: validateIdNumberText }]} validateTrigger="onBlur" extra="可不填；填写时会校验最后一位">
                  <LimitedInput limit={LIMITS.idNumber} style={{ maxWidth: 280 }} />
                </Form.Item>
              </Col>
            </Row>
          </Col>
          <Col span={6}>
            <Form.Item label="照片" name="photo">
              <PhotoField personId={person?.id} onPersonChanged={photoSaved} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          政治面貌
        </Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="政治面貌" name="politicalStatus">
              <Select options={POLITICAL_STATUSES.map((s) => ({ value: s, label: POLITICAL_STATUS_LABELS[s] }))} />
            </Form.Item>
          </Col>
          {showPartyDates && (
            <>
              <Col span={8}>
                <Form.Item label="入党时间" name="joinedPartyOn" rules={dateRules} validateTrigger="onBlur">
                  <PartialDateInput />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label="转正时间" name="fullMemberOn" rules={dateRules} validateTrigger="onBlur" extra={status === 'probationary' ? '预备党员转正后再填' : undefined}>
                  <PartialDateInput />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={8}>
            <Form.Item label="党内职务" name="partyPost" rules={textRules(LIMITS.partyPost)}>
              <LimitedInput limit={LIMITS.partyPost} placeholder="如 支部书记、党小组长" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          工作岗位
        </Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="所在班组" name="teamId" extra={outsider ? '单位外人员不属于本单位班组' : undefined}>
              <Select
                allowClear
                disabled={outsider}
                placeholder={teams.length ? '请选择' : '还没有班组，可到“班组”页添加'}
                options={teams.map((t) => ({ value: t.id, label: t.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="行政职务" name="adminPost" rules={textRules(LIMITS.adminPost)}>
              <LimitedInput limit={LIMITS.adminPost} placeholder="如 主任、科长" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="岗位" name="post" rules={textRules(LIMITS.post)}>
              <LimitedInput limit={LIMITS.post} placeholder="如 综合受理" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="岗位职责" name="duties" rules={textRules(LIMITS.duties)} extra="印在党员岗位牌上，可分条填写">
              <LimitedTextArea limit={LIMITS.duties} rows={3} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="在岗状态" name="dutyStatus">
              <Select options={DUTY_STATUSES.map((s) => ({ value: s, label: DUTY_STATUS_LABELS[s] }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="身份">
              <Space wrap>
                <Form.Item name="isLeader" valuePropName="checked" noStyle>
                  <Checkbox>领导干部</Checkbox>
                </Form.Item>
                <Form.Item name="isSupervisor" valuePropName="checked" noStyle>
                  <Checkbox disabled={outsider}>特约监督员</Checkbox>
                </Form.Item>
                <Form.Item name="isOutsider" valuePropName="checked" noStyle>
                  <Checkbox onChange={(e) => e.target.checked && form.setFieldsValue({ isSupervisor: true, teamId: null })}>单位外人员（外聘监督员）</Checkbox>
                </Form.Item>
              </Space>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="备注" name="note" rules={textRules(LIMITS.note)}>
              <LimitedTextArea limit={LIMITS.note} rows={2} />
            </Form.Item>
          </Col>
        </Row>
        {warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title="请核对（不影响保存）"
            description={<NoteList items={warnings} />}
          />
        )}
      </Form>
    </GuardedDrawer>
  )
}
