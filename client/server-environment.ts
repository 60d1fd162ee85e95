// What the language server's process is started with, besides the inherited environment: VS Code starts it so
// (client/extension.ts), and so does the bench (test/bench/run.ts), which must measure what users run. No
// 'vscode' here, so that the bench can import it.

export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = {
  // glibc gives each thread that allocates its own malloc arena, up to 8 a core, and freed memory stays in the
  // arena that held it. The server's threads (main, the index's worker threads, V8's compiler and GC helpers)
  // left ~30 MB of such free but resident memory after a cold index of 10,000 articles; two arenas do not,
  // at no measurable cost in speed. Other platforms and allocators ignore the variable.
  MALLOC_ARENA_MAX: '2',
};
