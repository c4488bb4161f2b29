import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { Shell } from './Shell'
import './global.css'

dayjs.locale('zh-cn')

/*
 * The primary colour is Party red, and antd draws a field's hover and focus border in the primary:
 * a focused field then looked like one with an error (also red). Fields take antd's own blue for
 * focus instead; an invalid field keeps the error red, focused or not.
 */
export const FOCUS_COLOR = '#1677ff'
const FOCUS_HOVER = '#4096ff'
const FOCUS_OUTLINE = 'rgba(5, 145, 255, 0.1)'
const fieldFocus = { activeBorderColor: FOCUS_COLOR, hoverBorderColor: FOCUS_HOVER, activeShadow: `0 0 0 2px ${FOCUS_OUTLINE}` }

const theme = {
  token: { colorPrimary: '#c8161d', borderRadius: 4, fontSize: 14 },
  components: {
    // A denser menu: every entry fits the smallest window (680 px high) without scrolling.
    Menu: { itemHeight: 36, itemMarginBlock: 2, groupTitleLineHeight: 1.2 },
    Input: fieldFocus,
    InputNumber: fieldFocus,
    DatePicker: fieldFocus,
    Select: { activeBorderColor: FOCUS_COLOR, hoverBorderColor: FOCUS_HOVER, activeOutlineColor: FOCUS_OUTLINE }
  }
}

export function Root() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      {/* One message at a time: a stack of them would cover the page's toolbar. */}
      <AntApp message={{ maxCount: 1 }}>
        <Shell />
      </AntApp>
    </ConfigProvider>
  )
}
