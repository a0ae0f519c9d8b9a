/**
 * Every explanation the generator attached, grouped by resource in apply order: what each resource
 * is for, what each rule does, and the Calico facts behind it. An item is a button: clicking it (or
 * Enter/Space) selects its rule, which lights the rule here, in the YAML and on the canvas.
 */
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { alpha, type Theme } from '@mui/material/styles';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Explanation, FactRef, GeneratedDocument } from '../../generator/types';
import type { Translate } from '../../i18n/t';
import { ruleId, type Highlight } from '../../state/highlight';
import { useT } from '../../state/preferences';
import type { GoodGeneration } from '../../state/store';
import { EmptyOutput, FailedAlert, StaleAlert } from './OutputNotice';
import { revealElementWithin } from './revealWithin';
import { useOutput } from './useOutput';

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace';
/** Resources rendered at once when the tab opens; the rest follow in a transition. */
const INITIAL_GROUPS = 12;

/**
 * Where a fact reference points: a section of the Calico notes kept in the repository
 * (reference/calico/), or a docs page key listed in their Sources.
 */
export function factSource(fact: FactRef, t: Translate): string {
  const validation = /^V§(.+)$/.exec(fact);
  if (validation) return `reference/calico/VALIDATION.md §${validation[1]}`;
  const dataplanes = /^DP§(.+)$/.exec(fact);
  if (dataplanes) return `reference/calico/DATAPLANES.md §${dataplanes[1]}`;
  if (fact.startsWith('§')) return `reference/calico/SEMANTICS.md ${fact}`;
  if (/^D\d+$/.test(fact)) return t('ui.output.explanation.docsPage', { fact });
  return fact;
}

/** `spec.ingress[0]` → `ingress[0]`: every rule lives under spec. */
export function shortRulePath(rulePath: string): string {
  return rulePath.replace(/^spec\./, '');
}

/** A resource's heading: kind and (namespaced) name. */
export function documentTitle(doc: GeneratedDocument): string {
  const { kind, metadata } = doc.resource;
  return `${kind} ${metadata.namespace ? `${metadata.namespace}/` : ''}${metadata.name}`;
}

interface Group {
  doc: GeneratedDocument;
  explanations: Explanation[];
  /** The words this group shows: an edit that leaves them alone does not re-render it. */
  signature: string;
}

function groupsOf(result: GoodGeneration): Group[] {
  const byResource = new Map<string, Explanation[]>();
  for (const e of result.explanations) {
    const list = byResource.get(e.resource);
    if (list) list.push(e);
    else byResource.set(e.resource, [e]);
  }
  return result.documents.map((doc) => {
    const explanations = byResource.get(doc.key) ?? [];
    const signature = JSON.stringify([
      documentTitle(doc),
      explanations.map((e) => [e.rulePath, e.messageId, e.params, e.facts]),
    ]);
    return { doc, explanations, signature };
  });
}

/** The lit rule paths of one group, as one comparable string. */
function litPathsOf(group: Group, highlight: Highlight): string {
  if (!highlight.rules.size) return '';
  return group.explanations
    .filter((e) => highlight.rules.has(ruleId(e.resource, e.rulePath)))
    .map((e) => e.rulePath)
    .join('\n');
}

/** The Explanation tab. */
export function ExplanationView() {
  const t = useT();
  const { store, state, highlight, selectionKey } = useOutput();
  const scrollRef = useRef<HTMLDivElement>(null);
  const result = state.kind === 'ready' ? state.result : undefined;
  const groups = useMemo(() => (result ? groupsOf(result) : []), [result]);
  const select = useCallback(
    (e: Explanation) => store.select({ kind: 'rule', resource: e.resource, rulePath: e.rulePath }),
    [store],
  );

  // A big design has hundreds of rules: the tab opens with the first resources, and the rest
  // render in an interruptible transition, so opening it never freezes the page.
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true));
  }, [complete]);
  const shown = complete ? groups : groups.slice(0, INITIAL_GROUPS);

  // As in the YAML: follow the selection when it changes, not on every edit.
  const scrolledFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (scrolledFor.current === selectionKey) return;
    const box = scrollRef.current;
    const first = box?.querySelector<HTMLElement>('[data-highlight="rule"]');
    if (!first && !complete) return; // it may be among the resources not rendered yet
    const opening = scrolledFor.current === undefined;
    scrolledFor.current = selectionKey;
    if (box && first) revealElementWithin(box, first, !opening);
  }, [selectionKey, complete]);

  return (
    <Box
      ref={scrollRef}
      role="region"
      aria-label={t('ui.output.explanation.region')}
      sx={regionStyles}
    >
      {state.kind === 'empty' && <EmptyOutput />}
      {state.kind === 'failed' && <FailedAlert errors={state.errors} />}
      {state.kind === 'ready' && state.errors.length > 0 && (
        <StaleAlert errors={state.errors} showing={t('ui.output.explanation.showing')} />
      )}
      <Box sx={state.kind === 'ready' && state.errors.length > 0 ? { opacity: 0.6 } : undefined}>
        {shown.map((group) => (
          <ResourceExplanation
            key={group.doc.key}
            group={group}
            litPaths={litPathsOf(group, highlight)}
            onSelect={select}
          />
        ))}
      </Box>
    </Box>
  );
}

