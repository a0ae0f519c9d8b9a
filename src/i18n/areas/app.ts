/** UI words of src/app: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const appEn = {
  // The three regions of the page, as screen readers announce them.
  'ui.app.canvas': 'Canvas',
  'ui.app.inspector': 'Inspector',
  'ui.app.output': 'Output',
  // The empty design's hint on the canvas.
  'ui.app.empty.title': 'An empty design',
  'ui.app.empty.body':
    "Add nodes, services, pods and external clients with the palette on the left (or the keys N, S, P and C). Then drag from a client's right edge to a service to grant it access, or pick the service in the client's inspector. The Calico YAML and the reason for every rule appear on the right as you go.",
  'ui.app.empty.example': "Open the guide's example",
  // Autosave cannot write.
  'ui.app.notSaved.title': 'Changes are not being saved',
  'ui.app.notSaved.text':
    "This browser's storage is full or switched off, so the design lives only in this tab. Use “Download design (JSON)” in the design menu to keep it.",
  // Deleting the selection: one line per thing that goes.
  'ui.app.delete.title': 'Delete?',
  'ui.app.delete.line': 'Removes {what}',
  'ui.app.delete.confirm': 'Delete',
  'ui.app.delete.cancel': 'Cancel',
} as const;

export const appZhCN: Translation<typeof appEn> = {
  'ui.app.canvas': '画布',
  'ui.app.inspector': '属性面板',
  'ui.app.output': '输出',
  'ui.app.empty.title': '空白设计',
  'ui.app.empty.body':
    '用左侧的工具面板（或按键 N、S、P、C）添加节点、Service、Pod 和外部客户端。然后从客户端的右边缘拖到一个 Service 上授予访问权限，或在客户端的属性面板里选择该 Service。Calico YAML 和每条规则的理由会随时显示在右侧。',
  'ui.app.empty.example': '打开指南中的示例',
  'ui.app.notSaved.title': '更改未被保存',
  'ui.app.notSaved.text':
    '此浏览器的存储已满或已关闭，设计只保存在当前标签页中。请使用设计菜单中的“下载设计（JSON）”来保留它。',
  'ui.app.delete.title': '删除？',
  'ui.app.delete.line': '删除{what}',
  'ui.app.delete.confirm': '删除',
  'ui.app.delete.cancel': '取消',
};
