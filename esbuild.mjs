// Three bundles: dist/client.js for VS Code (which provides 'vscode' itself); dist/server.js, which is the
// language server and the CLI in one file; and dist/summarize-worker.js, the script of the cold index's worker
// threads, which leaves out the LSP library and the CLI so that each worker starts sooner and holds less.
// Test bundles go to out/ so they never ship in the .vsix.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * V8 keeps a script's source as one string for as long as its functions may be compiled, and one character beyond
 * Latin-1 makes the whole string two bytes a character. esbuild escapes such characters in string literals but
 * leaves them in regular expression literals and some comments (`/[“”]/u`), so the server held its 3.4 MB bundle as
 * 6.9 MB of heap, and each indexing worker its own bundle as 5.6 MB. `\uXXXX` is the same code unit in a regular
 * expression, with or without the u flag (a pair of surrogates included), and only text in a comment.
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (!file || result.errors.length > 0) return;
      const source = readFileSync(file, 'utf8');
      const escaped = source.replace(/[^\x00-\x7f]/g, (character, at) => {
        // After a backslash the character is itself escaped (`/\’/`), and `\\u2019` would mean something else.
        if (source[at - 1] === '\\') throw new Error(`${file}: a character beyond ASCII after a backslash, at offset ${at}`);
        return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0');
      });
      if (escaped !== source) writeFileSync(file, escaped);
    });
  },
};

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
  plugins: [asciiOnly],
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
