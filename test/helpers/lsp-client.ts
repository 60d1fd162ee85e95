// A JSON-RPC client for the lsp test tier: spawns the real bundle (dist/server.js) over --stdio, --node-ipc or
// --socket, keeps every notification it receives with a timestamp, answers the server's requests the way an
// editor would, and records anything on stdout that is not a well-framed JSON-RPC message (convention 10:
// nothing but JSON-RPC on stdout), so a test can assert there was none.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type {
  InitializeParams, InitializeResult, Position, Range, TextDocumentContentChangeEvent, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { Span } from './markers';

/** Test bundles run from out/test/<tier>/, so the repository is three folders up. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server.js');
export const LSP_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'lsp');

export const DEFAULT_TIMEOUT_MS = 5000;

export type TransportKind = 'stdio' | 'ipc' | 'socket';

interface Message {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** A notification or request from the server, with the time it arrived (performance.now()). */
export interface Received {
  method: string;
  params: any;
  at: number;
}

export class RpcError extends Error {
  constructor(readonly method: string, readonly code: number, message: string) {
    super(`${method} failed (${code}): ${message}`);
  }
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Waiter {
  kind: 'notification' | 'request';
  method: string;
  predicate: (received: Received) => boolean;
  resolve: (received: Received) => void;
}

type RequestHandler = (params: unknown) => unknown;

export interface SpawnOptions {
  transport?: TransportKind;
  /** The answer to workspace/configuration (each item gets this object), i.e. the `articleLens` section. */
  settings?: Record<string, unknown>;
}

export class LspClient {
  /** Every notification from the server, in arrival order. */
  readonly notifications: Received[] = [];
  /** Every request from the server, in arrival order. */
  readonly serverRequests: Received[] = [];
  /** Edits the server asked to apply through workspace/applyEdit. */
  readonly appliedEdits: Array<{ label?: string; edit: WorkspaceEdit }> = [];
  /** Bytes on the wire that were not a well-framed JSON-RPC 2.0 message. Must stay empty. */
  readonly protocolErrors: string[] = [];
  stderr = '';
  settings: Record<string, unknown>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<Waiter>();
  private readonly handlers = new Map<string, RequestHandler>();
  private buffer: Buffer = Buffer.alloc(0);
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private send: (message: Message) => void = () => { throw new Error('transport not connected'); };

