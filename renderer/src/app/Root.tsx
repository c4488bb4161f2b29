import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { Shell } from './Shell'
import './global.css'

dayjs.locale('zh-cn')

const theme = {
  token: { colorPrimary: '#c8161d', borderRadius: 4, fontSize: 14 },
  // A denser menu: every entry fits the smallest window (680 px high) without scrolling.
  components: { Menu: { itemHeight: 36, itemMarginBlock: 2, groupTitleLineHeight: 1.2 } }
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
