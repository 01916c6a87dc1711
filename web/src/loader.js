// Loads the WASM module once per page and shares it: one compiled
// WebAssembly.Module, one instance, used by every analyze() call and widget.
// Nothing here runs until the first analyze() (no top-level await).

const DEFAULT_WASM_URL = new URL('../dist/keyfigures.wasm', import.meta.url);

const settings = {
  /** @type {string | URL | undefined} */ wasmUrl: undefined,
  /** @type {((defaultUrl: URL) => string | URL) | undefined} */ locateWasm: undefined,
  /** @type {ArrayBuffer | ArrayBufferView | undefined} */ wasmBinary: undefined,
  /** @type {WebAssembly.Module | undefined} */ wasmModule: undefined,
};

/** @type {Promise<WebAssembly.Module> | undefined} */
let compiledPromise;
/** @type {Promise<object> | undefined} */
let instancePromise;
/** @type {object | undefined} the instance instancePromise resolved to */
let currentInstance;

/** Thrown (as a rejection) when the module cannot be fetched, compiled or started. */
export class KeyfiguresLoadError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'KeyfiguresLoadError';
  }
}

/**
 * Where and how to load the module. Call before the first analyze():
 * `wasmUrl` (a CDN or extension URL), `locateWasm(defaultUrl)` (computed URL),
 * `wasmBinary` (bytes, e.g. read from disk in Node) or `wasmModule`
 * (an already compiled WebAssembly.Module).
 */
export function configure(options = {}) {
  if (compiledPromise) {
    throw new Error('keyfigures: configure() must be called before the module starts loading');
  }
  for (const key of Object.keys(options)) {
    if (!(key in settings)) throw new TypeError(`keyfigures: unknown configure() option "${key}"`);
  }
  Object.assign(settings, options);
}

/** The URL the module's .wasm file is fetched from. */
export function wasmUrl() {
  if (settings.wasmUrl) return new URL(settings.wasmUrl, globalThis.document?.baseURI ?? DEFAULT_WASM_URL);
  if (settings.locateWasm) return new URL(settings.locateWasm(DEFAULT_WASM_URL), DEFAULT_WASM_URL);
  return DEFAULT_WASM_URL;
}

function describeFailure(error, url) {
  const text = String(error?.message ?? error);
  if (/Content Security Policy|unsafe-eval/i.test(text)) {
    return "WebAssembly is blocked by this page's Content Security Policy (it needs script-src 'wasm-unsafe-eval')";
  }
  const hint = url.protocol === 'file:' ? '; outside a browser, pass configure({ wasmBinary })' : '';
  return `the module at ${url} could not be loaded (${text}${hint})`;
}

async function fetchAndCompile(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new KeyfiguresLoadError(`the module at ${url} could not be loaded (HTTP ${response.status})`);
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (typeof WebAssembly.compileStreaming === 'function' && /^application\/wasm\b/i.test(type)) {
    return WebAssembly.compileStreaming(response);
  }
  // Servers that send another MIME type make compileStreaming fail:
  // compiling from the bytes works the same, only later.
  return WebAssembly.compile(await response.arrayBuffer());
}

function compileModule() {
  if (settings.wasmModule) return Promise.resolve(settings.wasmModule);
  if (settings.wasmBinary) return WebAssembly.compile(settings.wasmBinary);
  const url = wasmUrl();
  return fetchAndCompile(url).catch((error) => {
    if (error instanceof KeyfiguresLoadError) throw error;
    throw new KeyfiguresLoadError(describeFailure(error, url), { cause: error });
  });
}

async function instantiate(compiled, glue) {
  const { default: createKeyfiguresModule } = await glue.catch((error) => {
    throw new KeyfiguresLoadError(`the module's JavaScript (keyfigures.mjs) could not be loaded (${error.message})`, { cause: error });
  });
  return new Promise((resolve, reject) => {
    createKeyfiguresModule({
      // Reuse the compiled module: a new instance costs no recompilation.
      instantiateWasm(imports, receiveInstance) {
        WebAssembly.instantiate(compiled, imports).then(
          (instance) => receiveInstance(instance, compiled),
          (error) => reject(new KeyfiguresLoadError(describeFailure(error, wasmUrl()), { cause: error })),
        );
        return {};
      },
      onAbort: (what) => reject(new KeyfiguresLoadError(`the module aborted while starting (${what})`)),
      print: () => {},
      printErr: () => {},
    }).then(resolve, reject);
  });
}

/**
 * Resolves to the started module ({ analyze, version }). The first call
 * starts the download; a failed download is retried by the next call.
 */
export function loadModule() {
  if (instancePromise) return instancePromise;
  compiledPromise ??= compileModule().catch((error) => {
    compiledPromise = undefined;
    throw error;
  });
  // The glue (keyfigures.mjs) downloads while the .wasm compiles.
  const glue = import('../dist/keyfigures.mjs');
  glue.catch(() => {}); // reported through instancePromise
  instancePromise = compiledPromise.then((compiled) => instantiate(compiled, glue)).then(
    (instance) => (currentInstance = instance),
    (error) => {
      instancePromise = undefined;
      throw error;
    },
  );
  return instancePromise;
}

/**
 * Drops the current instance (after a trap inside it, its memory cannot be
 * trusted); the next loadModule() makes a fresh one from the compiled module.
 */
export function discardInstance(instance) {
  if (instance !== currentInstance) return;
  currentInstance = undefined;
  instancePromise = undefined;
}
