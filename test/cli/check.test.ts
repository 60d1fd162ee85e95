// `article-lens check`: the three output formats point at the marked chrome lines; exit codes follow --fail-on;
// binary files are skipped with a warning.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Span } from '../helpers/markers';
import { assertUsageError, lineColumn, makeTempDir, outputLines, runCli, Staged, StagedFile, stageFixtures } from '../helpers/run-cli';

const FINDING_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) ([a-z-]+) (.+)$/;
const SUMMARY_LINE = /^(\d+) findings? \((\d+) errors?, (\d+) warnings?, (\d+) information, (\d+) hints?\) in (\d+) of (\d+) articles?$/;

interface Expected {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The findings the markers ask for, in the order the CLI reports them (files sorted by path, then text order). */
function expectedFindings(files: StagedFile[]): Expected[] {
  return [...files]
    .sort((a, b) => (a.absolute < b.absolute ? -1 : 1))
    .flatMap((file) => file.spans.map((span: Span) => {
      const start = lineColumn(file.text, span.start);
      const end = lineColumn(file.text, span.end);
      return { file: file.display, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }));
}

let staged: Staged;
let expected: Expected[];

before(async () => {
  staged = await stageFixtures(['newsroom']);
  expected = expectedFindings(staged.files);
  assert.ok(expected.length >= 5, 'the fixtures mark some chrome');
  assert.ok(expected.some((e) => e.column > 1), 'one marked line is indented');
});

after(async () => {
  await fs.rm(staged.root, { recursive: true, force: true });
});

function check(args: string[], cwd = staged.root) {
  return runCli(['check', ...args], { cwd });
}

describe('check: text output', () => {
  it('prints one file:line:col line per chrome line, at the marked place, then a summary', async () => {
    const result = await check(['newsroom']);
    assert.equal(result.stderr, '');
    const lines = outputLines(result.stdout);
    const findings = lines.slice(0, -1).map((line) => {
      const match = FINDING_LINE.exec(line);
      assert.ok(match, `finding line: ${JSON.stringify(line)}`);
      const [, file, row, column, severity, rule, message] = match;
      assert.equal(severity, 'hint');
      assert.equal(rule, 'page-boilerplate');
      assert.ok(message.trim().length > 0);
      return { file, line: Number(row), column: Number(column) };
    });
    assert.deepEqual(findings, expected.map(({ file, line, column }) => ({ file, line, column })));

    const summary = SUMMARY_LINE.exec(lines[lines.length - 1]);
    assert.ok(summary, `summary line: ${JSON.stringify(lines[lines.length - 1])}`);
    const [, total, errors, warnings, information, hints, withFindings, articles] = summary.slice(0).map(Number);
    assert.equal(total, expected.length);
    assert.deepEqual([errors, warnings, information, hints], [0, 0, 0, expected.length]);
    assert.equal(withFindings, new Set(expected.map((e) => e.file)).size);
    assert.equal(articles, staged.files.length, 'every .article and .txt file in the folder is checked');
  });

  it('reports the same places for a CRLF copy of the articles', async () => {
    const crlf = await stageFixtures(['newsroom'], undefined, (text, spans) => {
      // Each \n before a span's start or end gains a \r.
      const shift = (offset: number) => offset + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
      return { text: text.replace(/\n/g, '\r\n'), spans: spans.map((s) => ({ start: shift(s.start), end: shift(s.end) })) };
    });
    try {
      const result = await check(['newsroom'], crlf.root);
      const places = outputLines(result.stdout).slice(0, -1).map((line) => FINDING_LINE.exec(line)!.slice(1, 4).join(':'));
      assert.deepEqual(places, expected.map((e) => `${e.file}:${e.line}:${e.column}`));
      assert.deepEqual(expectedFindings(crlf.files), expected, 'the CRLF staging moved the spans with the text');
    } finally {
      await fs.rm(crlf.root, { recursive: true, force: true });
    }
  });

  it('does not take the lede paragraph above a photo credit (blank line between) for a caption', async () => {
    const lede = await stageFixtures(['lede']);
    try {
      const result = await check(['lede'], lede.root);
      const reported = outputLines(result.stdout).slice(0, -1).map((line) => FINDING_LINE.exec(line)!.slice(1, 4).join(':'));
      assert.deepEqual(reported, expectedFindings(lede.files).map((e) => `${e.file}:${e.line}:${e.column}`), result.stdout);
    } finally {
      await fs.rm(lede.root, { recursive: true, force: true });
    }
  });
});

describe('check: exit codes', () => {
  it('exits 0 when there are only hints (default --fail-on warning)', async () => {
    const result = await check(['newsroom']);
    assert.equal(result.code, 0);
    assert.ok(outputLines(result.stdout).length > 1, 'there are findings');
  });

  it('exits 1 with --fail-on hint, and prints the same report', async () => {
    const [plain, strict] = await Promise.all([check(['newsroom']), check(['newsroom', '--fail-on', 'hint'])]);
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, plain.stdout);
  });

  it('accepts --fail-on=hint as well as --fail-on hint', async () => {
    assert.equal((await check(['--fail-on=hint', 'newsroom'])).code, 1);
  });

  it('exits 0 with --fail-on none, and with --fail-on information above the hints', async () => {
    assert.equal((await check(['newsroom', '--fail-on', 'none'])).code, 0);
    assert.equal((await check(['newsroom', '--fail-on', 'information'])).code, 0);
  });

  it('exits 0 even with --fail-on hint for an article without findings', async () => {
    const result = await check(['newsroom/library-hours.article', '--fail-on', 'hint']);
    assert.equal(result.code, 0);
    const lines = outputLines(result.stdout);
    assert.equal(lines.length, 1, 'only the summary');
    assert.match(lines[0], /^0 findings .* in 0 of 1 article$/);
  });
});

describe('check: --format json', () => {
  it('parses, with every finding at its marked place and a summary', async () => {
    const result = await check(['newsroom', '--format', 'json']);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout) as {
      findings: Array<Expected & { severity: string; rule: string; message: string; fixes: string[] }>;
      summary: { articles: number; articlesWithFindings: number; bySeverity: Record<string, number> };
    };
    assert.deepEqual(report.findings.map(({ file, line, column, endLine, endColumn }) => ({ file, line, column, endLine, endColumn })), expected);
    for (const finding of report.findings) {
      assert.equal(finding.severity, 'hint');
      assert.equal(finding.rule, 'page-boilerplate');
      assert.ok(finding.message.length > 0);
      assert.ok(finding.fixes.includes('Remove this line'), `fixes: ${finding.fixes}`);
    }
    assert.equal(report.summary.articles, staged.files.length);
    assert.equal(report.summary.articlesWithFindings, new Set(expected.map((e) => e.file)).size);
    assert.deepEqual(report.summary.bySeverity, { error: 0, warning: 0, information: 0, hint: expected.length });
  });
});

