import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from "@mantine/core";

// A calm petrol blue: reads as "ledger and ink", keeps white text above 4.5:1 from shade 7 up.
const kontor: MantineColorsTuple = [
  "#e9f4f8",
  "#d5e7ee",
  "#a8cedd",
  "#78b3cb",
  "#519cbb",
  "#398eb1",
  "#2a86ad",
  "#1b6f93",
  "#0f6283",
  "#005474",
];

// Light badges and alerts write in shade 9 on shade 1; Mantine's yellow 9 is too pale to read there.
const [y0, y1, y2, y3, y4, y5, y6, y7, y8] = DEFAULT_THEME.colors.yellow;
const yellow: MantineColorsTuple = [y0, y1, y2, y3, y4, y5, y6, y7, y8, "#7c4a03"];

export const theme = createTheme({
  primaryColor: "kontor",
  primaryShade: 7,
  colors: { kontor, yellow },
  // The system's own fonts: nothing is fetched from the internet.
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  headings: { fontWeight: "650" },
  defaultRadius: "md",
  cursorType: "pointer",
  focusRing: "auto",
});

/** Secondary text and error messages dark enough to read (WCAG AA, 4.5:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#5c6670",
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
