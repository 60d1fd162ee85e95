// Neovim check: headless Neovim (no user config, no shada) starts `node dist/server.js --stdio` on a copy of the
// fixture article, and must receive page-boilerplate diagnostics and a hover on a boilerplate line.
//
//   node test/e2e/nvim.mjs          run on its own (needs dist/server.js: npm run build)
//   import { runNeovimCheck }       used by test/e2e/launch.mjs
//
// Env: NVIM (default: nvim on PATH), ARTICLE_LENS_NVIM_TIMEOUT_MS (whole run, default 60000).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

function hoverText(hover) {
  if (!hover || typeof hover !== 'object') return '';
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return parts
    .map((part) => (typeof part === 'string' ? part : part?.value ?? ''))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\u00a0/g, ' ');
}

/**
 * Runs the probe and checks what Neovim received. Resolves with { ok, ms, failures, result }; never rejects for
 * a failed check, only for a broken setup.
 * @param {{ workDir?: string, serverJs?: string, log?: (line: string) => void }} [options]
 */
export async function runNeovimCheck(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const nvim = process.env.NVIM || 'nvim';
  const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return { ok: false, ms: 0, failures: [`Neovim not found (${nvim}); install it (apt-get install -y neovim) or set NVIM`] };
  }
  const serverJs = options.serverJs ?? join(repo, 'dist', 'server.js');
  if (!existsSync(serverJs)) return { ok: false, ms: 0, failures: [`${serverJs} is missing; run npm run build first`] };

  const ownDir = !options.workDir;
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'article-lens-nvim-'));
  const article = join(workDir, 'nvim', 'harbour-ferry.article');
  mkdirSync(dirname(article), { recursive: true });
  cpSync(join(repo, 'test', 'fixtures', 'e2e-workspace', 'harbour-ferry.article'), article);
  const lines = readFileSync(article, 'utf8').split(/\r?\n/);
  const hoverLine = lines.findIndex((line) => line.trim() === 'Share story');

  const xdg = join(workDir, 'nvim-xdg');
  for (const sub of ['config', 'data', 'state', 'cache']) mkdirSync(join(xdg, sub), { recursive: true });
  const resultFile = join(workDir, 'nvim-result.json');
  rmSync(resultFile, { force: true });

  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_STATE_HOME: join(xdg, 'state'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    ARTICLE_LENS_SERVER_CMD: JSON.stringify([process.execPath, serverJs, '--stdio']),
    ARTICLE_LENS_FILE: article,
    ARTICLE_LENS_HOVER_LINE: String(hoverLine),
    ARTICLE_LENS_HOVER_CHAR: '2',
    ARTICLE_LENS_RESULT: resultFile,
    ARTICLE_LENS_TIMEOUT_MS: process.env.ARTICLE_LENS_NVIM_WAIT_MS || '10000',
  };
  const limit = Number(process.env.ARTICLE_LENS_NVIM_TIMEOUT_MS || 60000);
  const t0 = Date.now();
  const args = ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '--cmd', 'set shortmess+=F', '-c', `luafile ${join(here, 'nvim-probe.lua')}`];
  const exit = await new Promise((resolveExit) => {
    // Own process group, so a timeout also takes down the language server Neovim started.
    const child = spawn(nvim, args, { cwd: workDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      resolveExit({ code: null, timedOut: true, output });
    }, limit);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolveExit({ code: null, error, output });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveExit({ code, output });
    });
  });
  const ms = Date.now() - t0;

  const failures = [];
  let result;
  if (exit.timedOut) failures.push(`Neovim did not finish within ${limit} ms`);
  if (exit.error) failures.push(`could not run Neovim: ${exit.error.message}`);
  try {
    result = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    failures.push(`the probe wrote no result (exit ${exit.code}); Neovim output: ${exit.output.trim().slice(-2000)}`);
  }
  if (result) {
    if (result.error) failures.push(`probe error: ${result.error}`);
    const boilerplate = (result.diagnostics ?? []).filter((d) => d.code === 'page-boilerplate' && d.source === 'article-lens');
    if (boilerplate.length === 0) {
      failures.push(`no article-lens/page-boilerplate diagnostic; got ${JSON.stringify(result.diagnostics ?? null)}`);
    } else if (!boilerplate.some((d) => d.line === hoverLine)) {
      failures.push(`no page-boilerplate diagnostic on line ${hoverLine + 1} ("Share story"); got ${JSON.stringify(boilerplate)}`);
    }
    const text = hoverText(result.hover);
    if (!text.includes('Page boilerplate')) {
      failures.push(`hover on line ${hoverLine + 1} ("Share story") lacks "Page boilerplate": ${JSON.stringify(result.hover ?? null)}`);
    }
    log(
      `[nvim] ${version.stdout.split('\n')[0]} with ${serverJs}: ${(result.diagnostics ?? []).length} diagnostics ` +
        `(${boilerplate.length} page-boilerplate), hover ${JSON.stringify(text.slice(0, 80))}, ` +
        `steps ${JSON.stringify(result.steps ?? [])}`,
    );
  }
  if (exit.code !== 0 && failures.length === 0) failures.push(`Neovim exited with ${exit.code}`);
  if (ownDir && failures.length === 0) rmSync(workDir, { recursive: true, force: true });
  else if (failures.length > 0) log(`[nvim] files kept in ${workDir}`);
  return { ok: failures.length === 0, ms, failures, result };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outcome = await runNeovimCheck();
  for (const failure of outcome.failures) console.error(`[nvim] FAIL ${failure}`);
  console.log(`[nvim] ${outcome.ok ? 'PASS' : 'FAIL'} in ${outcome.ms} ms`);
  process.exit(outcome.ok ? 0 : 1);
}
