/**
 * The inspector: the form of whatever is selected (a client, node, service or pod, an access
 * edge) or, with nothing selected, the cluster settings. Every form edits the design through
 * `dispatch` only, and only with values the format accepts.
 */
import Box from '@mui/material/Box';
import { assertNever } from '../../model/assertNever';
import { elementById, type Element } from '../../model/commands';
import type { Design } from '../../model/design';
import { useDesign, useSelection } from '../../state/hooks';
import type { Selection } from '../../state/store';
import { AccessForm } from './AccessForm';
import { ClientForm } from './ClientForm';
import { isGroupId } from '../canvas/groups';
import { ClusterForm } from './ClusterForm';
import { GroupSummary } from './GroupSummary';
import { NodeForm } from './NodeForm';
import { PodForm } from './PodForm';
import { ServiceForm } from './ServiceForm';

function ElementForm({ element }: { element: Element }) {
  switch (element.kind) {
    case 'client':
      return <ClientForm client={element.value} />;
    case 'node':
      return <NodeForm node={element.value} />;
    case 'service':
      return <ServiceForm service={element.value} />;
    case 'pod':
      return <PodForm pod={element.value} />;
    default:
      return assertNever(element, 'element');
  }
}

/** The form for a selection; each is keyed by what it edits, so switching starts a fresh form. */
function formFor(design: Design, selection: Selection) {
  if (selection?.kind === 'element') {
    const element = elementById(design, selection.id);
    if (element) return <ElementForm key={`element:${element.value.id}`} element={element} />;
    if (isGroupId(selection.id)) return <GroupSummary design={design} id={selection.id} />;
  }
  if (selection?.kind === 'access') {
    const access = design.access.find(
      (a) => a.client === selection.client && a.service === selection.service,
    );
    if (access)
      return <AccessForm key={`access:${access.client}->${access.service}`} access={access} />;
  }
  return <ClusterForm key="cluster" />;
}

export function Inspector() {
  const design = useDesign();
  const selection = useSelection();
  // `data-inspector` finds the inspector whatever the language of its region's label (F2, see
  // useShortcuts).
  return (
    <Box data-inspector sx={{ p: 1.5 }}>
      {formFor(design, selection)}
    </Box>
  );
}
