/**
 * Marks <html> with the colour scheme in use (`data-color-scheme="dark"`), so the plain style
 * sheets outside MUI (the canvas's cards, src/ui/canvas/canvas.css) follow the light/dark switch.
 */
import { useColorScheme } from '@mui/material/styles';
import { useEffect } from 'react';

export function ColorSchemeMark() {
  const { colorScheme } = useColorScheme();
  useEffect(() => {
    if (colorScheme) document.documentElement.dataset.colorScheme = colorScheme;
  }, [colorScheme]);
  return null;
}
