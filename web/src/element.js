// The <key-figures> custom element: reads a bundle (src, inline JSON or the
// .bundle property), analyzes it with the shared WASM module and renders the
// cards in its shadow root. Safe to import where there is no DOM (SSR, Node).
import { analyze } from './analyze.js';
import { loadModule } from './loader.js';
import { buildShell, showError, showIdle, showLoading, showReport } from './render.js';
import { applyStyles } from './styles.js';

const HTMLElementBase = globalThis.HTMLElement ?? class {};
const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Home', 'End']);

function emit(target, type, detail) {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

function untilDocumentParsed(doc) {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

async function fetchBundleText(src, baseURI, signal) {
  const url = new URL(src, baseURI);
  let response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`the bundle ${src} could not be fetched (network error)`);
  }
  if (!response.ok) throw new Error(`the bundle ${src} could not be fetched (HTTP ${response.status})`);
  return response.text();
}

export class KeyFiguresElement extends HTMLElementBase {
  static observedAttributes = ['src', 'article'];

  /** Registers the element once (a second call is a no-op); returns the registered class. */
  static define(tag = 'key-figures', registry = globalThis.customElements) {
    if (!registry) return undefined;
    // A class can be registered under one name only; other names get a subclass.
    if (!registry.get(tag)) registry.define(tag, tag === 'key-figures' ? this : class extends this {});
    return registry.get(tag);
  }

  #shell = null;
  #report = null;
  #bundle = undefined;
  #useBundleProperty = false;
  #needsLoad = true;
  #loadCount = 0;
  #abort = null;
  #values = [];

  /** The last report shown (null while loading, after an error, or before the first load). */
  get report() {
    return this.#report;
  }

  /** The bundle to analyze, as an object or JSON text; setting it re-renders. */
  get bundle() {
    return this.#bundle;
  }

  set bundle(value) {
    this.#bundle = value;
    this.#useBundleProperty = true;
    this.#requestLoad();
  }

  get src() {
    return this.getAttribute('src') ?? '';
  }

  set src(value) {
    this.setAttribute('src', value);
  }

  get article() {
    return this.getAttribute('article') ?? '';
  }

  set article(value) {
    if (value) this.setAttribute('article', value);
    else this.removeAttribute('article');
  }

  get theme() {
    return this.getAttribute('theme') ?? 'light';
  }

  set theme(value) {
    this.setAttribute('theme', value);
  }

  connectedCallback() {
    // A .bundle set before the element was defined is an own property that
    // hides the setter: move it through the setter.
    if (Object.hasOwn(this, 'bundle')) {
      const value = this.bundle;
      delete this.bundle;
      this.bundle = value;
    }
    if (!this.#shell) {
      const shadowRoot = this.attachShadow({ mode: 'open' });
      applyStyles(shadowRoot);
      this.#shell = buildShell(shadowRoot);
      shadowRoot.addEventListener('click', (event) => this.#onClick(event));
      shadowRoot.addEventListener('keydown', (event) => this.#onKeydown(event));
    }
    if (this.#needsLoad) this.#load();
  }

  disconnectedCallback() {
    if (this.#abort) {
      // Unfinished: abandon it and start again if the element comes back.
      this.#abort.abort();
      this.#abort = null;
      this.#loadCount++;
      this.#needsLoad = true;
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'src') {
      this.#useBundleProperty = false;
      this.#requestLoad();
    } else if (name === 'article' && this.#report && this.#shell) {
      this.#values = showReport(this.#shell, this.#report, { article: newValue });
    }
  }

  #requestLoad() {
    this.#needsLoad = true;
    if (this.#shell && this.isConnected) this.#load();
  }

  async #readInput(signal) {
    if (this.#useBundleProperty) return this.#bundle;
    if (this.hasAttribute('src')) return fetchBundleText(this.getAttribute('src'), this.ownerDocument.baseURI, signal);
    // Defined before the parser reached our children: wait for them.
    await untilDocumentParsed(this.ownerDocument);
    if (signal.aborted || this.#useBundleProperty || this.hasAttribute('src')) return this.#readInput(signal);
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  }

  async #load() {
    this.#needsLoad = false;
    const load = ++this.#loadCount;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#report = null;
    this.#values = [];
    showLoading(this.#shell);
    try {
      // The module loads while the bundle is fetched (a failure of either is shown).
      const [input] = await Promise.all([this.#readInput(abort.signal), loadModule()]);
      if (load !== this.#loadCount) return;
      if (input === null || input === undefined) {
        showIdle(this.#shell);
        return;
      }
      const report = await analyze(input);
      if (load !== this.#loadCount) return;
      this.#report = report;
      this.#values = showReport(this.#shell, report, { article: this.getAttribute('article') });
      emit(this, 'keyfigures-ready', { report });
    } catch (error) {
      if (load !== this.#loadCount) return;
      const message = String(error?.message ?? error);
      showError(this.#shell, message);
      emit(this, 'keyfigures-error', { message });
    } finally {
      if (load === this.#loadCount) this.#abort = null;
    }
  }

  #onClick(event) {
    const button = event.target.closest?.('button.value');
    const entry = button && this.#values[Number(button.dataset.index)];
    if (!entry) return;
    const { card, figure } = entry;
    // The chosen value stays marked while the host page highlights it.
    for (const other of this.shadowRoot.querySelectorAll('button.value[aria-current]')) other.removeAttribute('aria-current');
    button.setAttribute('aria-current', 'true');
    emit(this, 'keyfigures-select', {
      card: card.id,
      figure: figure.id,
      article: figure.article,
      start: figure.start,
      end: figure.end,
      text: figure.text,
    });
  }

  // Arrow keys, Home and End move between the values of one card.
  #onKeydown(event) {
    if (!NAVIGATION_KEYS.has(event.key)) return;
    const button = event.target.closest?.('button.value');
    const card = button?.closest('.card');
    if (!card) return;
    const buttons = [...card.querySelectorAll('button.value')];
    const at = buttons.indexOf(button);
    const last = buttons.length - 1;
    const next = {
      ArrowDown: Math.min(at + 1, last),
      ArrowRight: Math.min(at + 1, last),
      ArrowUp: Math.max(at - 1, 0),
      ArrowLeft: Math.max(at - 1, 0),
      Home: 0,
      End: last,
    }[event.key];
    event.preventDefault();
    buttons[next].focus();
  }
}
