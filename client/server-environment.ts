// What the language server's process is started with, besides the inherited environment: VS Code starts it so
// (client/extension.ts), and so does the bench (test/bench/run.ts), which must measure what users run. No
// 'vscode' here, so that the bench can import it.

export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = {
  // glibc gives each thread that allocates its own malloc arena, up to 8 a core, and freed memory stays in the
  // arena that held it. The server's threads (main, the index's worker threads, V8's compiler and GC helpers)
  // left ~30 MB of such free but resident memory after a cold index of 10,000 articles; two arenas do not,
  // at no measurable cost in speed. Other platforms and allocators ignore the variable.
  MALLOC_ARENA_MAX: '2',
  // glibc serves a block of 128 KB or more with its own mmap, unmapped when freed, but each time such a block is
  // freed it raises that threshold to the block's size (up to 32 MB), after which blocks that size come from the
  // arenas and stay resident when freed. The worker threads' replies (a batch's summaries, ~300 KB serialised)
  // and V8's own buffers went that way: ~15 MB of free but resident memory at the end of a cold index of 10,000
  // articles, ~25 MB after. Setting the threshold (to its default) turns the raising off.
  MALLOC_MMAP_THRESHOLD_: '131072',
};
