// Runs the unit, lsp and cli tiers (the e2e tier needs a real editor: `npm run test:e2e`).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const TIERS = ['unit', 'lsp', 'cli'];

function testFiles(dir) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(testFiles(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

const files = TIERS.flatMap((tier) => {
  try {
    return testFiles(join('out', 'test', tier));
  } catch {
    return [];
  }
});
if (files.length === 0) {
  console.error('no compiled tests under out/test: run `npm run build` first');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
