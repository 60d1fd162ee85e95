// Runs the CLI (dist/server.js without a transport flag) as a user would, and stages marked fixture folders
// (⟦…⟧ around the lines that must be reported) as plain files in a temp folder, keeping the expected spans.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { parseMarked, Span } from './markers';

/** Test bundles run from out/test/<tier>/, so the repository is three folders up. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');
export const CLI_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'cli');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Written to stdin, which is then closed; without it stdin is closed at once. */
  input?: string | Buffer;
  timeoutMs?: number;
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? 10000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BUNDLE, ...args], { cwd: options.cwd ?? REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`article-lens ${args.join(' ')} did not finish within ${timeoutMs} ms; stderr so far:\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); });
    child.stdin.on('error', () => { /* the CLI may exit before reading stdin */ });
    child.stdin.end(options.input ?? '');
  });
}

export interface StagedFile {
  /** The path as the CLI shows it when run from the staging root (forward slashes). */
  display: string;
  absolute: string;
  text: string;
  /** The spans the fixture marked with ⟦…⟧. */
  spans: Span[];
}

export interface Staged {
  root: string;
  files: StagedFile[];
}

export async function makeTempDir(prefix = 'article-lens-cli-'): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
}

/**
 * Copies test/fixtures/cli/<folder> to <root>/<folder> with the markers removed. `transform` may rewrite each
 * text (CRLF line breaks, say) after the markers are parsed out, mapping the spans along with it.
 */
export async function stageFixtures(folders: string[], root?: string, transform?: (text: string, spans: Span[]) => { text: string; spans: Span[] }): Promise<Staged> {
  const target = root ?? await makeTempDir();
  const files: StagedFile[] = [];
  for (const folder of folders) {
    for (const relative of await listFiles(path.join(CLI_FIXTURES, folder))) {
      const source = await fs.readFile(path.join(CLI_FIXTURES, folder, relative), 'utf8');
      let { text, spans } = parseMarked(source);
      if (transform) ({ text, spans } = transform(text, spans));
      const absolute = path.join(target, folder, relative);
      await fs.mkdir(path.dirname(absolute), { recursive: true });
      await fs.writeFile(absolute, text);
      files.push({ display: path.posix.join(folder, ...relative.split(path.sep)), absolute, text, spans });
    }
  }
  return { root: target, files };
}

async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...await listFiles(folder, relative));
    else found.push(relative);
  }
  return found.sort();
}

/** 1-based line and column (UTF-16 code units) of an offset, as `file:line:col` counts them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Lines of output without the final newline's empty string. */
export function outputLines(output: string): string[] {
  const lines = output.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A usage or input error: exit 2, one `article-lens: …` line on stderr, no stack trace, nothing on stdout. */
export function assertUsageError(result: CliResult, message?: RegExp): void {
  const context = `stdout: ${JSON.stringify(result.stdout)}\nstderr: ${JSON.stringify(result.stderr)}`;
  assert.equal(result.code, 2, `exit code (${context})`);
  const lines = outputLines(result.stderr);
  assert.equal(lines.length, 1, `one line on stderr (${context})`);
  assert.match(lines[0], /^article-lens: \S/, context);
  assert.doesNotMatch(result.stderr, /^\s+at\s|\b[A-Z][a-z]*Error\b|internal error/m, `no stack trace (${context})`);
  if (message) assert.match(lines[0], message);
  assert.equal(result.stdout, '', 'nothing on stdout');
}
