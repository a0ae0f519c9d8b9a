/**
 * The live output beside the canvas: the generated YAML, the explanation of every rule, the
 * design's problems, and the traffic simulator (one packet's trace; the reachability matrix), each
 * a tab. Everything is derived from the store on every change; the selection and the simulator's
 * view state live in stores too, so switching tabs never loses them.
 */
import LinearProgress from '@mui/material/LinearProgress';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import {
  Suspense,
  memo,
  useCallback,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { LintSeverity } from '../../generator/types';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { lazyChunk } from '../boundary/lazyChunk';
import { PanelBoundary } from '../boundary/PanelBoundary';
import { ExplanationView } from './ExplanationView';
import { ProblemsView, countLints } from './ProblemsView';
import { withNodes } from './withNodes';
import { YamlView, type ShownPart } from './YamlView';

// The simulator's panels load when their tab is first opened, keeping them off the first render.
const TestTrafficPanel = lazyChunk(() =>
  import('../simulator/TestTrafficPanel').then((m) => m.TestTrafficPanel),
);
const ReachabilityPanel = lazyChunk(() =>
  import('../simulator/ReachabilityPanel').then((m) => m.ReachabilityPanel),
);

type OutputTab = 'yaml' | 'explanation' | 'problems' | 'traffic' | 'reachability';

const tabId = (tab: OutputTab) => `output-tab-${tab}`;
const panelId = (tab: OutputTab) => `output-panel-${tab}`;

function ProblemsLabel({ counts }: { counts: Record<LintSeverity, number> }) {
  const t = useT();
  const others = counts.warning + counts.info;
  if (!counts.error) return <>{t('ui.output.tab.problems', { count: others })}</>;
  const errors = (
    <Box component="span" sx={{ color: 'error.main', fontWeight: 700 }}>
      {counts.error}
    </Box>
  );
  const text =
    others > 0
      ? t('ui.output.tab.problemsErrorsOthers', { others })
      : t('ui.output.tab.problemsErrors');
  return <>{withNodes(text, { errors })}</>;
}

/**
 * Every panel exists (tabs point at it); only the active one renders its view, inside a boundary
 * of its own: a view that fails leaves the tabs and the other views working.
 */
function TabPanel({
  tab,
  active,
  children,
}: {
  tab: OutputTab;
  active: OutputTab;
  children: ReactNode;
}) {
  const shown = tab === active;
  return (
    <Box
      role="tabpanel"
      id={panelId(tab)}
      aria-labelledby={tabId(tab)}
      hidden={!shown}
      sx={{ flex: 1, minHeight: 0, display: shown ? 'flex' : 'none', flexDirection: 'column' }}
    >
      {shown && (
        <PanelBoundary area={tab === 'traffic' || tab === 'reachability' ? 'simulator' : 'output'}>
          {children}
        </PanelBoundary>
      )}
    </Box>
  );
}

/**
 * The lint counts of the current generation (`error`, `warning`, `info`). Read as one string, so
 * that the tabs re-render when a count changes, not on every edit (MUI's tabs measure themselves
 * each time they render).
 */
function useLintCounts(): Record<LintSeverity, number> {
  const store = useStore();
  const key = useSyncExternalStore(store.subscribe, () => {
    const c = countLints(store.getGeneration().current.lints);
    return `${c.error}/${c.warning}/${c.info}`;
  });
  return useMemo(() => {
    const [error = 0, warning = 0, info = 0] = key.split('/').map(Number);
    return { error, warning, info };
  }, [key]);
}

const OutputTabs = memo(function OutputTabs({
  tab,
  onChange,
}: {
  tab: OutputTab;
  onChange: (tab: OutputTab) => void;
}) {
  const t = useT();
  const counts = useLintCounts();
  return (
    <Tabs
      value={tab}
      onChange={(_, value: OutputTab) => onChange(value)}
      aria-label={t('ui.output.tabs.label')}
      data-tour="output"
      variant="scrollable"
      scrollButtons="auto"
      sx={{
        minHeight: 40,
        borderBottom: 1,
        borderColor: 'divider',
        flex: 'none',
        // Five tabs fit the 400 px column at 1280 px wide (narrow padding, no minimum width);
        // when a long Problems label does not, scroll arrows appear.
        '& .MuiTab-root': {
          minHeight: 40,
          textTransform: 'none',
          minWidth: 0,
          px: 0.75,
          fontSize: 13,
        },
        '& .MuiTabs-scrollButtons': { width: 24 },
      }}
    >
      <Tab
        value="yaml"
        label={t('ui.output.tab.yaml')}
        id={tabId('yaml')}
        aria-controls={panelId('yaml')}
      />
      <Tab
        value="explanation"
        label={t('ui.output.tab.explanation')}
        id={tabId('explanation')}
        aria-controls={panelId('explanation')}
      />
      <Tab
        value="problems"
        label={<ProblemsLabel counts={counts} />}
        icon={
          counts.error ? <ErrorOutlineIcon fontSize="small" color="error" aria-hidden /> : undefined
        }
        iconPosition="start"
        id={tabId('problems')}
        aria-controls={panelId('problems')}
      />
      <Tab
        value="traffic"
        label={t('ui.output.tab.traffic')}
        id={tabId('traffic')}
        aria-controls={panelId('traffic')}
      />
      <Tab
        value="reachability"
        label={t('ui.output.tab.reachability')}
        id={tabId('reachability')}
        aria-controls={panelId('reachability')}
      />
    </Tabs>
  );
});

/**
 * The output panel: YAML | Explanation | Problems (N) | Test traffic | Reachability. Reads the
 * stores; takes no props.
 */
export function OutputPanel() {
  const t = useT();
  const [tab, setTab] = useState<OutputTab>('yaml');
  // Kept here, not in the view: switching tabs and back shows the part the user chose.
  const [part, setPart] = useState<ShownPart>('policies');
  // A rule clicked in a trace is selected (by the simulator views); the policies show it lit.
  const showYaml = useCallback(() => {
    setTab('yaml');
    setPart('policies');
  }, []);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, minWidth: 0 }}>
      <OutputTabs tab={tab} onChange={setTab} />
      <TabPanel tab="yaml" active={tab}>
        <YamlView part={part} onPartChange={setPart} />
      </TabPanel>
      <TabPanel tab="explanation" active={tab}>
        <ExplanationView />
      </TabPanel>
      <TabPanel tab="problems" active={tab}>
        <ProblemsView />
      </TabPanel>
      <TabPanel tab="traffic" active={tab}>
        <Suspense fallback={<LinearProgress aria-label={t('ui.output.loading')} />}>
          <TestTrafficPanel onShowRule={showYaml} />
        </Suspense>
      </TabPanel>
      <TabPanel tab="reachability" active={tab}>
        <Suspense fallback={<LinearProgress aria-label={t('ui.output.loading')} />}>
          <ReachabilityPanel onShowRule={showYaml} onShowOnCanvas={() => setTab('traffic')} />
        </Suspense>
      </TabPanel>
    </Box>
  );
}
