/**
 * The top bar: the app's name; the design menu (new, examples, import, restore, download) under the
 * design's name; Export and Share; the global traffic mode, the profile, and the cluster settings.
 */
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import PolicyIcon from '@mui/icons-material/Policy';
import SettingsIcon from '@mui/icons-material/Settings';
import { type RefObject } from 'react';
import type { AnyMessageId } from '../../i18n/t';
import { TRAFFIC_MODE_STORY, modeHint } from '../../i18n/trafficModeStory';
import type { Profile, TrafficPolicy } from '../../model/design';
import { useStore, useStoreValue } from '../../state/hooks';
import { useLocale, useT } from '../../state/preferences';
import { ExportMenu } from '../share/ExportMenu';
import { ShareButton } from '../share/ShareButton';
import { DesignMenu, type DesignMenuActions } from './DesignMenu';
import { HelpMenu } from '../tour/HelpMenu';
import { LanguageMenu } from './LanguageMenu';
import { ThemeMenu } from './ThemeMenu';

/** The app's name, an id like any text (its words are English in every language). */
export const APP_NAME: AnyMessageId = 'ui.shell.appName';

/** What each traffic mode means, in one line: the headline of the shared story's hint. */
export const MODE_REMINDER: Readonly<Record<TrafficPolicy, AnyMessageId>> = {
  Cluster: TRAFFIC_MODE_STORY.hint.Cluster[0],
  Local: TRAFFIC_MODE_STORY.hint.Local[0],
};

const PROFILE_LABEL: Readonly<Record<Profile, AnyMessageId>> = {
  hardened: 'ui.shell.profile.hardened',
  guide: 'ui.shell.profile.guide',
};

const toggleSx = {
  color: 'inherit',
  borderColor: 'rgba(255,255,255,0.5)',
  // A fixed dark blue on white: the dark palette's light primary would vanish on white.
  '&.Mui-selected': { color: '#0d47a1', bgcolor: 'common.white' },
  '&.Mui-selected:hover': { bgcolor: 'grey.100' },
};

/**
 * The visible name of a toggle group (issue #16: the groups had none on screen). Its words are
 * part of the group's accessible name, so it is hidden from screen readers, which read that name.
 */
function ToggleCaption({ text }: { text: string }) {
  return (
    <Typography
      variant="caption"
      aria-hidden
      // Below 1536 px the top bar has no room for it; the group's tooltip and name say the same.
      sx={{ whiteSpace: 'nowrap', opacity: 0.85, display: { xs: 'none', xl: 'block' } }}
    >
      {text}
    </Typography>
  );
}

export function TopBar({
  actions,
  canvas,
}: {
  actions: DesignMenuActions;
  /** The canvas region, for "Export diagram". */
  canvas: RefObject<HTMLElement | null>;
}) {
  const store = useStore();
  const t = useT();
  const locale = useLocale();
  const mode = useStoreValue((s) => s.design.cluster.trafficPolicy);
  const profile = useStoreValue((s) => s.design.output.profile);
  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 1.5, minHeight: 52 }}>
        <PolicyIcon aria-hidden />
        <Typography variant="h6" component="h1" sx={{ fontSize: 17, whiteSpace: 'nowrap' }}>
          {t(APP_NAME)}
        </Typography>
        <DesignMenu actions={actions} />
        <ExportMenu canvas={canvas} />
        <ShareButton />
        <Box sx={{ flex: 1 }} />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <ToggleCaption text={t('ui.shell.mode.caption')} />
          <ToggleButtonGroup
            size="small"
            exclusive
            value={mode}
            aria-label={t('ui.shell.mode.label')}
            data-tour="mode"
            onChange={(_e, v: TrafficPolicy | null) =>
              v && store.dispatch({ type: 'setTrafficPolicy', mode: v })
            }
          >
            {(['Cluster', 'Local'] as const).map((m) => (
              <Tooltip key={m} title={modeHint(m, t, locale)} describeChild>
                <ToggleButton value={m} sx={{ ...toggleSx, textTransform: 'none' }}>
                  {m}
                </ToggleButton>
              </Tooltip>
            ))}
          </ToggleButtonGroup>
          <Typography
            variant="caption"
            data-testid="mode-reminder"
            sx={{
              maxWidth: 260,
              lineHeight: 1.2,
              opacity: 0.9,
              // Below 1536 px the top bar has no room for it; the buttons' tooltips say the same.
              display: { xs: 'none', xl: 'block' },
            }}
          >
            {t(MODE_REMINDER[mode])}
          </Typography>
        </Box>
        <ToggleCaption text={t('ui.shell.profile.caption')} />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={profile}
          aria-label={t('ui.shell.profile.label')}
          data-tour="profile"
          onChange={(_e, v: Profile | null) =>
            v && store.dispatch({ type: 'setProfile', profile: v })
          }
        >
          {(['hardened', 'guide'] as const).map((p) => (
            <ToggleButton
              key={p}
              value={p}
              sx={{ ...toggleSx, textTransform: 'none', whiteSpace: 'nowrap' }}
            >
              {t(PROFILE_LABEL[p])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Button
          color="inherit"
          size="small"
          startIcon={<SettingsIcon />}
          onClick={() => store.select({ kind: 'cluster' })}
          sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
        >
          {t('ui.shell.clusterSettings')}
        </Button>
        <LanguageMenu />
        <ThemeMenu />
        <HelpMenu />
      </Toolbar>
    </AppBar>
  );
}
