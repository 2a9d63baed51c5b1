/**
 * Add `text` to `shadow`'s styles: a constructable stylesheet where supported (a strict CSP
 * without 'unsafe-inline' allows it, where it refuses a <style> element), else a <style>.
 *
 * @example
 * adoptStyles(shadow, ".launcher { width: 56px }");
 */
export function adoptStyles(shadow: ShadowRoot, text: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Fall through to <style>.
  }
  const style = document.createElement("style");
  style.textContent = text;
  shadow.appendChild(style);
}
