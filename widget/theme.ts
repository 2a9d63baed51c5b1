/**
 * The site's theme colour as the widget's CSS custom properties, adjusted so text keeps WCAG AA
 * contrast (4.5:1) whatever colour a site picks.
 */

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const WHITE = 0xffffff;
// Pure black: with white it guarantees at least 4.58:1 on any colour (√21), #111827 does not.
const BLACK = 0;
/**
 * What links and text buttons need on white to keep 4.5:1 in the assistant's grey bubble too
 * (styles.css `.assistant`, #f1f3f5: 4.5 × 1.05 / (0.894 + 0.05) = 5.006), the darkest background
 * they sit on. At 4.5 on white a rose (#e11d48) kept 4.70:1 there and 4.22:1 in the bubble.
 */
const LINK_AA = 5.01;

/**
 * CSS variables for `color` (`#rrggbb`), or null for anything else (the stylesheet's default
 * blue then applies): `--accent` as given, for buttons and the header; `--on-accent`, white or
 * black, whichever reads better on it; `--accent-text`, the colour darkened until it reads
 * on white and on the assistant's grey bubble, for links and text buttons.
 *
 * @example
 * themeVariables("#ffcc00"); // { "--accent": "#ffcc00", "--on-accent": "#000000", "--accent-text": "#866a00" }
 */
export function themeVariables(color: unknown): Record<string, string> | null {
  if (typeof color !== "string" || !HEX_COLOR.test(color)) return null;
  const rgb = Number.parseInt(color.slice(1), 16);
  const onAccent = contrast(rgb, WHITE) >= contrast(rgb, BLACK) ? WHITE : BLACK;
  let text = rgb;
  for (let i = 0; i < 30 && contrast(text, WHITE) < LINK_AA; i++) text = scale(text, 0.9);
  return { "--accent": color, "--on-accent": hex(onAccent), "--accent-text": hex(text) };
}

function channels(rgb: number): number[] {
  return [rgb >> 16, (rgb >> 8) & 255, rgb & 255];
}

function scale(rgb: number, factor: number): number {
  return channels(rgb).reduce((scaled, c) => (scaled << 8) | Math.floor(c * factor), 0);
}

function hex(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, "0")}`;
}

/** Red, green and blue's shares of the relative luminance. */
const WEIGHTS = [0.2126, 0.7152, 0.0722];

function luminance(rgb: number): number {
  return channels(rgb).reduce((sum, c, i) => {
    const s = c / 255;
    return sum + (WEIGHTS[i] ?? 0) * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
  }, 0);
}

/** The WCAG contrast ratio of two colours, 1..21. */
export function contrast(a: number, b: number): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
