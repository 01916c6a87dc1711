// The light/dark/auto theme switch of the demo pages. The choice is applied to
// the page (data-theme on <html>) and to every <key-figures> element, and can
// be preset with ?theme=dark in the URL (used by the screenshots).
const THEMES = ['auto', 'light', 'dark'];
const LABELS = { auto: 'Theme: auto', light: 'Theme: light', dark: 'Theme: dark' };

export function initThemeToggle(button, ...widgets) {
  const fromUrl = new URLSearchParams(location.search).get('theme');
  let theme = THEMES.includes(fromUrl) ? fromUrl : 'auto';
  const apply = () => {
    document.documentElement.dataset.theme = theme;
    for (const widget of widgets) widget?.setAttribute('theme', theme);
    if (button) button.textContent = LABELS[theme];
  };
  button?.addEventListener('click', () => {
    theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
    apply();
  });
  apply();
}
