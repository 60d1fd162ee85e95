// The script of the cold index's worker threads (SummarizePool), bundled apart from dist/server.js: a worker
// only parses and summarises, so it loads neither the LSP library nor the CLI, and each worker thread starts
// sooner and holds ~5 MB less.
import { runSummarizeWorkerIfAsked } from './service/summarize-pool';

runSummarizeWorkerIfAsked();