describe('check: --format sarif', () => {
  it('is SARIF 2.1.0 with rule ids and 1-based regions at the marked places', async () => {
    const result = await check(['newsroom', '--format=sarif']);
    assert.equal(result.code, 0);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif/i);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'article-lens');
    const ruleIds: string[] = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.ok(ruleIds.includes('page-boilerplate'), `rules: ${ruleIds}`);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const regions = run.results.map((r: { ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }) => {
      assert.ok(ruleIds.includes(r.ruleId), `result rule ${r.ruleId} is declared`);
      assert.ok(['none', 'note', 'warning', 'error'].includes(r.level), `level ${r.level}`);
      assert.ok(r.message.text.length > 0);
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return { file: artifactLocation.uri, line: region.startLine, column: region.startColumn, endLine: region.endLine, endColumn: region.endColumn };
    });
    assert.deepEqual(regions, expected);
    assert.ok(regions.every((r: Expected) => r.line >= 1 && r.column >= 1), '1-based');
  });
});

describe('check: binary files', () => {
  let scan: string;

  before(async () => {
    // A PNG header: a NUL byte in the first bytes, whatever the file is called.
    scan = path.join(staged.root, 'newsroom', 'front-page-scan.article');
    await fs.writeFile(scan, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  });

  after(async () => {
    await fs.rm(scan, { force: true });
  });

  it('skips a binary file in a folder with a warning on stderr, and checks the rest', async () => {
    const result = await check(['newsroom', '--fail-on', 'hint']);
    assert.equal(result.code, 1, 'exit code follows the remaining findings');
    const warnings = outputLines(result.stderr);
    assert.equal(warnings.length, 1, result.stderr);
    assert.match(warnings[0], /warning/);
    assert.ok(warnings[0].includes('front-page-scan.article'), warnings[0]);
    assert.ok(!result.stdout.includes('front-page-scan'), 'no finding for the binary file');
    const summary = SUMMARY_LINE.exec(outputLines(result.stdout).pop()!);
    assert.equal(Number(summary?.[7]), staged.files.length, 'the binary file is not counted as an article');
  });

  it('skips a binary file given by name, and checks the other files', async () => {
    const result = await check(['newsroom/front-page-scan.article', 'newsroom/library-hours.article', '--fail-on', 'hint']);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /front-page-scan\.article/);
    assert.match(outputLines(result.stdout).pop()!, / in 0 of 1 article$/);
  });

  it('exits 2 when the only input is binary', async () => {
    const result = await check(['newsroom/front-page-scan.article']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    const lines = outputLines(result.stderr);
    assert.ok(lines.some((l) => /warning/.test(l) && l.includes('front-page-scan.article')), result.stderr);
    assert.ok(lines.some((l) => /^article-lens: /.test(l) && !/warning/.test(l)), `an error line: ${result.stderr}`);
    assert.doesNotMatch(result.stderr, /^\s+at\s/m);
  });
});

describe('check: usage errors', () => {
  it('a path that does not exist', async () => {
    assertUsageError(await check(['newsroom/no-such-story.article']), /no-such-story\.article/);
  });

  it('a folder with no articles', async () => {
    const empty = path.join(staged.root, 'empty');
    await fs.mkdir(empty, { recursive: true });
    await fs.writeFile(path.join(empty, 'notes.md'), '# Not an article\n');
    assertUsageError(await check(['empty']), /empty/);
  });

  it('an unknown option', async () => {
    assertUsageError(await check(['newsroom', '--strict']), /--strict/);
  });

  it('a bad --format value', async () => {
    assertUsageError(await check(['newsroom', '--format', 'xml']), /xml/);
  });

  it('a bad --fail-on value', async () => {
    assertUsageError(await check(['newsroom', '--fail-on', 'sometimes']), /sometimes/);
  });

  it('an option without its value', async () => {
    assertUsageError(await check(['newsroom', '--format']), /--format/);
  });

  it('no file or folder', async () => {
    assertUsageError(await check([]));
  });
});

describe('check: the files given are the workspace', () => {
  const pair = (rate: string) => `Trade talks\n\nWASHINGTON - The US seeks a cut of $200 billion (€${rate} billion) by 2020, officials said.\n`;

  it('compares conversion pairs across the files, and reads the project file of the folder', async () => {
    const root = await makeTempDir();
    try {
      await fs.mkdir(path.join(root, 'desk'));
      await fs.writeFile(path.join(root, 'desk', 'a.article'), pair('167'));
      await fs.writeFile(path.join(root, 'desk', 'b.article'), pair('167'));
      const agreeing = await check(['desk', '--format', 'json'], root);
      assert.equal(agreeing.code, 0, agreeing.stderr);
      assert.deepEqual(JSON.parse(agreeing.stdout).findings.filter((f: { rule: string }) => f.rule === 'money-conversion-rate'), []);

      await fs.writeFile(path.join(root, 'desk', 'c.article'), pair('120'));
      const differing = await check(['desk', '--format', 'json'], root);
      const conflicts = JSON.parse(differing.stdout).findings.filter((f: { rule: string }) => f.rule === 'money-conversion-rate');
      assert.ok(conflicts.some((f: { file: string }) => f.file.endsWith('c.article')), differing.stdout);
      assert.equal(differing.code, 1);

      // A declared rate of 0.6 EUR per USD makes 0.835 the odd one out, and 0.6 the right one.
      await fs.writeFile(path.join(root, 'desk', '.article-lens.json'), JSON.stringify({ rates: [{ from: 'USD', to: 'EUR', rate: 0.6, date: '2018-05-04' }] }));
      const declared = await check(['desk', '--format', 'json'], root);
      const files = JSON.parse(declared.stdout).findings.filter((f: { rule: string }) => f.rule === 'money-conversion-rate').map((f: { file: string }) => path.basename(f.file));
      assert.ok(files.includes('a.article') && files.includes('b.article'), declared.stdout);
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});
