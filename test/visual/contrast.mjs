// WCAG 2 contrast ratio of two sRGB colours ([r, g, b], 0-255): 3:1 is the minimum for graphics (WCAG 1.4.11).
export const LIGHT_BG = [255, 255, 255];
/** GitHub's dark theme background (#0d1117). */
export const DARK_BG = [13, 17, 23];

function luminance(rgb) {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
