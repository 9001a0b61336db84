import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** Text on light and subtle backgrounds (badges, light buttons) in the darkest shade: WCAG AA contrast. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant === 'light' || input.variant === 'subtle') {
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
    if (shades) {
      return { ...defaults, color: darken(shades[9], 0.2) }; // bright hues (teal, green) need more than shade 9
    }
  }
  return defaults;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white text on primary buttons above the WCAG AA contrast of 4.5:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '750' },
  // No transitions for people who ask their system for reduced motion.
  respectReducedMotion: true,
  variantColorResolver,
});

/** Secondary ("dimmed") and error texts dark enough for WCAG AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});