interface ResourceExplanationProps {
  group: Group;
  /** Lit rule paths, newline-separated. */
  litPaths: string;
  onSelect: (e: Explanation) => void;
}

const ResourceExplanation = memo(function ResourceExplanation({
  group,
  litPaths,
  onSelect,
}: ResourceExplanationProps) {
  const lit = new Set(litPaths ? litPaths.split('\n') : []);
  const headingId = `explanation-${group.doc.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ pt: 1.5 }}>
      <Typography
        id={headingId}
        variant="subtitle2"
        component="h3"
        sx={{ px: 2, fontFamily: MONO, fontWeight: 600 }}
      >
        {documentTitle(group.doc)}
      </Typography>
      <List dense disablePadding>
        {group.explanations.map((e) => (
          <ExplanationItem
            key={e.rulePath}
            explanation={e}
            lit={lit.has(e.rulePath)}
            onSelect={onSelect}
          />
        ))}
      </List>
    </Box>
  );
}, sameGroup);

/** Same words, same lit rules: nothing to re-render. */
function sameGroup(a: ResourceExplanationProps, b: ResourceExplanationProps): boolean {
  return (
    a.litPaths === b.litPaths &&
    a.onSelect === b.onSelect &&
    a.group.signature === b.group.signature
  );
}

interface ExplanationItemProps {
  explanation: Explanation;
  lit: boolean;
  onSelect: (e: Explanation) => void;
}

/** Same words and facts: an edit elsewhere in the design does not re-render this item. */
function sameItem(a: ExplanationItemProps, b: ExplanationItemProps): boolean {
  if (a.lit !== b.lit || a.onSelect !== b.onSelect) return false;
  const x = a.explanation;
  const y = b.explanation;
  if (x === y) return true;
  const xKeys = Object.keys(x.params);
  return (
    x.resource === y.resource &&
    x.rulePath === y.rulePath &&
    x.messageId === y.messageId &&
    x.facts.join() === y.facts.join() &&
    xKeys.length === Object.keys(y.params).length &&
    xKeys.every((k) => x.params[k] === y.params[k])
  );
}

const ExplanationItem = memo(function ExplanationItem({
  explanation: e,
  lit,
  onSelect,
}: ExplanationItemProps) {
  // The hook, not a prop: a change of language re-renders every item despite the memo.
  const t = useT();
  const isRule = e.rulePath !== '';
  return (
    <ListItem disablePadding>
      <ListItemButton
        data-highlight={lit ? 'rule' : undefined}
        aria-current={lit ? 'true' : undefined}
        onClick={() => onSelect(e)}
        className={isRule ? 'explanation-rule' : 'explanation-resource'}
      >
        <div className="explanation-text">
          {isRule && <code className="rule-path">{shortRulePath(e.rulePath)}</code>}
          {t(e.messageId, e.params)}
        </div>
        {e.facts.length > 0 && (
          <span className="facts">
            {e.facts.map((fact) => (
              // A native tooltip: hundreds of rules × MUI Tooltip made the tab slow to open.
              <span key={fact} className="fact" title={factSource(fact, t)}>
                {fact}
              </span>
            ))}
          </span>
        )}
      </ListItemButton>
    </ListItem>
  );
}, sameItem);

/** One style sheet for every item, by class: hundreds of items must not each carry `sx`. */
const regionStyles = {
  flex: 1,
  minHeight: 0,
  overflow: 'auto',
  position: 'relative',
  '& .explanation-rule, & .explanation-resource': {
    display: 'block',
    py: 0.75,
    pr: 2,
    borderLeft: 3,
    borderColor: 'transparent',
  },
  '& .explanation-resource': { pl: 2 },
  '& .explanation-rule': { pl: 4 },
  '& [data-highlight="rule"], & [data-highlight="rule"]:hover': {
    borderColor: 'primary.main',
    bgcolor: (theme: Theme) => alpha(theme.palette.primary.main, 0.12),
  },
  '& .explanation-text': { typography: 'body2' },
  '& .rule-path': { fontFamily: MONO, fontSize: '0.9em', color: 'primary.main', mr: 1 },
  '& .facts': { display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 },
  '& .fact': {
    px: 0.75,
    border: 1,
    borderColor: 'divider',
    borderRadius: 2.5,
    fontFamily: MONO,
    fontSize: 11,
    lineHeight: '18px',
    color: 'text.secondary',
    cursor: 'help',
  },
} as const;
