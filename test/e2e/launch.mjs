// End-to-end tests in real clients: VS Code (code-server or desktop VS Code) and Neovim.
// `npm run test:e2e` builds (npm run build) and then runs this file.
//
// VS Code launcher, chosen in this order and printed:
//   electron     when VSCODE_EXECUTABLE_PATH is set, or E2E_LAUNCHER=electron (which lets @vscode/test-electron
//                download VS Code; needs network and, on Linux, a display such as xvfb-run)
//   code-server  otherwise: VS Code 1.96 served by code-server from .cache/code-server (installed on first use by
//                test/e2e/install-code-server.sh), driven by headless Debian chromium through playwright-core
// Either way the extension under test is the packaged .vsix (npm run package), installed into a fresh extensions
// folder; the mocha suite (out/test/e2e/suite) runs in the real extension host on a throwaway copy of
// test/fixtures/e2e-workspace. Then Neovim runs dist/server.js on a fixture (test/e2e/nvim.mjs).
// Exit code: 0 only when both the VS Code suite and the Neovim check pass.
//
// Env:
//   E2E_LAUNCHER=code-server|electron   force a launcher
//   VSCODE_EXECUTABLE_PATH               desktop VS Code to use with @vscode/test-electron
//   VSCODE_VERSION                       version test-electron downloads (default 1.96.4)
//   CODE_SERVER_BIN                      use this code-server instead of installing one
//   CHROMIUM                             chromium binary (default: /usr/bin/chromium or chromium-browser on PATH)
//   E2E_VSIX                             test this .vsix instead of running npm run package
//   E2E_TIMEOUT_MS                       bound for the VS Code suite, browser launch included (default 240000)
//   E2E_SKIP_NVIM=1                      skip the Neovim check
//   E2E_KEEP=1                           keep the per-run temp folder even when everything passes
//   ARTICLE_LENS_E2E_GREP                only run mocha tests whose title matches
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { accessSync, appendFileSync, closeSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { runNeovimCheck } from './nvim.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const testsEntry = join(repo, 'out', 'test', 'e2e', 'suite', 'index.js');
const fixture = join(repo, 'test', 'fixtures', 'e2e-workspace');
const suiteTimeout = Number(process.env.E2E_TIMEOUT_MS || 240000);

const timings = {};
/** Folder of the extension as installed from the .vsix, once known; the Neovim check runs its server.js. */
let installedExtension;
const log = (...args) => console.log(`[e2e] ${format(...args)}`);
class SetupError extends Error {}

/** Times one step into `timings`. */
async function timed(name, work) {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    timings[name] = (Date.now() - t0) / 1000;
  }
}

/** Runs a command to completion with a time bound; throws SetupError with its output on failure. */
function runOrFail(what, command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error?.code === 'ETIMEDOUT') throw new SetupError(`${what}: timed out after ${options.timeout} ms\n${output.slice(-3000)}`);
  if (result.error) throw new SetupError(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new SetupError(`${what}: exit ${result.status ?? result.signal}\n${output.slice(-3000)}`);
  return result;
}

/** The environment for anything we start: no VS Code variables of the terminal we may be running in. */
function cleanEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, ...extra };
}

function chooseLauncher() {
  const forced = process.env.E2E_LAUNCHER;
  if (forced === 'electron' || forced === 'code-server') return [forced, `E2E_LAUNCHER=${forced}`];
  if (forced) throw new SetupError(`E2E_LAUNCHER must be "electron" or "code-server", not "${forced}"`);
  if (process.env.VSCODE_EXECUTABLE_PATH) return ['electron', 'VSCODE_EXECUTABLE_PATH is set'];
  return ['code-server', 'default; set VSCODE_EXECUTABLE_PATH or E2E_LAUNCHER=electron for desktop VS Code'];
}

