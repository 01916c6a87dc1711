// What a page downloads for the widget, raw and compressed (gzip -9 and
// brotli q11, as a CDN would serve them): the JS of web/src plus the
// Emscripten glue, the WASM binary, and any CSS files (the widget's own
// styles live in web/src/styles.js, so they count as JS).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

function listFiles(dir, extensions) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** { js, wasm, css, total } each { files, raw, gzip, brotli }; files compressed one by one. */
export function measurePayload(root, distDir = join(root, 'web/dist')) {
  const groups = {
    js: [...listFiles(join(root, 'web/src'), ['.js', '.mjs']), join(distDir, 'keyfigures.mjs')],
    wasm: [join(distDir, 'keyfigures.wasm')],
    css: listFiles(join(root, 'web/src'), ['.css']),
  };
  const result = {};
  const total = { files: [], raw: 0, gzip: 0, brotli: 0 };
  for (const [name, files] of Object.entries(groups)) {
    const present = files.filter((file) => existsSync(file));
    const group = { files: present.map((file) => relative(root, file)), raw: 0, gzip: 0, brotli: 0 };
    for (const file of present) {
      const size = sizes(readFileSync(file));
      for (const key of ['raw', 'gzip', 'brotli']) group[key] += size[key];
    }
    result[name] = group;
    total.files.push(...group.files);
    for (const key of ['raw', 'gzip', 'brotli']) total[key] += group[key];
  }
  result.total = total;
  result.missing = Object.values(groups).flat().filter((file) => !existsSync(file)).map((f) => relative(root, f));
  return result;
}
