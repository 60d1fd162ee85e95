// One bundle, two doors: with a transport flag it is the language server, otherwise the CLI.
import { runCli } from './cli/run';
import { startLanguageServer } from './lsp/server';
import { runSummarizeWorkerIfAsked } from './service/summarize-pool';

const SERVER_FLAGS = /^--(stdio|node-ipc|socket(=\d+)?|pipe(=.*)?|clientProcessId(=\d+)?)$/;

const args = process.argv.slice(2);
if (runSummarizeWorkerIfAsked()) {
  // A worker thread of the cold index (SummarizePool): it serves jobs until the pool closes it.
} else if (args.some((arg) => SERVER_FLAGS.test(arg))) {
  startLanguageServer();
} else {
  runCli(args, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progress: process.stderr.isTTY === true,
  }).then(
    (code) => { process.exitCode = code; },
    (error: Error) => {
      process.stderr.write(`article-lens: internal error: ${error.message}\n`);
      process.exitCode = 2;
    },
  );
}
