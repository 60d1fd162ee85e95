// Entry point of the end-to-end suite. VS Code (desktop through @vscode/test-electron, or code-server through the
// web `payload` parameter) loads this file inside the real extension host and awaits run(). Mocha is not bundled:
// it resolves from the repository's node_modules, next to out/test/e2e/suite/.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    // One test waits for the language server to start and check the article; each wait inside has its own bound.
    timeout: Number(process.env.ARTICLE_LENS_E2E_TEST_TIMEOUT_MS || 60000),
  });
  const grep = process.env.ARTICLE_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);

  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files next to ${__filename}`));
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`[article-lens e2e] ${failures} failing test(s) in ${files.join(', ')}`);
        if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