function packageVsix() {
  if (process.env.E2E_VSIX) {
    const vsix = resolve(process.env.E2E_VSIX);
    if (!existsSync(vsix)) throw new SetupError(`E2E_VSIX=${vsix} does not exist`);
    log(`testing the given ${vsix}`);
    return vsix;
  }
  const vsix = join(repo, `${manifest.name}.vsix`);
  rmSync(vsix, { force: true });
  runOrFail('npm run package', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package', '--silent'], {
    cwd: repo,
    timeout: 300000,
    env: cleanEnv({ CI: process.env.CI ?? 'true' }),
  });
  if (!existsSync(vsix)) throw new SetupError(`npm run package did not produce ${vsix}`);
  log(`packaged ${vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  return vsix;
}

/** The folder an editor unpacked the installed .vsix into; checks the bundles made it. */
function installedExtensionDir(extensionsDir) {
  const expected = join(extensionsDir, `${extensionId}-${manifest.version}`);
  const dir = existsSync(expected)
    ? expected
    : readdirSync(extensionsDir)
        .filter((name) => name.startsWith(`${extensionId}-`))
        .map((name) => join(extensionsDir, name))[0];
  if (!dir) throw new SetupError(`no ${extensionId}-* folder in ${extensionsDir} after --install-extension`);
  for (const file of [manifest.main, 'dist/server.js', 'package.json']) {
    if (!existsSync(join(dir, file))) throw new SetupError(`the installed extension lacks ${file} (${dir})`);
  }
  installedExtension = dir;
  return dir;
}

/** Per-run folders that keep every client's state out of $HOME and the shared /tmp. */
function makeRunDirs(runDir) {
  const dirs = {
    home: join(runDir, 'home'),
    data: join(runDir, 'user-data'),
    extensions: join(runDir, 'extensions'),
    tmp: join(runDir, 'tmp'),
    config: join(runDir, 'xdg', 'config'),
    share: join(runDir, 'xdg', 'data'),
    cache: join(runDir, 'xdg', 'cache'),
    state: join(runDir, 'xdg', 'state'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.data, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.data, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'git.autoRepositoryDetection': false,
      },
      null,
      2,
    ),
  );
  const env = cleanEnv({
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.share,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    TMPDIR: dirs.tmp,
  });
  return { ...dirs, env };
}

// ---------------------------------------------------------------------------------------------------------------
// code-server

function findChromium() {
  const candidates = process.env.CHROMIUM
    ? [process.env.CHROMIUM]
    : ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(delimiter).flatMap((d) => [join(d, 'chromium'), join(d, 'chromium-browser')])];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* next */
    }
  }
  throw new SetupError(
    `no chromium found (${process.env.CHROMIUM ? `CHROMIUM=${process.env.CHROMIUM}` : 'tried /usr/bin/chromium and PATH'}); ` +
      'install it (apt-get install -y chromium) or set CHROMIUM',
  );
}

function ensureCodeServer() {
  if (process.env.CODE_SERVER_BIN) {
    const bin = resolve(process.env.CODE_SERVER_BIN);
    if (!existsSync(bin)) throw new SetupError(`CODE_SERVER_BIN=${bin} does not exist`);
    return bin;
  }
  const installer = join(here, 'install-code-server.sh');
  // The installer prints progress on stderr (shown) and the binary path as its last stdout line.
  const result = spawnSync('bash', [installer], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 1800000,
  });
  if (result.error || result.status !== 0) {
    throw new SetupError(`code-server install failed (${result.error?.message ?? `exit ${result.status}`}); see the output above`);
  }
  const bin = result.stdout.trim().split('\n').pop();
  if (!bin || !existsSync(bin)) throw new SetupError(`the installer printed no usable code-server path: ${JSON.stringify(bin)}`);
  return bin;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Ends a detached process group: SIGTERM, then SIGKILL if anything in it is still alive after `graceMs`. */
async function stopGroup(pid, graceMs = 10000) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) {
    log(`process group ${pid} ignored SIGTERM for ${graceMs} ms; sending SIGKILL`);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

const cleanups = [];
let cleaning = null;
/** Runs the registered cleanups once, newest first; every caller (main, a signal handler) awaits the same run. */
function runCleanups() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      try {
        // Bounded: a browser that hangs on close must not hold up stopping code-server.
        let timer;
        await Promise.race([
          cleanups.pop()(),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out after 20 s')), 20000))),
        ]).finally(() => clearTimeout(timer));
      } catch (error) {
        log(`cleanup failed: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    log(`${signal}: stopping`);
    runCleanups().finally(() => process.exit(130));
  });
}

