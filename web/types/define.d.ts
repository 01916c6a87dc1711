/**
 * Side-effect entry: `import 'keyfigures/define'` registers `<key-figures>`
 * (once; a no-op where there is no `customElements`, e.g. Node or SSR).
 */
export { KeyFiguresElement } from './index.js';
