// The package entry: the JS API and the element class. Importing it has no
// side effects and needs no DOM; `keyfigures/define` registers the element.
export { analyze, version, KeyfiguresError } from './analyze.js';
export { configure, KeyfiguresLoadError } from './loader.js';
export { formatFigureValue } from './format.js';
import { KeyFiguresElement } from './element.js';

export { KeyFiguresElement };

/** Registers <key-figures> (or another tag) once; same as KeyFiguresElement.define(). */
export function define(tag = 'key-figures', registry = globalThis.customElements) {
  return KeyFiguresElement.define(tag, registry);
}
