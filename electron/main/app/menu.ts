import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron'

/** The Chinese application menu. Features live in the window; the menu keeps the usual editing keys working. */
export function buildMenu(actions: { openDataDir: () => void }): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '打开数据文件夹', click: actions.openDataDir },
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' }
      ]
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' }
      ]
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' }
      ]
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: '关于',
              message: '三亮三比三评工作台',
              detail: `版本 ${app.getVersion()}\n离线运行，数据只保存在本机。`
            })
        }
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}
