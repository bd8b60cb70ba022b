#!/usr/bin/env node
// Initial JavaScript budget: the gzipped size of the JS a browser loads before the first paint, i.e. the
// entry chunk and every chunk it imports statically (transitively). Lazy route chunks (dynamic imports)
// are not counted. Reads the Vite manifest (build.manifest) of web/dist; run after `pnpm build`.
// Usage: node web/scripts/check-bundle-size.mjs [--budget-kb 200] [--dist web/dist]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const budgetKb = Number(option('--budget-kb', '200'));
const dist = path.resolve(option('--dist', path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')));

let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (error) {
  console.error(`check-bundle-size: cannot read ${dist}/.vite/manifest.json (run pnpm build first): ${error.message}`);
  process.exit(2);
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('check-bundle-size: the manifest has no entry');
  process.exit(2);
}

// Walk static imports only; dynamicImports are the lazy chunks.
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`check-bundle-size: ${key} missing from the manifest`);
  initial.add(key);
  for (const imported of chunk.imports ?? []) visit(imported);
};
for (const entry of entries) visit(entry);

// The index.html must load exactly the entry plus its static imports (as modulepreload), nothing more.
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const htmlScripts = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g),
].map((match) => match[1]);
const initialFiles = new Set([...initial].map((key) => manifest[key].file));
const extra = htmlScripts.filter((file) => !initialFiles.has(file));
if (extra.length > 0) {
  console.error(`check-bundle-size: index.html loads chunks outside the entry's static imports: ${extra.join(', ')}`);
  process.exit(1);
}

const rows = [...initialFiles].map((file) => {
  const source = readFileSync(path.join(dist, file));
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const row of rows)
  console.log(`  ${row.file.padEnd(44)} ${kb(row.raw).padStart(8)} kB  gzip ${kb(row.gzip).padStart(7)} kB`);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const lazy = Object.values(manifest).filter(
  (chunk) => chunk.file.endsWith('.js') && !initialFiles.has(chunk.file),
).length;
console.log(
  `Initial JavaScript: ${kb(total)} kB gzipped in ${rows.length} chunks (budget ${budgetKb} kB); ${lazy} lazy chunks not counted.`,
);
if (total > budgetKb * 1024) {
  console.error(`check-bundle-size: initial JavaScript ${kb(total)} kB gzipped exceeds the budget of ${budgetKb} kB`);
  process.exit(1);
}
