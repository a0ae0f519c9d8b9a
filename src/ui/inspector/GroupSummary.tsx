/**
 * The inspector of a large design's group card (src/ui/canvas/groups.ts): what the group is, the
 * button that opens or closes it on the canvas, and its members, each of which selects that
 * element (a pod or node shown inside a closed group opens the group first).
 */
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import type { Design } from '../../model/design';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { findGroup } from '../canvas/groups';
import { toggleGroup, useOpenGroups } from '../canvas/groupState';
import { FormHeading, Hint, SectionTitle } from './fields';

export function GroupSummary({ design, id }: { design: Design; id: string }) {
  const t = useT();
  const store = useStore();
  const open = useOpenGroups();
  const group = findGroup(design, id);
  if (!group) return <Hint>{t('ui.inspector.group.gone')}</Hint>;
  const isOpen = open.has(group.id);
  const count = group.members.length;
  const members =
    group.kind === 'nodes'
      ? group.members.map((n) => ({
          id: n.id,
          primary: n.name,
          secondary: n.interfaces.flatMap((i) => i.ips).join(', '),
        }))
      : group.members.map((p) => ({
          id: p.id,
          primary: `${p.namespace}/${p.name}`,
          secondary: [p.ip, design.nodes.find((n) => n.id === p.node)?.name ?? p.node]
            .filter(Boolean)
            .join(' · '),
        }));
  const name = group.name || t('ui.canvas.group.unlabelled');
  return (
    <Stack spacing={1.25}>
      <FormHeading
        kind={t(group.kind === 'nodes' ? 'ui.inspector.group.nodes' : 'ui.inspector.group.pods')}
        name={t('ui.canvas.group.title', { name, count })}
      />
      <Hint>
        {group.kind === 'nodes'
          ? t('ui.inspector.group.nodesHint', {
              labels: group.labels.join(', ') || t('ui.canvas.group.noLabels'),
            })
          : t('ui.inspector.group.podsHint', { name })}
      </Hint>
      <Button
        variant="outlined"
        size="small"
        aria-expanded={isOpen}
        onClick={() => toggleGroup(group.id)}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t(isOpen ? 'ui.canvas.group.collapse' : 'ui.canvas.group.expand')}
      </Button>
      <SectionTitle id="group-members">{t('ui.inspector.group.members', { count })}</SectionTitle>
      <List
        dense
        disablePadding
        aria-labelledby="group-members"
        sx={{ maxHeight: 360, overflow: 'auto' }}
      >
        {members.map((m) => (
          <ListItemButton
            key={m.id}
            onClick={() => {
              if (!isOpen) toggleGroup(group.id);
              store.select({ kind: 'element', id: m.id });
            }}
          >
            <ListItemText primary={m.primary} secondary={m.secondary} />
          </ListItemButton>
        ))}
      </List>
    </Stack>
  );
}
