// The popover shown when a highlighted figure in the article is hovered or
// focused: every outlet's value for that card, and the card's flags. One
// element, reused; it stays open while the pointer is over it and closes
// with Escape (WCAG 1.4.13).
import { SEVERITY_LABEL, describeQualifiers } from './report-index.js';

const HIDE_DELAY_MS = 120;

export class FigurePopover {
  constructor(element) {
    this.element = element;
    this.anchor = null;
    this.hideTimer = 0;
    element.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
    element.addEventListener('pointerleave', () => this.hideSoon());
    element.ownerDocument.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.element.hidden) this.hide();
    });
  }

  /** Fills the popover for `figure` and places it under `anchor`. */
  show(anchor, figure, index) {
    clearTimeout(this.hideTimer);
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = anchor;
    this.element.replaceChildren(...this.content(figure, index));
    this.element.hidden = false;
    anchor.setAttribute('aria-describedby', this.element.id);
    this.place(anchor);
  }

  hideSoon() {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide() {
    clearTimeout(this.hideTimer);
    this.element.hidden = true;
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = null;
  }

  place(anchor) {
    const box = anchor.getBoundingClientRect();
    const doc = anchor.ownerDocument;
    const viewportWidth = doc.documentElement.clientWidth;
    const width = this.element.offsetWidth;
    const left = Math.max(8, Math.min(box.left, viewportWidth - width - 8));
    const below = box.bottom + 8;
    const fitsBelow = below + this.element.offsetHeight < doc.defaultView.innerHeight;
    const top = fitsBelow ? below : box.top - this.element.offsetHeight - 8;
    this.element.style.left = `${left + doc.defaultView.scrollX}px`;
    this.element.style.top = `${Math.max(8, top) + doc.defaultView.scrollY}px`;
  }

  content(figure, index) {
    const doc = this.element.ownerDocument;
    const make = (tag, className, text) => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const card = index.cardOf(figure.id);
    const parts = [];
    parts.push(make('p', 'popover-title', card?.label ?? `${figure.subject ?? ''} ${figure.metric ?? ''}`.trim()));

    const figures = card ? index.figuresOfCard(card.id) : [figure];
    const list = make('ul', 'popover-values');
    for (const other of figures) {
      const row = make('li', other.id === figure.id ? 'is-current' : '');
      row.append(make('span', 'popover-source', index.articles.get(other.article)?.source ?? other.article));
      row.append(make('span', 'popover-value', other.text));
      const context = describeQualifiers(other, figures);
      if (context) row.append(make('span', 'popover-context', context));
      list.append(row);
    }
    parts.push(list);
    if (!card || figures.length < 2) {
      parts.push(make('p', 'popover-note', 'No other outlet in this bundle reports this figure.'));
    }

    for (const flag of card ? index.flagsOf(card.id) : []) {
      const note = make('p', `popover-flag popover-flag-${flag.severity}`);
      note.append(make('strong', '', `${SEVERITY_LABEL[flag.severity] ?? flag.severity}: `));
      note.append(doc.createTextNode(flag.message));
      parts.push(note);
    }
    return parts;
  }
}
