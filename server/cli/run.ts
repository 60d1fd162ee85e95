// The command line: argument parsing and exit codes. 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
import { KnowledgeBase } from '../analysis/knowledge-base';
import { Severity, SEVERITIES } from '../rules/rule';
import { DEFAULT_SETTINGS, normalizeSettings, Settings } from '../service/settings';
import { readProjectFile } from '../service/project-file';
import { stat } from 'node:fs/promises';
import { annotateFiles, annotateJsonl } from './annotate';
import { OutputFormat, runCheck } from './check';
import { collectFiles, UsageError } from './inputs';

const HELP = `article-lens ${VERSION}: people, money and quotes in news articles, checked.

Usage:
  article-lens check <files|folders…> [--format text|json|sarif] [--fail-on error|warning|information|hint|none]
  article-lens annotate <files|folders…>
  article-lens annotate --jsonl <file|->
  article-lens --stdio | --node-ipc | --socket=<port>     run the language server

Folders are searched for *.article and *.txt files.
check prints one finding a line as  file:line:col severity rule-id message  and a summary line.
  Exit code 0: nothing at or above --fail-on (default: warning); 1: findings that are; 2: usage or input error.
annotate writes one JSON line per article: {"id", "entities", "money", "quotes"} (see README).
  With --jsonl, each input line is {"id": "...", "text": "..."}; bad lines are reported with their number and skipped.

Options:
  -h, --help       show this help
  -v, --version    show the version
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  progress: boolean;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`article-lens: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      io.err(`article-lens: cannot read ${(error as NodeJS.ErrnoException).path ?? 'input'} (${code})\n`);
      return 2;
    }
    throw error;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given: check or annotate (try --help)');
  if (command === '-h' || command === '--help' || command === 'help') {
    io.out(HELP);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const options = parseOptions(rest);
  if (options.flags.has('help')) {
    io.out(HELP);
    return 0;
  }
  const warn = (message: string) => io.err(`article-lens: warning: ${message}\n`);
  if (command === 'check') {
    if (options.paths.length === 0) throw new UsageError('check needs at least one file or folder (try --help)');
    const files = await collectFiles(options.paths, warn);
    if (files.length === 0) throw new UsageError('no readable articles among the inputs');
    const result = runCheck(files, {
      format: oneOf(options.values.get('format') ?? 'text', ['text', 'json', 'sarif'], '--format') as OutputFormat,
      failOn: oneOf(options.values.get('fail-on') ?? 'warning', [...SEVERITIES, 'none'], '--fail-on') as Severity | 'none',
      ...(await projectSettings(options.paths, warn)),
      progress: io.progress ? progressReporter(io, 'checked') : undefined,
    });
    io.out(result.output);
    return result.exitCode;
  }
  if (command === 'annotate') {
    const jsonl = options.values.get('jsonl');
    if (jsonl !== undefined) {
      if (options.paths.length > 0) throw new UsageError('annotate takes either files and folders or --jsonl, not both');
      const bad = await annotateJsonl(jsonl, (line) => io.out(line + '\n'), (message) => io.err(`article-lens: ${message}\n`));
      return bad > 0 ? 2 : 0;
    }
    if (options.paths.length === 0) throw new UsageError('annotate needs files, folders or --jsonl FILE|- (try --help)');
    const { knowledge } = await projectSettings(options.paths, warn);
    annotateFiles(await collectFiles(options.paths, warn), (line) => io.out(line + '\n'), io.progress ? progressReporter(io, 'annotated') : undefined, knowledge);
    return 0;
  }
  throw new UsageError(`unknown command: ${command} (try --help)`);
}

/** A counter on stderr for long batches, when stderr is a terminal (never in pipes or CI logs). */
/**
 * The settings of the project file (.article-lens.json) in the first folder given, else in the working
 * directory, over the defaults, and its knowledge base: what the editors read. A broken file is a warning, not a stop.
 */
async function projectSettings(paths: string[], warn: (message: string) => void): Promise<{ settings: Settings; knowledge: KnowledgeBase }> {
  const folders: string[] = [];
  for (const given of paths) if (await stat(given).then((s) => s.isDirectory(), () => false)) folders.push(given);
  folders.push(process.cwd());
  const project = await readProjectFile(folders);
  if (project.error) warn(`project file ignored: ${project.error}`);
  return { settings: project.settings === undefined ? DEFAULT_SETTINGS : normalizeSettings(project.settings, DEFAULT_SETTINGS), knowledge: project.knowledge };
}

function progressReporter(io: Io, verb: string): (done: number, total: number) => void {
  return (done, total) => {
    if (done % 100 === 0 || done === total) io.err(`\r${verb} ${done} of ${total} articles${done === total ? '\n' : ''}`);
  };
}

const VALUE_OPTIONS = new Set(['format', 'fail-on', 'jsonl']);
const FLAG_OPTIONS = new Set(['help']);

function parseOptions(args: string[]): { paths: string[]; values: Map<string, string>; flags: Set<string> } {
  const paths: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    if (name === 'h') flags.add('help');
    else if (FLAG_OPTIONS.has(name)) flags.add(name);
    else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else throw new UsageError(`unknown option: ${arg} (try --help)`);
  }
  return { paths, values, flags };
}

function oneOf(value: string, allowed: readonly string[], option: string): string {
  if (!allowed.includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not “${value}”`);
  return value;
}

declare const VERSION: string;
