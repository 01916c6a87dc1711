// Side-effect entry (`import 'keyfigures/define'`): registers <key-figures>.
// Does nothing where there is no custom element registry (Node, SSR).
import { KeyFiguresElement } from './element.js';

KeyFiguresElement.define();

export { KeyFiguresElement };
