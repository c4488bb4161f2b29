import { App, Button, Card, Form, InputNumber } from 'antd'
import { useEffect, useState } from 'react'
import type { UnitSettings } from '@shared/model/settings'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'
import { LimitedInput } from '../components/LimitedText'
import { textRules, type TextLimit } from '../components/text-limit'
import { useUnsavedGuard } from '../components/unsaved'

/** The limits of main's settings schema (shared/model/settings.ts). */
const LIMITS = {
  unitName: { label: '单位名称', max: 60, required: true },
  branchName: { label: '党组织名称', max: 60 },
  principal: { label: '负责人姓名', max: 20 },
  phone: { label: '联系电话', max: 40 },
  noticeSignature: { label: '公示落款', max: 60 }
} satisfies Record<string, TextLimit>

/** 单位信息: the header and 落款 of every printed document. */
export function UnitForm() {
  const [form] = Form.useForm<UnitSettings>()
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const settings = useLoad(() => api.settings.get())
  // Joins the page's scope: leaving 设置 through the menu asks while the form is unsaved.
  const guard = useUnsavedGuard(form, settings.data)

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  const save = async (values: UnitSettings) => {
    setSaving(true)
    const saved = await call(api.settings.save(values))
    setSaving(false)
    if (saved) {
      form.setFieldsValue(saved)
      guard.accept()
      void message.success('单位信息已保存')
    }
  }

  return (
    <Card title="单位信息" loading={settings.loading}>
      <Form form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 16 }} onFinish={save} style={{ maxWidth: 720 }}>
        <Form.Item label="单位名称" name="unitName" rules={textRules(LIMITS.unitName)}>
          <LimitedInput limit={LIMITS.unitName} placeholder="例如：某某供电公司城区营业所" />
        </Form.Item>
        <Form.Item label="党组织名称" name="branchName" rules={textRules(LIMITS.branchName)}>
          <LimitedInput limit={LIMITS.branchName} placeholder="例如：中共某某营业所支部委员会" />
        </Form.Item>
        <Form.Item label="活动年度" name="year" rules={[{ required: true, message: '请填写活动年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="负责人" name="principal" rules={textRules(LIMITS.principal)}>
          <LimitedInput limit={LIMITS.principal} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label="联系电话"
          name="phone"
          rules={[...textRules(LIMITS.phone), { pattern: /^$|^[0-9+＋()（）\-－\s转]{5,40}$/, message: '联系电话只能包含数字、横线、括号和“转”' }]}
        >
          <LimitedInput limit={LIMITS.phone} style={{ width: 260 }} placeholder="用作监督电话" />
        </Form.Item>
        <Form.Item label="公示落款" name="noticeSignature" rules={textRules(LIMITS.noticeSignature)} extra="印在公示材料末尾，留空则用党组织名称">
          <LimitedInput limit={LIMITS.noticeSignature} />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 5 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  )
}
