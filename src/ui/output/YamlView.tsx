/**
 * The generated YAML, read-only, in two parts behind a switch: the policies (what this tool owns)
 * and the cluster changes (patches to objects the user owns, as a list: ChangesView). The policies: line numbers, syntax colours, cross-highlighting of the resources
 * and rules the selection lights, and click-to-select. Lines are plain elements styled by class
 * (no per-line emotion styles) and memoised; a long file (the 20-node design is ~4,500 lines)
 * renders only the lines near the viewport.
 */
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { lighten, useTheme, type Theme } from '@mui/material/styles';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import { yamlFileName } from '../../generator/generate';
import type { Highlight } from '../../state/highlight';
import { useT } from '../../state/preferences';
import type { DesignStore } from '../../state/store';
import { whenIdle } from '../canvas/whenIdle';
import { ChangesView } from './ChangesView';
import { EmptyOutput, FailedAlert, StaleAlert } from './OutputNotice';
import { revealWithin } from './revealWithin';
import { useOutput } from './useOutput';
import {
  firstLitLine,
  lineHighlights,
  lineTargets,
  lineWindow,
  OVERSCAN,
  type LineHighlight,
  type YamlSpans,
} from './yamlLines';
import { tokenizeYamlLine, type YamlToken } from './yamlTokens';

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace';
const LINE_HEIGHT = 18;

/** The lines of a YAML text, without the empty one after a final newline. */
function splitYamlLines(yaml: string): string[] {
  const lines = yaml.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line's tokens, from the shared cache (bounded: a long session must not grow it forever). */
function tokensOf(line: string): YamlToken[] {
  let tokens = tokenCache.get(line);
  if (!tokens) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokens = tokenizeYamlLine(line);
    tokenCache.set(line, tokens);
  }
  return tokens;
}

/** Shared by every YamlView: most lines survive an edit unchanged, and keep their tokens. */
const tokenCache = new Map<string, YamlToken[]>();

/** The two parts of the output the YAML tab shows, one at a time. */
export type ShownPart = 'policies' | 'changes';

/**
 * The YAML tab: the part chosen (the policies, or the cluster changes), current or the last good
 * one marked stale, or why there is none.
 */
export function YamlView({
  part,
  onPartChange,
}: {
  part: ShownPart;
  onPartChange: (part: ShownPart) => void;
}) {
  const t = useT();
  const { store, generation, state, highlight, selectionKey } = useOutput();
  if (state.kind === 'empty') return <EmptyOutput />;
  if (state.kind === 'failed') return <FailedAlert errors={state.errors} />;
  const stale = state.errors.length > 0;
  const { result } = state;
  const policies = part === 'policies';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <YamlToolbar
        part={part}
        onPartChange={onPartChange}
        yaml={policies ? result.yaml : result.changesYaml}
        fileName={yamlFileName(generation.design, part)}
        stale={stale}
      />
      {stale && (
        <StaleAlert
          errors={state.errors}
          showing={t(policies ? 'ui.output.yaml.showing' : 'ui.output.changes.showing')}
        />
      )}
      {policies ? (
        <YamlCode
          yaml={result.yaml}
          spans={result.spans}
          highlight={highlight}
          selectionKey={selectionKey}
          stale={stale}
          store={store}
        />
      ) : (
        <ChangesView changes={result.changes} stale={stale} />
      )}
    </Box>
  );
}

const PART_PURPOSE: Record<
  ShownPart,
  'ui.output.part.policies.purpose' | 'ui.output.part.changes.purpose'
> = {
  policies: 'ui.output.part.policies.purpose',
  changes: 'ui.output.part.changes.purpose',
};