  private constructor(readonly child: ChildProcess, settings: Record<string, unknown>) {
    this.settings = settings;
    child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        for (const [, pending] of this.pending) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`server exited (code ${code}, signal ${signal}) before answering ${pending.method}; stderr:\n${this.stderr}`));
        }
        this.pending.clear();
        resolve({ code, signal });
      });
    });
    this.handlers.set('window/workDoneProgress/create', () => null);
    this.handlers.set('workspace/configuration', (params) => ((params as { items: unknown[] }).items ?? []).map(() => this.settings));
    this.handlers.set('workspace/applyEdit', (params) => {
      this.appliedEdits.push(params as { label?: string; edit: WorkspaceEdit });
      return { applied: true };
    });
    this.handlers.set('client/registerCapability', () => null);
    this.handlers.set('client/unregisterCapability', () => null);
    this.handlers.set('workspace/diagnostic/refresh', () => null);
    this.handlers.set('workspace/semanticTokens/refresh', () => null);
    this.handlers.set('window/showMessageRequest', () => null);
  }

  static async spawn(options: SpawnOptions = {}): Promise<LspClient> {
    const transport = options.transport ?? 'stdio';
    const settings = options.settings ?? {};
    if (transport === 'stdio') {
      const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const client = new LspClient(child, settings);
      child.stdout!.on('data', (chunk: Buffer) => client.onBytes(chunk));
      child.stdin!.on('error', () => { /* the exit handler reports a dead server */ });
      client.send = (message) => child.stdin!.write(frame(message));
      return client;
    }
    if (transport === 'ipc') {
      const child = spawn(process.execPath, [SERVER_BUNDLE, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      const client = new LspClient(child, settings);
      // Over IPC, stdout carries no protocol at all: anything there is a stray write.
      child.stdout!.on('data', (chunk: Buffer) => client.protocolErrors.push(`unexpected stdout in --node-ipc mode: ${JSON.stringify(chunk.toString('utf8'))}`));
      child.on('message', (message: unknown) => client.onMessage(message));
      client.send = (message) => { child.send(message); };
      return client;
    }
    // --socket=PORT: the server connects to a socket the client listens on.
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as net.AddressInfo).port;
    const accepted = new Promise<net.Socket>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not connect to 127.0.0.1:${port} within ${DEFAULT_TIMEOUT_MS} ms`)), DEFAULT_TIMEOUT_MS);
      server.once('connection', (socket) => { clearTimeout(timer); resolve(socket); });
    });
    const child = spawn(process.execPath, [SERVER_BUNDLE, `--socket=${port}`], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child, settings);
    child.stdout!.on('data', (chunk: Buffer) => client.protocolErrors.push(`unexpected stdout in --socket mode: ${JSON.stringify(chunk.toString('utf8'))}`));
    let socket: net.Socket;
    try {
      socket = await accepted;
    } catch (error) {
      child.kill();
      server.close();
      throw error;
    }
    server.close();
    socket.on('data', (chunk: Buffer) => client.onBytes(chunk));
    socket.on('error', () => { /* the exit handler reports a dead server */ });
    child.on('exit', () => socket.destroy());
    client.send = (message) => socket.write(frame(message));
    return client;
  }

  /** Overrides (or adds) the answer to one kind of server request. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.exitInfo) {
        reject(new Error(`cannot send ${method}: server already exited (code ${this.exitInfo.code})`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The index to pass as `since` so that a wait only looks at what arrives from now on. */
  mark(): number {
    return this.notifications.length;
  }

  /** The first notification (at or after index `since`) with this method that satisfies `predicate`. */
  waitForNotification(method: string, predicate: (params: any) => boolean = () => true, options: { since?: number; timeoutMs?: number } = {}): Promise<Received> {
    const found = this.notifications.slice(options.since ?? 0).find((n) => n.method === method && predicate(n.params));
    if (found) return Promise.resolve(found);
    return this.wait('notification', method, (n) => predicate(n.params), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  waitForRequest(method: string, predicate: (params: any) => boolean = () => true, options: { since?: number; timeoutMs?: number } = {}): Promise<Received> {
    const found = this.serverRequests.slice(options.since ?? 0).find((n) => n.method === method && predicate(n.params));
    if (found) return Promise.resolve(found);
    return this.wait('request', method, (n) => predicate(n.params), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  /** Diagnostics published for `uri` (optionally for one version) at or after index `since`. */
  waitForDiagnostics(uri: string, options: { version?: number; since?: number; timeoutMs?: number } = {}): Promise<Received> {
    return this.waitForNotification(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && (options.version === undefined || p.version === options.version),
      options,
    );
  }

  published(uri: string, since = 0): Received[] {
    return this.notifications.slice(since).filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
  }

  /** Sends initialize and initialized. `capabilities` are merged over a minimal client. */
  async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
    const result = await this.request<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'article-lens-lsp-tests' },
      rootUri: null,
      workspaceFolders: null,
      capabilities: {},
      ...params,
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'article'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** shutdown, then exit; resolves with the process's exit code. */
  async shutdown(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<number | null> {
    await this.request('shutdown', null, timeoutMs);
    this.notify('exit', null);
    return (await withTimeout(this.exited, timeoutMs, 'server did not exit after shutdown/exit')).code;
  }

  /** Ends the process if a test left it running (after a failure). */
  async dispose(): Promise<void> {
    if (this.exitInfo) return;
    this.child.kill();
    await withTimeout(this.exited, DEFAULT_TIMEOUT_MS, 'server did not die after kill').catch(() => undefined);
  }

  private wait(kind: Waiter['kind'], method: string, predicate: (r: Received) => boolean, timeoutMs: number): Promise<Received> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        kind, method, predicate,
        resolve: (received) => { clearTimeout(timer); this.waiters.delete(waiter); resolve(received); },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = (kind === 'notification' ? this.notifications : this.serverRequests).map((n) => n.method);
        reject(new Error(`no ${kind} ${method} matching within ${timeoutMs} ms; received: ${JSON.stringify(seen)}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Content-Length framing, strictly: any other header line, or a body that is not JSON, is an error. */
  private onBytes(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        // A header block is short; a long run without one is stray output, not a slow header.
        if (this.buffer.length > 1024) this.failFraming(`no header end in ${this.buffer.length} bytes`);
        return;
      }
      const headers = this.buffer.subarray(0, headerEnd).toString('ascii').split('\r\n');
      let length: number | undefined;
      for (const header of headers) {
        const match = /^([A-Za-z-]+): (.*)$/.exec(header);
        if (!match) return this.failFraming(`not a header line: ${JSON.stringify(header)}`);
        if (match[1].toLowerCase() === 'content-length') length = Number(match[2]);
        else if (match[1].toLowerCase() !== 'content-type') return this.failFraming(`unknown header: ${JSON.stringify(header)}`);
      }
      if (length === undefined || !Number.isInteger(length) || length < 0) return this.failFraming(`bad Content-Length in ${JSON.stringify(headers)}`);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch {
        this.protocolErrors.push(`body is not JSON: ${JSON.stringify(body.slice(0, 200))}`);
        continue;
      }
      this.onMessage(message);
    }
  }

  private failFraming(problem: string): void {
    this.protocolErrors.push(`${problem}; stream: ${JSON.stringify(this.buffer.toString('utf8').slice(0, 200))}`);
    // Resynchronise on the next header so one stray write does not hide everything after it.
    const next = this.buffer.indexOf('Content-Length:', 1);
    this.buffer = next < 0 ? Buffer.alloc(0) : this.buffer.subarray(next);
    if (next >= 0) this.onBytes(Buffer.alloc(0));
  }

  private onMessage(raw: unknown): void {
    const message = raw as Message;
    if (typeof message !== 'object' || message === null || message.jsonrpc !== '2.0') {
      this.protocolErrors.push(`not a JSON-RPC 2.0 message: ${JSON.stringify(raw).slice(0, 200)}`);
      return;
    }
    const at = performance.now();
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      const received: Received = { method: message.method, params: message.params, at };
      this.serverRequests.push(received);
      this.answer(message.id, message.method, message.params);
      this.notifyWaiters('request', received);
    } else if (message.method !== undefined) {
      const received: Received = { method: message.method, params: message.params, at };
      this.notifications.push(received);
      this.notifyWaiters('notification', received);
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) {
        this.protocolErrors.push(`response to unknown request id ${message.id}`);
        return;
      }
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new RpcError(pending.method, message.error.code, message.error.message));
      else pending.resolve(message.result ?? null);
    } else {
      this.protocolErrors.push(`message with neither method nor numeric id: ${JSON.stringify(raw).slice(0, 200)}`);
    }
  }

  private answer(id: number | string, method: string, params: unknown): void {
    const handler = this.handlers.get(method);
    if (!handler) {
      this.send({ jsonrpc: '2.0', id, error: { code: -32601, message: `test client does not handle ${method}` } });
      return;
    }
    this.send({ jsonrpc: '2.0', id, result: handler(params) ?? null });
  }

  private notifyWaiters(kind: Waiter['kind'], received: Received): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.kind === kind && waiter.method === received.method && waiter.predicate(received)) waiter.resolve(received);
    }
  }
}

