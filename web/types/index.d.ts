// Public types of the keyfigures package. Field docs follow docs/CONTRACT.md.

/** One article of a bundle. */
export interface Article {
  /** Unique in the bundle, e.g. `"s0"`. */
  id: string;
  /** Full plain text, UTF-8; paragraphs separated by blank lines. */
  text: string;
  /** The outlet, e.g. `"Benzinga"`. */
  source?: string;
  /** Link to the article; the widget links only http(s) URLs. */
  url?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  title?: string;
}

/** The input: articles about one event. Other fields are rejected with a message naming them. */
export interface Bundle {
  /** A name for the bundle, e.g. `"alibaba-nvidia-2025-09-24"`. */
  bundle?: string;
  topic?: string;
  articles: Article[];
}

/** An article as the report lists it (without its text). */
export interface ArticleSummary {
  id: string;
  source?: string;
  title?: string;
  published?: string;
  url?: string;
}

/** `percent`, `percentage_points`, an ISO 4217 code (`USD`, `CNY`, ...), `multiple`, `count`, or another unit. */
export type Unit = 'percent' | 'percentage_points' | 'multiple' | 'count' | (string & {});

/** How the figure was hedged in the text. */
export type Hedge = 'exact' | 'approx' | 'over' | 'under' | 'range';

/** One number found in one article. */
export interface Figure {
  id: string;
  /** The id of the article it was found in. */
  article: string;
  /** The exact characters of the figure in the article's text. */
  text: string;
  /** UTF-16 offset: `article.text.slice(start, end) === text`. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  /**
   * The normalized number: `380 billion yuan` -> 380000000000, `9.26%` -> 9.26, `11x` -> 11.
   * For ranges, the midpoint. A printed sign is kept (`-3.2%` -> -3.2); "plunged 17%" is 17 with `direction: "down"`.
   */
  value: number;
  /** Lower end of a range (`8-10%` -> 8). */
  low?: number;
  /** Upper end of a range (`8-10%` -> 10). */
  high?: number;
  unit: Unit;
  /** What a `count` counts, e.g. `"availability zones"`. */
  noun?: string;
  /** `exact`, `approx` (about, roughly, nearly, around), `over` (more than, topping), `under` (less than, below), `range`. */
  hedge: Hedge;
  /** For changes (rose, jumped, plunged, fell). */
  direction?: 'up' | 'down';
  /** What the number is about, e.g. `"Alibaba (BABA) US shares"`. */
  subject: string;
  /** What it measures, e.g. `"share price change"`. */
  metric: string;
  /** Context that narrows it, e.g. `["premarket", "2025-09-24"]`. */
  qualifiers: string[];
  /** The id of a figure that is the same amount in another unit (a currency conversion). */
  same_amount_as?: string;
}

/** One quantity as reported across the bundle: every figure of it, from every article. */
export interface Card {
  id: string;
  /** Plain English a reader understands without the articles. */
  label: string;
  /** Ids of the card's figures, from every article. */
  figures: string[];
  /** How many outlets report it. */
  sources?: number;
  subject?: string;
  metric?: string;
  period?: string;
}

/**
 * Sources disagree about one card. `major`: a reader would be misled; `minor`: real but
 * small or wording-level; `info`: context explains it (not a conflict).
 */
export interface Flag {
  id: string;
  /** The id of the card it is about. */
  card: string;
  /** `value_conflict`, `unit_conflict`, or an `info` note: `session_difference`, `timing_difference` (README, Flags). */
  kind: string;
  severity: 'major' | 'minor' | 'info';
  /** The figures that disagree (from at least two articles). */
  figures: string[];
  /** One readable sentence naming the sources and their values. */
  message: string;
}

/** The output of analyze(). */
export interface Report {
  version: '1';
  bundle?: string;
  topic?: string;
  articles: ArticleSummary[];
  figures: Figure[];
  /** Most salient first. */
  cards: Card[];
  flags: Flag[];
}

/** Where and how to load the WASM module; call before the first analyze(). */
export interface ConfigureOptions {
  /** URL of `keyfigures.wasm` (a CDN, an extension's `chrome.runtime.getURL(...)`). Relative URLs resolve against the page. */
  wasmUrl?: string | URL;
  /** Computes the URL from the default one (next to the package's `dist/keyfigures.mjs`). */
  locateWasm?: (defaultUrl: URL) => string | URL;
  /** The module's bytes (e.g. `readFileSync` in Node, where `fetch` of `file:` URLs fails). */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  /** An already compiled module. */
  wasmModule?: WebAssembly.Module;
}

