/** UI words of src/ui/canvas: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const canvasEn = {
  // The canvas itself and React Flow's own parts (its controls, minimap and screen-reader hints).
  'ui.canvas.label': 'Design canvas',
  'ui.canvas.minimap': 'Minimap',
  'ui.canvas.controls': 'Control Panel',
  'ui.canvas.controls.zoomIn': 'Zoom In',
  'ui.canvas.controls.zoomOut': 'Zoom Out',
  'ui.canvas.controls.fitView': 'Fit View',
  'ui.canvas.controls.interactive': 'Toggle Interactivity',
  'ui.canvas.handle': 'Handle',
  'ui.canvas.a11y.node':
    'Press enter or space to select a node. Press delete to remove it and escape to cancel.',
  'ui.canvas.a11y.edge':
    'Press enter or space to select an edge. You can then press delete to remove it or escape to cancel.',
  /** Announced after an arrow key moved the selected element; `{direction}` is one of the below. */
  'ui.canvas.a11y.moved': 'Moved selected node {direction}. New position, x: {x}, y: {y}',
  /**
   * Read after the name of an element or access edge that a rule selected in the output lights
   * (the selected element itself is `aria-current`, which screen readers read as "current").
   */
  'ui.canvas.a11y.lit': 'Highlighted: the rule selected in the output comes from it.',
  /** Read after the name of an element on the packet path the Test traffic tab draws. */
  'ui.canvas.a11y.traceOn': 'On the simulated packet’s path.',
  'ui.canvas.a11y.traceDrop': 'The simulated packet is dropped here.',
  'ui.canvas.direction.left': 'left',
  'ui.canvas.direction.right': 'right',
  'ui.canvas.direction.up': 'up',
  'ui.canvas.direction.down': 'down',

  // Accessible names of the elements (end-to-end tests find elements by these).
  'ui.canvas.node.client': 'External client {name}: {cidrs}',
  'ui.canvas.node.service': 'Service {namespace}/{name}: {clusterIP}',
  'ui.canvas.node.host': 'Node {name}',
  'ui.canvas.node.pod': 'Pod {namespace}/{name}',
  'ui.canvas.node.podWithIP': 'Pod {namespace}/{name}: {ip}',
  /** A node's detail line when it has no interface yet. */
  'ui.canvas.host.noInterfaces': 'no interfaces',

  // A large design's group cards: nodes of one role, the pods of one Service ("worker × 180").
  'ui.canvas.group.title': '{name} × {count}',
  'ui.canvas.group.nodes': 'Node group {name}: {count} nodes',
  'ui.canvas.group.pods': 'Pods of {name}: {count}',
  /** The open/close button's name; whether the group is open is its expanded state. */
  'ui.canvas.group.toggle': 'Members of {name} × {count}',
  'ui.canvas.group.expand': 'Show each member',
  'ui.canvas.group.collapse': 'Show as one card',
  /** A node group's name and detail line when its nodes have no labels. */
  'ui.canvas.group.unlabelled': 'nodes',
  'ui.canvas.group.noLabels': 'no labels',

  // An access edge: its label (the ports it allows) and its name.
  'ui.canvas.access.ports': 'ports {ports}',
  'ui.canvas.access.allPorts': 'all ports',
  'ui.canvas.access.name': 'Access from {client} to {service}',
  /** The label button's name: the edge's name and its label. */
  'ui.canvas.access.labelName': '{name}: {label}',

  // The packet path legend of the Test traffic tab's trace (TracePath.tsx).
  'ui.canvas.trace.heading': 'Packet path: {verdict}',
  'ui.canvas.trace.allowed': 'Allowed',
  'ui.canvas.trace.denied': 'Denied',
  'ui.canvas.trace.mixed': 'Allowed to some backends',
} as const;

export const canvasZhCN: Translation<typeof canvasEn> = {
  'ui.canvas.label': '设计画布',
  'ui.canvas.minimap': '小地图',
  'ui.canvas.controls': '控制面板',
  'ui.canvas.controls.zoomIn': '放大',
  'ui.canvas.controls.zoomOut': '缩小',
  'ui.canvas.controls.fitView': '适应视图',
  'ui.canvas.controls.interactive': '切换交互',
  'ui.canvas.handle': '连接点',
  'ui.canvas.a11y.node': '按 Enter 或空格键选中元素。按 Delete 删除，按 Esc 取消。',
  'ui.canvas.a11y.edge': '按 Enter 或空格键选中连线，然后可按 Delete 删除，按 Esc 取消。',
  'ui.canvas.a11y.moved': '已将选中的元素向{direction}移动。新位置：x {x}，y {y}',
  'ui.canvas.a11y.lit': '已高亮：输出中选中的规则由它产生。',
  'ui.canvas.a11y.traceOn': '位于模拟数据包的路径上。',
  'ui.canvas.a11y.traceDrop': '模拟数据包在此被丢弃。',
  'ui.canvas.direction.left': '左',
  'ui.canvas.direction.right': '右',
  'ui.canvas.direction.up': '上',
  'ui.canvas.direction.down': '下',

  'ui.canvas.node.client': '外部客户端 {name}：{cidrs}',
  'ui.canvas.node.service': 'Service {namespace}/{name}：{clusterIP}',
  'ui.canvas.node.host': '节点 {name}',
  'ui.canvas.node.pod': 'Pod {namespace}/{name}',
  'ui.canvas.node.podWithIP': 'Pod {namespace}/{name}：{ip}',
  'ui.canvas.host.noInterfaces': '无网络接口',

  'ui.canvas.group.title': '{name} × {count}',
  'ui.canvas.group.nodes': '节点组 {name}：{count} 个节点',
  'ui.canvas.group.pods': '{name} 的 Pod：{count} 个',
  'ui.canvas.group.toggle': '{name} × {count} 的成员',
  'ui.canvas.group.expand': '逐个显示成员',
  'ui.canvas.group.collapse': '合并为一张卡片',
  'ui.canvas.group.unlabelled': '节点',
  'ui.canvas.group.noLabels': '无标签',

  'ui.canvas.access.ports': '端口 {ports}',
  'ui.canvas.access.allPorts': '所有端口',
  'ui.canvas.access.name': '从 {client} 访问 {service}',
  'ui.canvas.access.labelName': '{name}：{label}',

  'ui.canvas.trace.heading': '数据包路径：{verdict}',
  'ui.canvas.trace.allowed': '允许',
  'ui.canvas.trace.denied': '拒绝',
  'ui.canvas.trace.mixed': '允许到部分后端',
} as const;