function frame(message: Message): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${message} (${timeoutMs} ms)`)), timeoutMs); }),
  ]).finally(() => clearTimeout(timer));
}

/** Retries `probe` (a request, say) until `accept` holds, for events the server handles asynchronously. */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS, what = 'condition'): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (performance.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setImmediate(resolve));
    last = await probe();
  }
  return last;
}

// ---- Text positions as LSP counts them: lines end at \r\n, \n or \r; columns are UTF-16 code units. ----

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) throw new Error(`line ${position.line} is past the end of the text (${starts.length} lines)`);
  return starts[position.line] + position.character;
}

export function rangeOf(text: string, span: Span): Range {
  return { start: positionAt(text, span.start), end: positionAt(text, span.end) };
}

export function spanOf(text: string, range: Range): Span {
  return { start: offsetAt(text, range.start), end: offsetAt(text, range.end) };
}

/** Applies LSP TextEdits (non-overlapping, in any order) to the text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits.map((edit) => ({ span: spanOf(text, edit.range), newText: edit.newText }));
  let out = text;
  for (const { span, newText } of spans.sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, span.start) + newText + out.slice(span.end);
  return out;
}

export async function readFixture(name: string): Promise<string> {
  return fs.readFile(path.join(LSP_FIXTURES, name), 'utf8');
}

/** A fresh copy of a fixture folder in the system temp dir (real path, so URIs compare as the server makes them). */
export async function copyFixtureFolder(name: string): Promise<string> {
  const target = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-lsp-')));
  await fs.cp(path.join(LSP_FIXTURES, name), target, { recursive: true });
  return target;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** Ends a test's server as an editor would, asserting a clean wire and exit code 0; removes the test's folder copy. */
export async function stopServer(client: LspClient, folder?: string): Promise<void> {
  try {
    assert.deepEqual(client.protocolErrors, [], 'the server wrote something that is not JSON-RPC');
    assert.equal(await client.shutdown(), 0);
  } finally {
    await client.dispose();
    if (folder) await fs.rm(folder, { recursive: true, force: true });
  }
}
