/**
 * UI words of src/ui/boundary (a part of the app that failed, and what the user can do about it):
 * English, and 简体中文 with every id (a missing one is a type error).
 */
import type { Translation } from '../translation';

export const boundaryEn = {
  // What failed, as the subject of the titles below.
  'ui.boundary.area.app': 'The designer',
  'ui.boundary.area.canvas': 'The canvas',
  'ui.boundary.area.inspector': 'The inspector',
  'ui.boundary.area.output': 'This output view',
  'ui.boundary.area.simulator': 'The simulator',
  'ui.boundary.area.trace': "The packet's path",
  'ui.boundary.area.tour': 'The guided tour',
  'ui.boundary.area.import': 'The import dialog',
  /** `{area}`: one of the above. A part that threw while it was drawn. */
  'ui.boundary.crashed': '{area} stopped working',
  'ui.boundary.crashed.text':
    'The rest of the designer still works. If your last change caused this, undo it or restore the previous design; this part is drawn again as soon as the design changes.',
  'ui.boundary.crashed.appText':
    'Your design is kept in this browser. Undo the last change, restore the previous design, or download the design to report the problem.',
  /** A part whose code did not download, even on a second try. */
  'ui.boundary.chunk': '{area} could not be loaded',
  'ui.boundary.chunk.text':
    'Its code did not download, even on a second try. If the app was updated since this page was opened, reload the page to get the new version: the design is saved in this browser and comes back.',
  /** `{detail}`: the error's own message, as the browser or the code wrote it. */
  'ui.boundary.detail': 'What failed: {detail}',
  'ui.boundary.retry': 'Try again',
  'ui.boundary.undo': 'Undo the last change',
  'ui.boundary.restore': 'Restore previous design',
  'ui.boundary.reload': 'Reload the page',
  'ui.boundary.download': 'Download design (JSON)',
  'ui.boundary.close': 'Close',
} as const;

export const boundaryZhCN: Translation<typeof boundaryEn> = {
  'ui.boundary.area.app': '设计器',
  'ui.boundary.area.canvas': '画布',
  'ui.boundary.area.inspector': '属性面板',
  'ui.boundary.area.output': '此输出视图',
  'ui.boundary.area.simulator': '模拟器',
  'ui.boundary.area.trace': '数据包路径',
  'ui.boundary.area.tour': '新手导览',
  'ui.boundary.area.import': '导入对话框',
  'ui.boundary.crashed': '{area}出错，已停止工作',
  'ui.boundary.crashed.text':
    '设计器的其他部分仍可正常使用。如果是上一次更改引起的，请撤销该更改或恢复上一个设计；设计一有变化，这一部分会重新显示。',
  'ui.boundary.crashed.appText':
    '设计已保存在此浏览器中。可以撤销上一次更改、恢复上一个设计，或下载设计用于报告问题。',
  'ui.boundary.chunk': '{area}无法加载',
  'ui.boundary.chunk.text':
    '其代码未能下载（已重试一次）。如果此页面打开后应用已更新，请重新加载页面以获取新版本：设计已保存在此浏览器中，重新加载后仍在。',
  'ui.boundary.detail': '失败原因：{detail}',
  'ui.boundary.retry': '重试',
  'ui.boundary.undo': '撤销上一次更改',
  'ui.boundary.restore': '恢复上一个设计',
  'ui.boundary.reload': '重新加载页面',
  'ui.boundary.download': '下载设计（JSON）',
  'ui.boundary.close': '关闭',
};