/**
 * Sets where the module is loaded from. Throws if the module has already started loading.
 * @example configure({ wasmUrl: 'https://cdn.example.com/keyfigures@0.1.0/dist/keyfigures.wasm' })
 */
export function configure(options: ConfigureOptions): void;

/**
 * Analyzes a bundle (an object or its JSON text). The module is loaded on the first call
 * and shared by every caller and widget on the page.
 * @throws {KeyfiguresError} (as a rejection) with the core's message when the bundle is invalid.
 * @throws {KeyfiguresLoadError} (as a rejection) when the module cannot be fetched, compiled or started.
 */
export function analyze(bundle: Bundle | string): Promise<Report>;

/** The core's version, e.g. `"0.1.0"` (loads the module). */
export function version(): Promise<string>;

/** How a widget words a figure's value: `"about 9%"`, `"over $177"`, `"8–10%"`, `"up 9.26%"`. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'hedge'> & Partial<Figure>): string;

/** The core rejected the bundle (`kind: "bad_input"`) or failed inside (`kind: "internal"`). */
export class KeyfiguresError extends Error {
  readonly kind: 'bad_input' | 'internal' | (string & {});
}

/** The WASM module could not be fetched (HTTP status in the message), compiled, or was blocked by CSP. */
export class KeyfiguresLoadError extends Error {}

/** Detail of `keyfigures-ready`. */
export interface KeyfiguresReadyDetail {
  report: Report;
}

/** Detail of `keyfigures-error`. */
export interface KeyfiguresErrorDetail {
  /** Readable: the fetch failure (with HTTP status), the core's message, or why the module did not load. */
  message: string;
}

/** Detail of `keyfigures-select`: enough for a host page to highlight the span in the article. */
export interface KeyfiguresSelectDetail {
  /** Card id. */
  card: string;
  /** Figure id. */
  figure: string;
  /** Article id. */
  article: string;
  /** UTF-16 offsets in the article's text: `text === articleText.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface KeyFiguresEventMap {
  'keyfigures-ready': CustomEvent<KeyfiguresReadyDetail>;
  'keyfigures-error': CustomEvent<KeyfiguresErrorDetail>;
  'keyfigures-select': CustomEvent<KeyfiguresSelectDetail>;
}

/**
 * `<key-figures src="bundle.json" article="s2" theme="auto">`. Data comes from `src`, from an
 * inline `<script type="application/json">` child, or from the `bundle` property (the latest
 * of `src`/`bundle` wins).
 *
 * Parts: `card`, `label`, `value`, `source`, `flag`, `flag-major`, `flag-minor`, `status`, `error`.
 * CSS properties: `--kf-accent`, `--kf-bg`, `--kf-fg`, `--kf-muted`, `--kf-border`, `--kf-major`,
 * `--kf-minor`, `--kf-font`, `--kf-radius`.
 */
export class KeyFiguresElement extends HTMLElement {
  /** Registers the element under `tag` unless the registry already has it; returns the registered class. */
  static define(tag?: string, registry?: CustomElementRegistry): CustomElementConstructor | undefined;
  static readonly observedAttributes: string[];
  /** The last report shown; `null` while loading, after an error, or before the first load. */
  readonly report: Report | null;
  /** The bundle to analyze (object or JSON text). Setting it analyzes and re-renders. */
  bundle: Bundle | string | undefined;
  /** Reflects the `src` attribute: URL of a bundle JSON file. Changing it re-renders. */
  src: string;
  /** Reflects the `article` attribute: the id of the article the host page shows. */
  article: string;
  /** Reflects the `theme` attribute: `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' | (string & {});
  addEventListener<K extends keyof KeyFiguresEventMap>(
    type: K,
    listener: (this: KeyFiguresElement, event: KeyFiguresEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof KeyFiguresEventMap>(
    type: K,
    listener: (this: KeyFiguresElement, event: KeyFiguresEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** Registers `<key-figures>` (or `tag`) once; same as `KeyFiguresElement.define()`. */
export function define(tag?: string, registry?: CustomElementRegistry): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'key-figures': KeyFiguresElement;
  }
  interface HTMLElementEventMap {
    'keyfigures-ready': CustomEvent<KeyfiguresReadyDetail>;
    'keyfigures-error': CustomEvent<KeyfiguresErrorDetail>;
    'keyfigures-select': CustomEvent<KeyfiguresSelectDetail>;
  }
}
