// The widget's CSS, adopted as a constructable stylesheet so that a strict
// CSP (style-src 'self', no <style>, no style=) still styles it. Theming is
// the public --kf-* custom properties; the private --_* ones pick the theme.

const CSS = `
:host {
  --_accent: var(--kf-accent, #0a58ca);
  --_bg: var(--kf-bg, #ffffff);
  --_fg: var(--kf-fg, #1b1f24);
  --_muted: var(--kf-muted, #57606a);
  --_border: var(--kf-border, #d0d7de);
  --_major: var(--kf-major, #b42318);
  --_major-bg: #fdeceb;
  --_minor: var(--kf-minor, #8a5300);
  --_minor-bg: #fff5e0;
  --_radius: var(--kf-radius, 8px);
  color-scheme: light;
  display: block;
  box-sizing: border-box;
  min-height: 10rem;
  container-type: inline-size;
  font-family: var(--kf-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: 0.95rem;
  line-height: 1.45;
  color: var(--_fg);
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: 0.75rem;
}
:host([hidden]) { display: none; }
:host([theme="dark"]) {
  --_accent: var(--kf-accent, #79b0ff);
  --_bg: var(--kf-bg, #16191d);
  --_fg: var(--kf-fg, #e6e8eb);
  --_muted: var(--kf-muted, #a3adb8);
  --_border: var(--kf-border, #3a4149);
  --_major: var(--kf-major, #ff9a8f);
  --_major-bg: #3a1d1b;
  --_minor: var(--kf-minor, #f2c14e);
  --_minor-bg: #332a14;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host([theme="auto"]) {
    --_accent: var(--kf-accent, #79b0ff);
    --_bg: var(--kf-bg, #16191d);
    --_fg: var(--kf-fg, #e6e8eb);
    --_muted: var(--kf-muted, #a3adb8);
    --_border: var(--kf-border, #3a4149);
    --_major: var(--kf-major, #ff9a8f);
    --_major-bg: #3a1d1b;
    --_minor: var(--kf-minor, #f2c14e);
    --_minor-bg: #332a14;
    color-scheme: dark;
  }
}
*, *::before, *::after { box-sizing: inherit; }
.summary { margin: 0 0 0.5rem; color: var(--_muted); font-size: 0.85rem; }
.summary:empty { display: none; }
.status, .error { margin: 0; padding: 0.5rem 0; }
.status:empty, .error:empty { display: none; }
.status { color: var(--_muted); }
.error {
  color: var(--_fg);
  border-left: 4px solid var(--_major);
  background: var(--_major-bg);
  padding: 0.5rem 0.75rem;
  border-radius: calc(var(--_radius) / 2);
}
.cards {
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  gap: 0.75rem;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
}
.card {
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: 0.6rem 0.75rem;
  min-width: 0;
}
.card.has-major { border-color: var(--_major); border-width: 2px; }
.label { margin: 0 0 0.4rem; font-weight: 600; overflow-wrap: anywhere; }
.values { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
.row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.5rem; }
.value {
  font: inherit;
  font-weight: 600;
  font-variant-numeric: tabular-nums;
  color: var(--_fg);
  background: transparent;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) / 2);
  padding: 0.1rem 0.45rem;
  cursor: pointer;
  min-height: 1.75rem;
  text-align: start;
}
.value:hover { border-color: var(--_accent); }
.value:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.value[aria-current="true"] { border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); }
.outlet { color: var(--_muted); overflow-wrap: anywhere; }
a.outlet { color: var(--_accent); text-decoration: underline; text-underline-offset: 2px; }
a.outlet:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.mentions { color: var(--_muted); font-size: 0.8rem; }
.this-article {
  font-size: 0.75rem;
  color: var(--_fg);
  border: 1px solid var(--_accent);
  border-radius: 999px;
  padding: 0 0.4rem;
}
.flags { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.35rem; }
.flag {
  border-left: 4px solid var(--_border);
  padding: 0.3rem 0.5rem;
  font-size: 0.875rem;
  border-radius: 0 calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0;
  overflow-wrap: anywhere;
}
.flag .severity { font-weight: 700; margin-right: 0.35rem; }
.flag .icon { margin-right: 0.3rem; }
.flag.major { border-left-color: var(--_major); background: var(--_major-bg); }
.flag.major .severity, .flag.major .icon { color: var(--_major); }
.flag.minor { border-left-color: var(--_minor); background: var(--_minor-bg); }
.flag.minor .severity, .flag.minor .icon { color: var(--_minor); }
.flag.info { color: var(--_muted); border-left-style: dashed; }
.flag.info .severity { font-weight: 600; }
@container (max-width: 22rem) {
  .card { padding: 0.5rem; }
}
@media (prefers-reduced-motion: no-preference) {
  .value { transition: border-color 120ms ease; }
}
`;

const sheets = new WeakMap();

/** Styles a shadow root: one shared constructable sheet per document. */
export function applyStyles(shadowRoot) {
  const doc = shadowRoot.ownerDocument ?? document;
  const SheetClass = doc.defaultView?.CSSStyleSheet;
  if (SheetClass && 'adoptedStyleSheets' in shadowRoot && 'replaceSync' in SheetClass.prototype) {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new SheetClass();
      sheet.replaceSync(CSS);
      sheets.set(doc, sheet);
    }
    shadowRoot.adoptedStyleSheets = [sheet];
    return;
  }
  // Browsers without constructable stylesheets (no strict CSP there anyway).
  const style = doc.createElement('style');
  style.textContent = CSS;
  shadowRoot.append(style);
}