function YamlToolbar({
  part,
  onPartChange,
  yaml,
  fileName,
  stale,
}: {
  part: ShownPart;
  onPartChange: (part: ShownPart) => void;
  yaml: string;
  fileName: string;
  stale: boolean;
}) {
  const t = useT();
  const purposeId = useId();
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const lines = useMemo(() => yaml.split('\n').length - (yaml.endsWith('\n') ? 1 : 0), [yaml]);
  const copy = () => {
    if (!navigator.clipboard) {
      setNotice(t('ui.output.yaml.noClipboard'));
      return;
    }
    navigator.clipboard.writeText(yaml).then(
      () => setNotice(t(stale ? 'ui.output.yaml.copiedStale' : 'ui.output.yaml.copied')),
      (error: unknown) =>
        setNotice(
          t('ui.output.yaml.copyFailed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        ),
    );
  };
  return (
    <Box sx={{ px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <ToggleButtonGroup
          size="small"
          color="primary"
          exclusive
          value={part}
          aria-label={t('ui.output.part.label')}
          aria-describedby={purposeId}
          onChange={(_e, next: ShownPart | null) => next && onPartChange(next)}
          sx={{ flex: 'none' }}
        >
          <ToggleButton value="policies" sx={toggleSx}>
            {t('ui.output.part.policies')}
          </ToggleButton>
          <ToggleButton value="changes" sx={toggleSx}>
            {t('ui.output.part.changes')}
          </ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          startIcon={<ContentCopyIcon />}
          onClick={copy}
          sx={{ textTransform: 'none', flex: 'none' }}
        >
          {t('ui.output.yaml.copy')}
        </Button>
      </Box>
      <Typography
        id={purposeId}
        variant="caption"
        component="p"
        sx={{ mt: 0.5, color: 'text.secondary' }}
      >
        {t(PART_PURPOSE[part])}
      </Typography>
      <Typography variant="body2" noWrap sx={{ color: 'text.secondary', minWidth: 0 }}>
        <Box component="span" sx={{ fontFamily: MONO, color: 'text.primary' }}>
          {fileName}
        </Box>
        {` · ${t('ui.output.yaml.lines', { count: lines })}`}
      </Typography>
      <Snackbar
        open={notice !== undefined}
        autoHideDuration={2500}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        onClose={() => setNotice(undefined)}
        message={notice}
      />
    </Box>
  );
}

const toggleSx = { textTransform: 'none', py: 0.25, px: 1, whiteSpace: 'nowrap' } as const;

interface YamlCodeProps {
  yaml: string;
  spans: YamlSpans;
  highlight: Highlight;
  selectionKey: string;
  stale: boolean;
  store: DesignStore;
}

function YamlCode({ yaml, spans, highlight, selectionKey, stale, store }: YamlCodeProps) {
  const t = useT();
  const theme = useTheme();
  const sx = useMemo(() => codeStyles(theme), [theme]);
  // Split once; tokenise only the lines on screen (the window below), each once per text.
  const lines = useMemo(() => splitYamlLines(yaml), [yaml]);
  const count = lines.length;
  const widest = useMemo(() => Math.max(0, ...yaml.split('\n').map((l) => l.length)), [yaml]);
  const targets = useMemo(() => lineTargets(spans, count), [spans, count]);
  const lit = useMemo(() => lineHighlights(spans, highlight), [spans, highlight]);
  const firstLit = useMemo(() => firstLitLine(lit), [lit]);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Long files render only the lines near the viewport (lines have one fixed height). The first
  // paint renders only what the window's height can show, with no overscan and without reading
  // the layout (that would make the browser lay out the page before the canvas is in it); the
  // box's size arrives from the ResizeObserver, and the overscan once the browser is idle.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => whenIdle(() => setOverscan(OVERSCAN)), []);
  const [range, setRange] = useState(() =>
    lineWindow(count, 0, window.innerHeight, LINE_HEIGHT, 0),
  );
  const measure = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const next = lineWindow(count, box.scrollTop, box.clientHeight, LINE_HEIGHT, overscan);
    setRange((prev) => {
      if (prev.start === next.start && prev.end === next.end) return prev;
      // Before the overscan, lines already drawn stay while they cover the view.
      const covers = prev.start <= next.start && prev.end >= next.end;
      return overscan === 0 && covers ? prev : next;
    });
  }, [count, overscan]);
  // Observing reports the box's size at once, after layout: so this measures on mount and again
  // whenever `measure` changes (a new line count, the overscan), besides on every resize.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [measure]);

  // Scroll to what the selection lights when the selection changes (or the view opens), not
  // on every edit: typing in the inspector must not yank the YAML around.
  const scrolledFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (scrolledFor.current === selectionKey) return;
    const opening = scrolledFor.current === undefined;
    scrolledFor.current = selectionKey;
    const box = scrollRef.current;
    if (firstLit === undefined || !box) return;
    revealWithin(box, (firstLit - 1) * LINE_HEIGHT, LINE_HEIGHT, !opening);
  }, [selectionKey, firstLit]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!(event.target instanceof Element)) return;
      const line = event.target.closest<HTMLElement>('[data-line]');
      const target = targets[Number(line?.dataset.line)];
      if (!target) return;
      // A drag that selected text (to copy a part) is not a click on a rule.
      if (window.getSelection()?.isCollapsed === false) return;
      store.select({ kind: 'rule', resource: target.resource, rulePath: target.rulePath });
    },
    [targets, store],
  );

  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const gutter = `${String(count).length + 2}ch`;
  return (
    <Box
      ref={scrollRef}
      role="region"
      aria-label={t('ui.output.yaml.region')}
      tabIndex={0}
      sx={sx}
      onClick={onClick}
      onScroll={measure}
    >
      <div
        className={stale ? 'yaml-lines yaml-stale' : 'yaml-lines'}
        style={{
          ['--yaml-gutter' as string]: gutter,
          height: count * LINE_HEIGHT,
          paddingTop: start * LINE_HEIGHT,
          minWidth: `max(100%, calc(${gutter} + ${widest}ch + 28px))`,
        }}
      >
        {lines.slice(start, end).map((text, k) => (
          <YamlLine
            key={start + k}
            n={start + k + 1}
            tokens={tokensOf(text)}
            lit={lit.get(start + k + 1)}
            clickable={targets[start + k + 1] !== undefined}
          />
        ))}
      </div>
    </Box>
  );
}