async function runInCodeServer(runDir, workspace) {
  const chromiumPath = findChromium();
  let playwright;
  try {
    playwright = require('playwright-core');
  } catch {
    throw new SetupError('playwright-core is not installed (npm ci)');
  }
  const codeServer = await timed('install_code_server', () => ensureCodeServer());
  const vsix = await timed('package_vsix', () => packageVsix());
  const dirs = makeRunDirs(runDir);
  const config = join(runDir, 'code-server.yaml');
  writeFileSync(config, '');
  const common = ['--config', config, '--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions];

  const extensionDir = await timed('install_vsix', () => {
    const out = runOrFail('code-server --install-extension', codeServer, [...common, '--install-extension', vsix], {
      env: dirs.env,
      timeout: 120000,
    });
    if (!/successfully installed/i.test(out.stdout)) log(`install output: ${out.stdout.trim()}`);
    return installedExtensionDir(dirs.extensions);
  });
  log(`installed ${extensionId} into ${extensionDir}`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = join(runDir, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  cleanups.push(() => closeSync(logFd));
  const env = {
    ...dirs.env,
    // Read by the suite (the extension host inherits code-server's environment).
    ARTICLE_LENS_E2E_EXTENSION_DIR: extensionDir,
  };
  const server = await timed('start_code_server', async () => {
    // detached: its own process group, so the extension host, the language server and the file watcher all stop with it.
    const child = spawn(
      codeServer,
      [
        ...common,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        workspace,
      ],
      { env, detached: true, stdio: ['ignore', logFd, logFd] },
    );
    cleanups.push(() => stopGroup(child.pid));
    let exited = null;
    child.on('exit', (code, signal) => (exited = code ?? signal));
    const deadline = Date.now() + 60000;
    for (;;) {
      if (exited !== null) throw new SetupError(`code-server exited (${exited}) before it was ready; log:\n${tail(logFile)}`);
      try {
        const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new SetupError(`code-server did not answer ${base}/healthz within 60 s; log:\n${tail(logFile)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { child, exitedCode: () => exited };
  });
  log(`code-server ${base} (pid ${server.child.pid}), log ${logFile}`);

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(testsEntry)],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  return timed('vscode_suite', async () => {
    const browser = await playwright.chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      timeout: 60000,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...dirs.env, HOME: dirs.home },
    });
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let finish;
    const finished = new Promise((r) => (finish = r));
    await page.exposeFunction('codeAutomationExit', (code) => finish({ code: Number(code) }));
    const workbenchLog = join(runDir, 'workbench.log');
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      appendFileSync(workbenchLog, `[${type}] ${text}\n`);
      if (WORKBENCH_NOISE.test(text)) return; // kept in workbench.log only
      for (const line of text.split('\n')) console.log(`[vscode${type === 'error' ? ' error' : ''}] ${line}`);
    });
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    browser.on('disconnected', () => finish({ code: 1, reason: 'chromium disconnected' }));
    const serverWatch = setInterval(() => {
      if (server.exitedCode() !== null) finish({ code: 1, reason: `code-server exited (${server.exitedCode()})` });
    }, 250);
    const timer = setTimeout(() => finish({ code: 1, reason: `no result within E2E_TIMEOUT_MS=${suiteTimeout} ms` }), suiteTimeout);
    log(`opening the workbench with the test payload (${extensionId} from the installed .vsix)`);
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
      const outcome = await finished;
      if (outcome.reason && !interrupted) {
        log(`VS Code suite did not finish: ${outcome.reason}`);
        await page.screenshot({ path: join(runDir, 'failure.png') }).catch(() => {});
        log(`screenshot ${join(runDir, 'failure.png')}; code-server log tail:\n${tail(logFile)}`);
      }
      return outcome.code;
    } finally {
      clearTimeout(timer);
      clearInterval(serverWatch);
    }
  });
}

// Workbench chatter that says nothing about the extension; the marketplace (open-vsx.org) is unreachable offline.
const WORKBENCH_NOISE =
  /open-vsx\.org|ENOTFOUND|^Creating a socket|^Resolv(?:ing|ed) connection token|^Creation of workbench contribution|^Updating additional builtin extensions cache|^\[Service Worker\]|^\s*$/;

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// desktop VS Code through @vscode/test-electron

async function runInElectron(runDir, workspace) {
  const testElectron = require('@vscode/test-electron');
  const executable = await timed('download_vscode', async () => {
    if (process.env.VSCODE_EXECUTABLE_PATH) return resolve(process.env.VSCODE_EXECUTABLE_PATH);
    const version = process.env.VSCODE_VERSION || '1.96.4';
    try {
      // A pinned version is found in the cache without asking the update server.
      return await testElectron.downloadAndUnzipVSCode({ version, cachePath: join(repo, '.cache', 'vscode-test') });
    } catch (error) {
      throw new SetupError(`could not get VS Code ${version} (${error.message}); set VSCODE_EXECUTABLE_PATH or use code-server`);
    }
  });
  const vsix = await timed('package_vsix', () => packageVsix());
  const dirs = makeRunDirs(runDir);
  const profile = [`--user-data-dir=${dirs.data}`, `--extensions-dir=${dirs.extensions}`];
  const extensionDir = await timed('install_vsix', () => {
    const [cli, ...cliArgs] = testElectron.resolveCliArgsFromVSCodeExecutablePath(executable);
    runOrFail('code --install-extension', cli, [...cliArgs.filter((a) => !/^--(user-data|extensions)-dir/.test(a)), ...profile, '--install-extension', vsix], {
      env: dirs.env,
      timeout: 120000,
    });
    return installedExtensionDir(dirs.extensions);
  });
  log(`VS Code ${executable}; installed ${extensionId} into ${extensionDir}`);
  return timed('vscode_suite', async () => {
    try {
      return await testElectron.runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: extensionDir,
        extensionTestsPath: testsEntry,
        launchArgs: [workspace, ...profile, '--disable-gpu', '--disable-telemetry'],
        extensionTestsEnv: { ...dirs.env, ARTICLE_LENS_E2E_EXTENSION_DIR: extensionDir },
      });
    } catch (error) {
      log(`VS Code suite failed: ${error.message}`);
      return typeof error.code === 'number' ? error.code : 1;
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  if (!existsSync(testsEntry)) throw new SetupError(`${testsEntry} is missing; run npm run build (npm run test:e2e does)`);
  const [launcher, why] = chooseLauncher();
  log(`launcher: ${launcher} (${why})`);

  // Short base: code-server puts unix sockets under TMPDIR, and socket paths must stay under 108 bytes.
  const base = tmpdir().length <= 40 ? tmpdir() : '/tmp';
  const runDir = mkdtempSync(join(base, 'al-e2e-'));
  const workspace = join(runDir, 'workspace');
  cpSync(fixture, workspace, { recursive: true });
  log(`run folder ${runDir}`);

  let vscodeCode;
  try {
    vscodeCode = launcher === 'electron' ? await runInElectron(runDir, workspace) : await runInCodeServer(runDir, workspace);
  } catch (error) {
    log(error instanceof SetupError ? `setup failed: ${error.message}` : `crashed: ${error.stack ?? error}`);
    vscodeCode = 2;
  } finally {
    await timed('stop_vscode', () => runCleanups());
  }
  log(`VS Code (${launcher}) suite: ${vscodeCode === 0 ? 'PASS' : `FAIL (exit ${vscodeCode})`}`);

  if (interrupted) return 130;
  let nvimOk = true;
  if (process.env.E2E_SKIP_NVIM === '1') {
    log('Neovim check skipped (E2E_SKIP_NVIM=1)');
  } else {
    // The server from the installed .vsix when there is one, else the build in dist/.
    const serverJs = installedExtension ? join(installedExtension, 'dist', 'server.js') : undefined;
    const nvim = await timed('nvim', () => runNeovimCheck({ workDir: runDir, serverJs, log: (line) => console.log(line) }));
    for (const failure of nvim.failures) log(`Neovim FAIL: ${failure}`);
    log(`Neovim check: ${nvim.ok ? 'PASS' : 'FAIL'} (${nvim.ms} ms)`);
    nvimOk = nvim.ok;
  }

  timings.total = (Date.now() - t0) / 1000;
  log(`TIMINGS ${Object.entries(timings).map(([k, v]) => `${k}=${v.toFixed(1)}s`).join(' ')}`);
  const ok = vscodeCode === 0 && nvimOk;
  if (ok && process.env.E2E_KEEP !== '1') rmSync(runDir, { recursive: true, force: true });
  else log(`kept ${runDir}`);
  log(ok ? 'RESULT PASS' : 'RESULT FAIL');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    log(error instanceof SetupError ? error.message : error.stack ?? String(error));
    await runCleanups();
    process.exit(2);
  },
);
