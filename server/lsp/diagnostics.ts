// Diagnostics: pushed (textDocument/publishDiagnostics) for clients without pull support, pulled
// (textDocument/diagnostic) for those with it. Both are immediate on open and debounced while typing.
import { CancellationToken, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { ArticleModel } from '../analysis/article';
import { KnowledgeBase } from '../analysis/knowledge-base';
import { ArticleSummary, summarize } from '../analysis/summary';
import { checkArticle, toDiagnostics } from '../service/diagnostics';
import { Session } from './session';

/**
 * How long one turn of the event loop may spend checking open articles again after a change elsewhere (see
 * recheck), at least one article a turn: an edit that comes in meanwhile waits for the turn to end, so a turn is
 * kept well under the 20 ms an edit's own diagnostics are given.
 */
const RECHECK_TURN_MS = 4;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastChange = new Map<string, number>();
  /** TextDocuments reports the opening text as a change too; this tells the two apart. */
  private readonly openedVersion = new Map<string, number>();
  /** Open articles waiting to be checked again after a change to another one (see recheck). */
  private readonly pending = new Set<string>();
  private draining = false;
  /**
   * The summary the index was given for each open article, with the version and knowledge base it was made from:
   * an article checked again unchanged need not be summarised again. Kept by version, not by model, because the
   * model cache lets an article's model go and parses it again when asked (see MODELS_KEPT).
   */
  private readonly summaries = new Map<string, { version: number; knowledge: KnowledgeBase; summary: ArticleSummary }>();

  constructor(private readonly session: Session, private readonly pull: boolean) {}

  opened(uri: string, version: number): void {
    this.lastChange.delete(uri);
    this.openedVersion.set(uri, version);
    if (!this.pull) this.refresh(uri);
  }

  changed(uri: string, version: number): void {
    if (this.openedVersion.get(uri) === version) return;
    this.lastChange.set(uri, Date.now());
    if (this.pull) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => this.refresh(uri), this.session.settings.diagnosticsDelay));
  }

  closed(uri: string): void {
    this.pending.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastChange.delete(uri);
    this.openedVersion.delete(uri);
    this.summaries.delete(uri);
    if (!this.pull) void this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Re-checks the open articles among `uris`: those a change to another article may have given or cleared a
   * workspace finding. Later and a few at a time: the article being edited gets its own diagnostics first, and
   * edits, hovers and requests keep their turn while hundreds of other articles are checked again.
   */
  recheck(uris: ReadonlySet<string>): void {
    let any = false;
    for (const uri of uris) {
      if (!this.session.documents.get(uri)) continue;
      this.pending.add(uri);
      any = true;
    }
    if (!any || this.draining) return;
    this.draining = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    if (this.pull) {
      this.pending.clear();
      this.draining = false;
      void this.session.connection.languages.diagnostics.refresh();
      return;
    }
    const started = performance.now();
    for (const uri of this.pending) {
      if (performance.now() - started >= RECHECK_TURN_MS) break;
      this.pending.delete(uri);
      // One that is being edited is checked again by its own timer.
      if (!this.timers.has(uri)) this.refresh(uri);
    }
    if (this.pending.size > 0) setImmediate(() => this.drain());
    else this.draining = false;
  }

  /** Re-checks every open article, e.g. after the settings changed. */
  refreshAll(): void {
    if (this.pull) void this.session.connection.languages.diagnostics.refresh();
    else for (const document of this.session.documents.all()) this.refresh(document.uri);
  }

  /** Pull: waits out the rest of the typing delay (the client cancels it if another edit comes), then answers. */
  async report(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const since = this.lastChange.get(uri);
    const wait = since === undefined ? 0 : since + this.session.settings.diagnosticsDelay - Date.now();
    if (wait > 0) await new Promise<void>((resolve) => { const timer = setTimeout(resolve, wait); token.onCancellationRequested(() => { clearTimeout(timer); resolve(); }); });
    return { kind: 'full', items: token.isCancellationRequested ? [] : this.compute(uri) };
  }

  private refresh(uri: string): void {
    this.timers.delete(uri);
    const open = this.session.model(uri);
    if (!open) return;
    void this.session.connection.sendDiagnostics({ uri, version: open.document.version, diagnostics: this.compute(uri) });
  }

  private compute(uri: string) {
    const open = this.session.model(uri);
    if (!open) return [];
    const affected = this.indexModel(uri, open.document.version, open.model);
    const findings = checkArticle(uri, open.model, this.session.settings, this.session.index, this.session.knowledge);
    // The open articles that convert between the currencies of a conversion added, dropped or changed here, or
    // that name a person (or a near-miss spelling) whose names or titles changed here. Only a changed key names
    // any, so checking them does not come back here in a loop.
    this.recheck(new Set([...affected.conversions, ...affected.names]));
    return toDiagnostics(uri, open.model.lines, findings, (other) => this.session.linesOf(other));
  }

  /**
   * Gives the index the model's summary and answers which other articles that changes. An article checked again
   * because another one changed has the version its summary was made from, and the index holds that summary
   * still: summarising and diffing it again (~1.5 ms) would change nothing.
   */
  private indexModel(uri: string, version: number, model: ArticleModel): { names: Set<string>; conversions: Set<string> } {
    const { knowledge } = this.session;
    const known = this.summaries.get(uri);
    if (known && known.version === version && known.knowledge === knowledge && this.session.index.get(uri) === known.summary) return { names: new Set(), conversions: new Set() };
    const summary = summarize(model);
    this.summaries.set(uri, { version, knowledge, summary });
    return this.session.index.update(uri, summary);
  }
}
