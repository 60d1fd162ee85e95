// The command line itself: --help, --version, and the usage errors that exit 2 with one line and no stack.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertUsageError, CLI_FIXTURES, REPO_ROOT, runCli } from '../helpers/run-cli';

const VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('help and version', () => {
  for (const args of [['--help'], ['-h'], ['help'], ['check', '--help'], ['annotate', '-h']]) {
    it(`${args.join(' ')} prints the usage and exits 0`, async () => {
      const result = await runCli(args);
      assert.equal(result.code, 0);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /Usage:/);
      assert.match(result.stdout, /article-lens check/);
      assert.match(result.stdout, /article-lens annotate/);
    });
  }

  for (const flag of ['--version', '-v']) {
    it(`${flag} prints the package.json version and exits 0`, async () => {
      const result = await runCli([flag]);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, `${VERSION}\n`);
      assert.equal(result.stderr, '');
    });
  }
});

describe('usage errors exit 2 with one line on stderr', () => {
  it('no arguments', async () => {
    assertUsageError(await runCli([]));
  });

  it('an unknown command', async () => {
    assertUsageError(await runCli(['lint', 'samples']), /lint/);
  });

  it('annotate without input', async () => {
    assertUsageError(await runCli(['annotate']));
  });

  it('annotate with both files and --jsonl', async () => {
    assertUsageError(await runCli(['annotate', 'batch.jsonl', '--jsonl', 'batch.jsonl'], { cwd: CLI_FIXTURES }));
  });

  it('annotate --jsonl with a file that does not exist', async () => {
    assertUsageError(await runCli(['annotate', '--jsonl', 'no-such-batch.jsonl'], { cwd: CLI_FIXTURES }), /no-such-batch\.jsonl/);
  });

  it('annotate with a path that does not exist', async () => {
    assertUsageError(await runCli(['annotate', 'no-such-story.article'], { cwd: CLI_FIXTURES }), /no-such-story\.article/);
  });
});
