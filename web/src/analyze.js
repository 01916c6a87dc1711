// The JS API over the module: analyze(bundle) -> Promise<report>, version().
import { discardInstance, loadModule } from './loader.js';

/** The core rejected the bundle (`kind: "bad_input"`) or failed (`kind: "internal"`). */
export class KeyfiguresError extends Error {
  constructor(message, kind = 'bad_input') {
    super(message);
    this.name = 'KeyfiguresError';
    this.kind = kind;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Embind's UTF-8 encoder pairs a lone surrogate with the next character,
// which would shift every later offset; U+FFFD keeps the UTF-16 length.
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function toJsonText(bundle) {
  if (typeof bundle === 'string') return wellFormed(bundle);
  if (bundle === null || typeof bundle !== 'object') {
    throw new KeyfiguresError(`bundle must be an object or JSON text, not ${bundle === null ? 'null' : typeof bundle}`);
  }
  if (ArrayBuffer.isView(bundle) || bundle instanceof ArrayBuffer) {
    // JSON.stringify would turn bytes into {"0":123,...}: say what to do instead.
    const type = bundle.constructor?.name ?? 'binary data';
    throw new KeyfiguresError(`bundle must be an object or JSON text, not a ${type} (decode it with TextDecoder first)`);
  }
  try {
    return JSON.stringify(bundle);
  } catch (error) {
    throw new KeyfiguresError(`bundle cannot be written as JSON (${error.message})`);
  }
}

/**
 * Reads a bundle (object or JSON text) and resolves to its report. Rejects
 * with a KeyfiguresError carrying the core's message for bad input, or a
 * KeyfiguresLoadError when the module cannot load.
 */
export async function analyze(bundle) {
  const json = toJsonText(bundle);
  const module = await loadModule();
  let output;
  try {
    output = module.analyze(json);
  } catch (error) {
    // A trap (out of memory, a bug): this instance's memory is suspect, so
    // the next call gets a fresh one; other callers are not affected.
    // (A C++ throw, with exception catching compiled out, arrives here too.)
    discardInstance(module);
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new KeyfiguresError(`internal error in the keyfigures module${reason}`, 'internal');
  }
  const report = JSON.parse(output);
  if (report.error) throw new KeyfiguresError(report.error.message, report.error.kind);
  return report;
}

/** The core's version string, e.g. "0.1.0" (loads the module). */
export async function version() {
  return (await loadModule()).version();
}
