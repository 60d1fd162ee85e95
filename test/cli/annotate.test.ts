// `article-lens annotate`: the annotation contract as JSON Lines, from files, folders, a JSONL file or stdin.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CLI_FIXTURES, outputLines, runCli, Staged, stageFixtures } from '../helpers/run-cli';

interface Annotation {
  id: string;
  entities: Array<{ start: number; end: number; text: string; type: string; entity: string }>;
  money: Array<{ start: number; end: number; text: string; amount: number; currency: string }>;
  quotes: Array<{ start: number; end: number; text: string; speaker: string | null; speakerStart?: number; speakerEnd?: number }>;
}

/** Parses every stdout line; each must be one JSON object in the contract's shape. */
function annotations(stdout: string): Annotation[] {
  return outputLines(stdout).map((line) => {
    const value = JSON.parse(line) as Annotation;
    assert.equal(typeof value.id, 'string', line);
    for (const list of ['entities', 'money', 'quotes'] as const) assert.ok(Array.isArray(value[list]), `${list} is an array: ${line}`);
    return value;
  });
}

/** Nothing invented: every span lies inside the text and its `text` is exactly what the span covers. */
function assertGroundedIn(annotation: Annotation, text: string): void {
  for (const item of [...annotation.entities, ...annotation.money, ...annotation.quotes]) {
    assert.ok(Number.isInteger(item.start) && Number.isInteger(item.end) && item.start >= 0 && item.start < item.end && item.end <= text.length,
      `span ${item.start}..${item.end} inside a text of ${text.length}`);
    assert.equal(item.text, text.slice(item.start, item.end));
  }
}

interface Record {
  id?: string | number;
  text?: string;
}

async function readJsonl(name: string): Promise<Array<{ line: number; record: Record | undefined }>> {
  const text = await fs.readFile(path.join(CLI_FIXTURES, name), 'utf8');
  return text.split('\n').map((raw, index) => {
    try {
      return { line: index + 1, record: raw.trim() === '' ? undefined : JSON.parse(raw) as Record };
    } catch {
      return { line: index + 1, record: undefined };
    }
  });
}

let staged: Staged;

before(async () => {
  staged = await stageFixtures(['newsroom']);
});

after(async () => {
  await fs.rm(staged.root, { recursive: true, force: true });
});

