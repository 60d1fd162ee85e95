// One bundle, two doors: with a transport flag it is the language server, otherwise the CLI. (The cold index's
// worker threads run their own bundle, server/summarize-worker.ts.)
import { runCli } from './cli/run';
import { startLanguageServer } from './lsp/server';

const SERVER_FLAGS = /^--(stdio|node-ipc|socket(=\d+)?|pipe(=.*)?|clientProcessId(=\d+)?)$/;

const args = process.argv.slice(2);
if (args.some((arg) => SERVER_FLAGS.test(arg))) {
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
