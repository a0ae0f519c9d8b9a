import AppBar from '@mui/material/AppBar';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import PolicyIcon from '@mui/icons-material/Policy';

export const APP_NAME = 'ClusterIP Policy Designer';

export function TopBar({ designName }: { designName: string }) {
  return (
    <AppBar position="static" elevation={0}>
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <PolicyIcon aria-hidden />
        <Typography variant="h6" component="h1" sx={{ fontSize: 18 }}>
          {APP_NAME}
        </Typography>
        <Typography variant="body2" sx={{ opacity: 0.8, ml: 2 }} noWrap>
          {designName}
        </Typography>
      </Toolbar>
    </AppBar>
  );
}
