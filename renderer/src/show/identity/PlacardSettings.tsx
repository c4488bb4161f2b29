import { App, Button, Card, Form, Radio } from 'antd'
import { useEffect, useState } from 'react'
import { PLACARD_COLOR_LABELS, PLACARD_COLORS, type ShowSettings } from '@shared/show/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedInput } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { useUnsavedGuard } from '../../components/unsaved'

type Values = Pick<ShowSettings, 'supervisionPhone' | 'placardColor'>

const PHONE: TextLimit = { label: '监督电话', max: 40 }

/** 监督电话 and the placards' colours, printed on every placard and notice of the stage. */
export function PlacardSettings() {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.show.settings())
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  // Joins the page's scope: leaving the page through the menu asks while the form is unsaved.
  useUnsavedGuard(form, settings.data)

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  const save = async (values: Values) => {
    if (!settings.data) return
    setSaving(true)
    const saved = await call(api.show.settingsSave({ ...settings.data, ...values, supervisionPhone: values.supervisionPhone?.trim() ?? '' }))
    setSaving(false)
    if (saved) {
      settings.setData(saved)
      void message.success('已保存')
    }
  }

  return (
    <Card size="small" title="岗位牌、桌牌设置" loading={settings.loading}>
      <Form form={form} layout="inline" onFinish={save}>
        <Form.Item
          label="监督电话"
          name="supervisionPhone"
          rules={[...textRules(PHONE), { pattern: /^$|^[0-9+＋()（）\-－\s转]{5,40}$/, message: '监督电话只能包含数字、横线、括号和“转”' }]}
          tooltip="印在岗位牌、桌牌和公示上；不填则用单位信息中的联系电话"
        >
          <LimitedInput limit={PHONE} style={{ width: 220 }} placeholder="不填则用单位联系电话" />
        </Form.Item>
        <Form.Item label="桌牌配色" name="placardColor">
          <Radio.Group optionType="button" options={PLACARD_COLORS.map((c) => ({ value: c, label: PLACARD_COLOR_LABELS[c] }))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  )
}
