// A small JSON-RPC 2.0 client over a child process's stdio with LSP's Content-Length framing. Just enough for
// the benchmark: requests with timeouts, notifications, handlers for server-to-client requests and
// notifications, and a clean failure when the server dies.
import { ChildProcess } from 'node:child_process';

export interface ResponseError {
  code: number;
  message: string;
  data?: unknown;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: ResponseError;
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class RpcError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    message: string,
  ) {
    super(`${method} failed (${code}): ${message}`);
  }
}

type RequestHandler = (params: unknown) => unknown;
type NotificationHandler = (params: unknown) => void;

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export class LspClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly requestHandlers = new Map<string, RequestHandler>();
  private readonly notificationHandlers = new Map<string, NotificationHandler[]>();
  private buffer: Buffer = Buffer.alloc(0);
  private closedReason: string | undefined;
  private readonly closeListeners: Array<(reason: string) => void> = [];
  /** Messages from the server whose method had no handler, by method, for the report. */
  readonly unhandled = new Map<string, number>();

  constructor(private readonly child: ChildProcess) {
    if (!child.stdout || !child.stdin) throw new Error('LspClient needs a child process with piped stdin and stdout');
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stdin.on('error', (error) => this.close(`stdin error: ${error.message}`));
    child.on('exit', (code, signal) => this.close(`server exited (code ${code}, signal ${signal})`));
    child.on('error', (error) => this.close(`server process error: ${error.message}`));
  }

  get closed(): boolean {
    return this.closedReason !== undefined;
  }

  /** Called once when the connection ends for any reason. */
  onClose(listener: (reason: string) => void): void {
    if (this.closedReason !== undefined) listener(this.closedReason);
    else this.closeListeners.push(listener);
  }

  onRequest(method: string, handler: RequestHandler): void {
    this.requestHandlers.set(method, handler);
  }

  /** Adds a listener; several may listen to one method. Returns a function that removes it. */
  onNotification(method: string, handler: NotificationHandler): () => void {
    const list = this.notificationHandlers.get(method) ?? [];
    list.push(handler);
    this.notificationHandlers.set(method, list);
    return () => {
      const index = list.indexOf(handler);
      if (index >= 0) list.splice(index, 1);
    };
  }

  request<T>(method: string, params: unknown, timeoutMs = 10_000): Promise<T> {
    if (this.closedReason !== undefined) return Promise.reject(new Error(`${method}: ${this.closedReason}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    if (this.closedReason !== undefined) throw new Error(`${method}: ${this.closedReason}`);
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves once everything written so far has been handed to the OS (useful after a burst of didOpen). */
  flush(): Promise<void> {
    const stdin = this.child.stdin!;
    if (!stdin.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => stdin.once('drain', () => resolve()));
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const header = Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii');
    this.child.stdin!.write(Buffer.concat([header, body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /^content-length:\s*(\d+)\s*$/im.exec(header);
      if (!match) {
        this.close(`bad message header from server: ${JSON.stringify(header.slice(0, 200))}`);
        this.child.kill();
        return;
      }
      const length = Number(match[1]);
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        this.close(`unparsable message body from server: ${body.slice(0, 200)}`);
        this.child.kill();
        return;
      }
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      void this.answer(message.id, message.method, message.params);
    } else if (message.method !== undefined) {
      const handlers = this.notificationHandlers.get(message.method);
      if (handlers && handlers.length > 0) for (const handler of handlers.slice()) handler(message.params);
      else this.unhandled.set(message.method, (this.unhandled.get(message.method) ?? 0) + 1);
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new RpcError(pending.method, message.error.code, message.error.message));
      else pending.resolve(message.result ?? null);
    }
  }

  private async answer(id: number | string, method: string, params: unknown): Promise<void> {
    const handler = this.requestHandlers.get(method);
    if (!handler) {
      this.unhandled.set(method, (this.unhandled.get(method) ?? 0) + 1);
      if (!this.closed) {
        this.send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Unhandled method ${method}` } });
      }
      return;
    }
    let reply: Message;
    try {
      reply = { jsonrpc: '2.0', id, result: (await handler(params)) ?? null };
    } catch (error) {
      reply = { jsonrpc: '2.0', id, error: { code: -32603, message: String(error) } };
    }
    if (!this.closed) this.send(reply);
  }

  private close(reason: string): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    for (const [, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`${pending.method}: ${reason}`));
    }
    this.pending.clear();
    for (const listener of this.closeListeners.splice(0)) listener(reason);
  }
}
