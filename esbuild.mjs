// Three bundles: dist/client.js for VS Code (which provides 'vscode' itself); dist/server.js, which is the
// language server and the CLI in one file; and dist/summarize-worker.js, the script of the cold index's worker
// threads, which leaves out the LSP library and the CLI so that each worker starts sooner and holds less.
// Test bundles go to out/ so they never ship in the .vsix.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Node 20 reads \p{…} in a regular expression literal. Left to the target, esbuild writes each such literal as
  // `new RegExp(…)` where it stands, which builds the pattern again on every call of the function that holds it.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { VERSION: JSON.stringify(version) },
};

/** Every *.test.ts under a folder, so that adding a test file needs no edit here. */
function testEntries(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...testEntries(path));
    else if (name.endsWith('.ts')) found.push(path);
  }
  return found;
}

const builds = [
  { ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  { ...common, entryPoints: ['server/summarize-worker.ts'], outfile: 'dist/summarize-worker.js' },
];
if (!production) {
  builds.push({
    ...common,
    entryPoints: testEntries('test').filter((p) => !p.includes(join('test', 'fixtures'))),
    outdir: 'out/test',
    outbase: 'test',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  console.error('[esbuild] watching client/, server/ and test/');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
