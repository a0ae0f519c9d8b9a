/** The top bar: the app's name, the design, the global traffic mode, the profile, design menu. */
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import PolicyIcon from '@mui/icons-material/Policy';
import SettingsIcon from '@mui/icons-material/Settings';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useState } from 'react';
import type { Profile, TrafficPolicy } from '../../model/design';
import { useDesign, useStore } from '../../state/hooks';

export const APP_NAME = 'ClusterIP Policy Designer';

export const MODE_REMINDER: Record<TrafficPolicy, string> = {
  Cluster:
    'Cluster: traffic is SNATed; policy acts at the host endpoints (preDNAT + applyOnForward)',
  Local: 'Local: the client address is kept; policy on the pods',
};

const PROFILE_LABEL: Record<Profile, string> = { hardened: 'Hardened', guide: "Guide's recipe" };

const toggleSx = {
  color: 'inherit',
  borderColor: 'rgba(255,255,255,0.5)',
  '&.Mui-selected': { color: 'primary.main', bgcolor: 'common.white' },
  '&.Mui-selected:hover': { bgcolor: 'grey.100' },
};

export function TopBar({ onNew, onOpenExample }: { onNew: () => void; onOpenExample: () => void }) {
  const store = useStore();
  const design = useDesign();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const mode = design.cluster.trafficPolicy;
  const profile = design.output.profile;
  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 1.5, minHeight: 52 }}>
        <PolicyIcon aria-hidden />
        <Typography variant="h6" component="h1" sx={{ fontSize: 17, whiteSpace: 'nowrap' }}>
          {APP_NAME}
        </Typography>
        <Button
          color="inherit"
          size="small"
          endIcon={<ArrowDropDownIcon />}
          onClick={(e) => setMenu(e.currentTarget)}
          aria-haspopup="menu"
          aria-label={`Design: ${design.name || 'untitled'}`}
          sx={{ textTransform: 'none', maxWidth: 220, opacity: 0.9 }}
        >
          <Box
            component="span"
            sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {design.name || 'Untitled design'}
          </Box>
        </Button>
        <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
          <MenuItem onClick={() => (setMenu(null), onNew())}>New design</MenuItem>
          <MenuItem onClick={() => (setMenu(null), onOpenExample())}>
            Open the guide&apos;s example
          </MenuItem>
        </Menu>
        <Box sx={{ flex: 1 }} />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={mode}
            aria-label="External traffic policy mode"
            onChange={(_e, v: TrafficPolicy | null) =>
              v && store.dispatch({ type: 'setTrafficPolicy', mode: v })
            }
          >
            <ToggleButton value="Cluster" sx={toggleSx}>
              Cluster
            </ToggleButton>
            <ToggleButton value="Local" sx={toggleSx}>
              Local
            </ToggleButton>
          </ToggleButtonGroup>
          <Typography
            variant="caption"
            data-testid="mode-reminder"
            sx={{
              maxWidth: 260,
              lineHeight: 1.2,
              opacity: 0.9,
              display: { xs: 'none', md: 'block' },
            }}
          >
            {MODE_REMINDER[mode]}
          </Typography>
        </Box>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={profile}
          aria-label="Output profile"
          onChange={(_e, v: Profile | null) =>
            v && store.dispatch({ type: 'setProfile', profile: v })
          }
        >
          {(['hardened', 'guide'] as const).map((p) => (
            <ToggleButton key={p} value={p} sx={{ ...toggleSx, textTransform: 'none' }}>
              {PROFILE_LABEL[p]}
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
          Cluster settings
        </Button>
      </Toolbar>
    </AppBar>
  );
}
