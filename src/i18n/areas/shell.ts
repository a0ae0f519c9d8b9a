/** UI words of src/ui/shell: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const shellEn = {
  'ui.shell.theme.button': 'Colour scheme: {mode}',
  'ui.shell.theme.system': 'Follow the system',
  'ui.shell.theme.light': 'Light',
  'ui.shell.theme.dark': 'Dark',
  'ui.shell.language.button': 'Language: {language}',

  // The top bar. The app's name stays English in every language: it is the product's name.
  'ui.shell.appName': 'ClusterIP Policy Designer',
  'ui.shell.mode.label': 'External traffic policy mode',
  'ui.shell.profile.label': 'Output profile',
  'ui.shell.mode.caption': 'Traffic policy',
  'ui.shell.profile.caption': 'Output',
  'ui.shell.profile.hardened': 'Hardened',
  'ui.shell.profile.guide': "Guide's recipe",
  'ui.shell.clusterSettings': 'Cluster settings',

  // The design menu.
  'ui.shell.design.button': 'Design: {name}',
  'ui.shell.design.untitled': 'untitled',
  'ui.shell.design.untitledDesign': 'Untitled design',
  'ui.shell.design.new': 'New design',
  'ui.shell.design.examples': 'Examples…',
  'ui.shell.design.import': 'Import YAML…',
  'ui.shell.design.restore': 'Restore previous design',
  'ui.shell.design.restore.nothing': 'Nothing to restore yet',
  'ui.shell.design.download': 'Download design (JSON)',

  // The palette. Shortcut keys (C, Ctrl+D, Delete…) are keys, not words: never translated.
  'ui.shell.palette.label': 'Palette',
  'ui.shell.palette.withShortcut': '{label} ({shortcut})',
  'ui.shell.palette.addClient': 'Add client',
  'ui.shell.palette.addService': 'Add service',
  'ui.shell.palette.addNode': 'Add node',
  'ui.shell.palette.addPod': 'Add pod',
  'ui.shell.palette.addPod.needsNode': 'Add pod (add a node first)',
  'ui.shell.palette.duplicate': 'Duplicate',
  'ui.shell.palette.delete': 'Delete',
  'ui.shell.palette.undo': 'Undo',
  'ui.shell.palette.redo': 'Redo',
  'ui.shell.palette.tidy': 'Tidy layout',

  'ui.shell.confirm.cancel': 'Cancel',

  // What a deletion removes: noun phrases, listed by the delete confirmation.
  'ui.shell.delete.access': 'the access edge from {client} to {service}',
  'ui.shell.delete.accessOf': 'the access edge {client} → {service}',
} as const;

export const shellZhCN: Translation<typeof shellEn> = {
  'ui.shell.theme.button': '配色：{mode}',
  'ui.shell.theme.system': '跟随系统',
  'ui.shell.theme.light': '浅色',
  'ui.shell.theme.dark': '深色',
  'ui.shell.language.button': '语言：{language}',

  'ui.shell.appName': 'ClusterIP Policy Designer',
  'ui.shell.mode.label': '外部流量策略模式',
  'ui.shell.profile.label': '输出方案',
  'ui.shell.mode.caption': '外部流量策略',
  'ui.shell.profile.caption': '输出方案',
  'ui.shell.profile.hardened': '加固',
  'ui.shell.profile.guide': '指南原方案',
  'ui.shell.clusterSettings': '集群设置',

  'ui.shell.design.button': '设计：{name}',
  'ui.shell.design.untitled': '未命名',
  'ui.shell.design.untitledDesign': '未命名设计',
  'ui.shell.design.new': '新建设计',
  'ui.shell.design.examples': '示例…',
  'ui.shell.design.import': '导入 YAML…',
  'ui.shell.design.restore': '恢复上一个设计',
  'ui.shell.design.restore.nothing': '暂无可恢复的设计',
  'ui.shell.design.download': '下载设计（JSON）',

  'ui.shell.palette.label': '工具面板',
  'ui.shell.palette.withShortcut': '{label}（{shortcut}）',
  'ui.shell.palette.addClient': '添加客户端',
  'ui.shell.palette.addService': '添加 Service',
  'ui.shell.palette.addNode': '添加节点',
  'ui.shell.palette.addPod': '添加 Pod',
  'ui.shell.palette.addPod.needsNode': '添加 Pod（请先添加节点）',
  'ui.shell.palette.duplicate': '复制',
  'ui.shell.palette.delete': '删除',
  'ui.shell.palette.undo': '撤销',
  'ui.shell.palette.redo': '重做',
  'ui.shell.palette.tidy': '整理布局',

  'ui.shell.confirm.cancel': '取消',

  'ui.shell.delete.access': '从 {client} 到 {service} 的访问连线',
  'ui.shell.delete.accessOf': '访问连线 {client} → {service}',
};
