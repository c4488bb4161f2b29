import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { Shell } from './Shell'

dayjs.locale('zh-cn')

const theme = {
  token: { colorPrimary: '#c8161d', borderRadius: 4, fontSize: 14 }
}

export function Root() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  )
}