interface YamlLineProps {
  n: number;
  tokens: YamlToken[];
  lit: LineHighlight | undefined;
  clickable: boolean;
}

const YamlLine = memo(function YamlLine({ n, tokens, lit, clickable }: YamlLineProps) {
  return (
    <div className={clickable ? 'yl yl-click' : 'yl'} data-line={n} data-highlight={lit}>
      <span className="ln" aria-hidden="true">
        {n}
      </span>
      <span className="lc">
        {tokens.map((token, i) =>
          token.type === 'space' ? (
            token.text
          ) : (
            <span key={i} className={`t-${token.type}`}>
              {token.text}
            </span>
          ),
        )}
      </span>
    </div>
  );
});

/** Colours: GitHub-like on light, readable on dark; backgrounds opaque so the gutter can stick. */
function codeStyles(theme: Theme) {
  const dark = theme.palette.mode === 'dark';
  const paper = theme.palette.background.paper;
  const primary = theme.palette.primary.main;
  const colours = dark
    ? {
        comment: '#8b949e',
        key: '#79c0ff',
        string: '#c9d1d9',
        quoted: '#a5d6ff',
        number: '#ffa657',
        literal: '#d2a8ff',
        punct: '#8b949e',
        docStart: '#ff7b72',
      }
    : {
        comment: '#57606a',
        key: '#0550ae',
        string: '#24292f',
        quoted: '#116329',
        number: '#953800',
        literal: '#8250df',
        punct: '#6e7781',
        docStart: '#cf222e',
      };
  // On a lit line's background three of the colours above fall under 4.5:1 (axe, with an element
  // selected): these darker (light) or lighter (dark) ones keep them readable there.
  const litColours = dark
    ? { literal: colours.literal, punct: '#b1bac4', docStart: '#ffa198' }
    : { literal: '#6639ba', punct: '#57606a', docStart: '#a40e26' };
  const resourceBg = dark ? '#1b2a3a' : lighten(primary, 0.92);
  const ruleBg = dark ? '#24405e' : lighten(primary, 0.78);
  const hoverBg = dark ? '#262c33' : '#f3f4f6';
  return {
    flex: 1,
    minHeight: 0,
    overflow: 'auto',
    position: 'relative',
    bgcolor: paper,
    fontFamily: MONO,
    fontSize: 12.5,
    lineHeight: `${LINE_HEIGHT}px`,
    '&:focus-visible': { outline: `2px solid ${primary}`, outlineOffset: -2 },
    '& .yaml-lines': { display: 'block', boxSizing: 'border-box' },
    '& .yaml-stale .lc': { opacity: 0.5 },
    '& .yl': {
      display: 'flex',
      height: LINE_HEIGHT,
      whiteSpace: 'pre',
      backgroundColor: paper,
    },
    '& .yl-click': { cursor: 'pointer' },
    '& .yl-click:hover:not([data-highlight])': { backgroundColor: hoverBg },
    '& .yl[data-highlight="resource"]': { backgroundColor: resourceBg },
    '& .yl[data-highlight="rule"]': { backgroundColor: ruleBg },
    '& .ln': {
      position: 'sticky',
      left: 0,
      flex: 'none',
      width: 'var(--yaml-gutter)',
      pr: 1,
      mr: 1.5,
      textAlign: 'right',
      // text.disabled would be too faint to read (contrast under 4.5:1).
      color: 'text.secondary',
      backgroundColor: 'inherit',
      borderRight: 1,
      borderColor: 'divider',
      userSelect: 'none',
    },
    '& .yl[data-highlight="rule"] .ln': {
      color: dark ? primary : theme.palette.primary.dark,
      boxShadow: `inset 3px 0 ${primary}`,
    },
    '& .lc': { pr: 2, color: colours.string },
    '& .t-comment': { color: colours.comment, fontStyle: 'italic' },
    '& .t-key': { color: colours.key },
    '& .t-string': { color: colours.string },
    '& .t-quoted': { color: colours.quoted },
    '& .t-number': { color: colours.number },
    '& .t-literal': { color: colours.literal },
    '& .t-punct': { color: colours.punct },
    '& .t-docStart': { color: colours.docStart, fontWeight: 600 },
    '& .yl[data-highlight] .t-literal': { color: litColours.literal },
    '& .yl[data-highlight] .t-punct': { color: litColours.punct },
    '& .yl[data-highlight] .t-docStart': { color: litColours.docStart },
  } as const;
}