describe('annotate files and folders', () => {
  it('prints one JSON line for one article, with its path as id and spans grounded in its text', async () => {
    const file = staged.files.find((f) => f.display.endsWith('port-expansion.article'))!;
    const result = await runCli(['annotate', file.display], { cwd: staged.root });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const [annotation, ...rest] = annotations(result.stdout);
    assert.deepEqual(rest, []);
    assert.equal(annotation.id, file.display);
    assertGroundedIn(annotation, file.text);
  });

  it('invents no money and no quotes for an article with neither', async () => {
    const file = staged.files.find((f) => f.display.endsWith('library-hours.article'))!;
    assert.doesNotMatch(file.text, /[\d$€£"“”]/u, 'the fixture has no figures and no quotation marks');
    const [annotation] = annotations((await runCli(['annotate', file.display], { cwd: staged.root })).stdout);
    assert.deepEqual(annotation.money, []);
    assert.deepEqual(annotation.quotes, []);
    assertGroundedIn(annotation, file.text);
  });

  it('prints one line per article of a folder, .txt included, in path order', async () => {
    const result = await runCli(['annotate', 'newsroom'], { cwd: staged.root });
    assert.equal(result.code, 0, result.stderr);
    const all = annotations(result.stdout);
    const files = [...staged.files].sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
    assert.deepEqual(all.map((a) => a.id), files.map((f) => f.display));
    all.forEach((annotation, index) => assertGroundedIn(annotation, files[index].text));
  });
});

describe('annotate --jsonl', () => {
  it('keeps the ids (numbers as strings, the line number where there is none) and the order', async () => {
    const records = (await readJsonl('batch.jsonl')).filter((r) => r.record !== undefined);
    const result = await runCli(['annotate', '--jsonl', 'batch.jsonl'], { cwd: CLI_FIXTURES });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const out = annotations(result.stdout);
    assert.deepEqual(out.map((a) => a.id), records.map(({ line, record }) => (record!.id === undefined ? String(line) : String(record!.id))));
    out.forEach((annotation, index) => assertGroundedIn(annotation, records[index].record!.text!));
  });

  it('reads the same records from stdin with --jsonl -', async () => {
    const input = await fs.readFile(path.join(CLI_FIXTURES, 'batch.jsonl'));
    const [fromFile, fromStdin, inline] = await Promise.all([
      runCli(['annotate', '--jsonl', 'batch.jsonl'], { cwd: CLI_FIXTURES }),
      runCli(['annotate', '--jsonl', '-'], { cwd: CLI_FIXTURES, input }),
      runCli(['annotate', '--jsonl=-'], { cwd: CLI_FIXTURES, input }),
    ]);
    assert.equal(fromStdin.code, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, fromFile.stdout);
    assert.equal(inline.stdout, fromFile.stdout);
  });

  it('reports a bad line as <name>:<line>, exits 2, and still annotates the good lines in order', async () => {
    const lines = await readJsonl('broken.jsonl');
    const good = lines.filter((l) => l.record?.text !== undefined);
    const result = await runCli(['annotate', '--jsonl', 'broken.jsonl'], { cwd: CLI_FIXTURES });
    assert.equal(result.code, 2);
    assert.deepEqual(annotations(result.stdout).map((a) => a.id), good.map((l) => String(l.record!.id)));
    const errors = outputLines(result.stderr);
    const invalid = lines.find((l) => l.record === undefined)!.line;
    const noText = lines.find((l) => l.record !== undefined && l.record.text === undefined)!.line;
    assert.equal(errors.length, 2, result.stderr);
    assert.match(errors[0], new RegExp(`(^|\\s)broken\\.jsonl:${invalid}: invalid JSON`));
    assert.match(errors[1], new RegExp(`(^|\\s)broken\\.jsonl:${noText}: .*text`));
    assert.doesNotMatch(result.stderr, /^\s+at\s/m);
  });

  it('writes statements and partial quotes with the marks, the canonical speaker and where the cue names them; names in quote marks are no quotes', async () => {
    const text = [
      'Ann Lee, a spokeswoman for the Commerce Ministry, spoke on Friday.',
      '',
      '“We will keep talking about the tariffs,” Lee said. She called the talks a “frank exchange” and the "Made in China 2025" plan a concern.',
    ].join('\n');
    const result = await runCli(['annotate', '--jsonl', '-'], { input: Buffer.from(`${JSON.stringify({ id: 'q', text })}\n`) });
    assert.equal(result.code, 0, result.stderr);
    const [annotation] = annotations(result.stdout);
    assertGroundedIn(annotation, text);
    assert.deepEqual(annotation.quotes.map((q) => [q.text, q.speaker]), [['“We will keep talking about the tariffs,”', 'Ann Lee'], ['“frank exchange”', 'Ann Lee']]);
    const [first] = annotation.quotes;
    assert.equal(text.slice(first.speakerStart, first.speakerEnd), 'Lee', 'the speaker span is the words at the cue; the speaker is the canonical name');
    for (const q of annotation.quotes) assert.ok(q.speakerStart! < q.speakerEnd!, JSON.stringify(q));
  });

  it('names stdin in the report when the records come from stdin', async () => {
    const input = await fs.readFile(path.join(CLI_FIXTURES, 'broken.jsonl'));
    const result = await runCli(['annotate', '--jsonl', '-'], { input });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /(^|\s)stdin:2: invalid JSON/);
    assert.equal(annotations(result.stdout).length, 3);
  });
});
