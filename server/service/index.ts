// WorkspaceIndex: one ArticleSummary per article in the workspace, plus inverted maps from each fact to the
// articles that state it. Updates are diff-based: replacing a summary reports which other articles share a
// changed key, so only those are checked again.
import { parseArticle } from '../analysis/article';
import { ArticleSummary, entitiesOf, entityForms, entityNamed, EntitySummary, figureNeedles, fnv1a, minhashBands, mix32, moneyNeedle, moneyOf, MoneySummary, QuotePrint, quotePrintsOf, summarize } from '../analysis/summary';
import { nearMissKeys, nearMissOf } from '../analysis/name-variants';
import { Conversion, conversionsOf, fileRate, rateLike } from '../rules/money-conversion-rate';
import { COMMON_STATEMENT, isNamedSpeaker } from '../rules/quote-speaker-conflict';
import { WorkspaceSummaries } from '../rules/rule';
import { KeyLists } from './key-lists';
import { PersonNames } from './person-names';
import { Workspace } from './workspace';

export interface BuildOptions {
  progress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
  /** Summaries of a batch of article URIs, in order; undefined where one cannot be read. */
  summarizeBatch?: (uris: string[]) => Promise<Array<ArticleSummary | undefined>>;
  /** How many batches to keep in flight (at least the number of worker threads behind summarizeBatch). */
  parallelism?: number;
}

const BATCH_SIZE = 64;

async function summarizeInProcess(workspace: Workspace, uris: string[]): Promise<Array<ArticleSummary | undefined>> {
  const texts = await Promise.all(uris.map((uri) => workspace.readArticle(uri)));
  return texts.map((text) => (text === undefined ? undefined : summarize(parseArticle(text))));
}

export interface IndexedEntity {
  uri: string;
  summary: ArticleSummary;
  entity: EntitySummary;
}

/** What the other articles say about one entity, for its hover. */
export interface EntityOverview {
  /** How many articles (other than the one asked from) mention it, and how many times in all. */
  articles: number;
  mentions: number;
  /** The first `limit` of those articles. */
  first: string[];
  /** Each title those articles give it: how many do, and the first `limit` of them. */
  roles: Map<string, { count: number; uris: string[] }>;
}

/** Where the same money figure (currency and amount) appears in other articles, for its hover. */
export interface FigureOverview {
  /** How many other articles give it. */
  articles: number;
  /** The first `limit` of them. */
  first: string[];
}

/** "EUR USD": the key of the conversions between two currencies, either way. */
const conversionKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * A spelling written in this many articles or fewer may be a minority one (entity-name-variant reads a spelling
 * of one article against a majority of two or more): a change to it re-checks the articles that write it.
 */
const RARE_SPELLING = 2;
/**
 * Past this many articles sharing a conversion or naming a person, a change to one of them cannot turn what the
 * others agree on (a median rate, a majority title): the others are not checked again.
 */
const CONSENSUS_SIZE = 20;
/** The key a quote's exact fingerprint is filed under: a small integer (a Map keeps it without a heap number). */
export const quoteKey = (hash: number) => hash & 0x3fffffff;
/** The key a single money figure is filed under (see WorkspaceIndex.byFigure): a hash of its moneyNeedle. */
export const figureKey = (needle: string) => fnv1a(needle) & 0x3fffffff;
/** The key of one minhash band of a quote by one speaker: only that speaker's near matches share it. */
export const quoteBandKey = (speaker: string, band: number) => mix32(fnv1a(speaker) ^ mix32(band)) & 0x3fffffff;


export class WorkspaceIndex implements WorkspaceSummaries {
  private readonly summaries = new Map<string, ArticleSummary>();
  /** Conversion key ("EUR USD") → the articles with a conversion pair between those currencies. Pairs are rare: this stays small. */
  private readonly byConversion = new Map<string, Set<string>>();
  /**
   * Conversion key ("EUR USD") → the rate of every indexed conversion between the two, each way, sorted: the
   * median money-conversion-rate compares with, without decoding the summaries of the 1,400 articles that convert
   * dollars to euros on every check. Two numbers a conversion.
   */
  private readonly ratesByPair = new Map<string, { forward: number[]; backward: number[] }>();
  /**
   * Canonical name → the articles that name it, in the order they were filed. A list, not a Map to the entity's
   * number in each article: ~220,000 (name, article) pairs at 10,000 articles held ~10 MB of heap as Maps, ~2 MB
   * as lists, and an article's entity of a name is found in its summary (entityNamed) as cheaply as by number.
   */
  private readonly byName = new Map<string, string[]>();
  /** Near-miss key (see nearMissKeys) → the names filed under it: the near misses of a name are a few lookups away. */
  private readonly nearMisses = new Map<string, string | string[]>();
  /** Every form (canonical name, alias, native name) → the canonical names it stands for → how many articles say so. */
  private readonly namesByForm = new Map<string, Map<string, number>>();
  /** One copy of every name, alias, role title and quote speaker (see compact). Grows with the distinct names only. */
  private readonly strings = new Map<string, string>();
  /** Which lone names ("Trump") stand for which full names ("Donald Trump") across the workspace. */
  private readonly people = new PersonNames();
  /**
   * Running totals per canonical name, so that a hover on a name in thousands of articles ("China") adds up
   * nothing: the mentions in all articles, and each role title with the articles that give it.
   */
  private readonly mentionTotals = new Map<string, number>();
  /**
   * Canonical name → each title given to it → the articles that give it. Nearly every title is given in one
   * article: filed as fileUri files them (the URI itself, or a list), where a Set per title held ~5 MB more.
   */
  private readonly rolesByName = new Map<string, Map<string, string | string[]>>();
  /**
   * Quotes of at least six words: the articles holding a quote by its exact fingerprint (quoteKey), and by each
   * named speaker and minhash band (quoteBandKey). A key held by one article holds the URI itself. ~5 entries a
   * quote, against scanning every summary on every check. The bands are most of them (~250,000 at 10,000
   * articles, nearly every key its own): they are filed by article number in typed arrays (KeyLists), ~4 MB of
   * heap where a Map of URIs held ~12 MB.
   */
  private readonly byQuote = new Map<number, string | string[]>();
  private readonly byQuoteBand = new KeyLists();
  /** A number for each indexed article (what KeyLists holds); a forgotten article's number is given out again. */
  private readonly articleNumbers = new Map<string, number>();
  private readonly numberedUris: string[] = [];
  private readonly freeNumbers: number[] = [];
  /**
   * Each single figure (currency and amount, ranges left out) by a hash of its moneyNeedle (figureKey) → the
   * articles that give it, for the money hover's "same figure in", against unpacking every summary that might
   * give it on every hover (~9 ms). By article number in KeyLists: ~2.5 MB at 10,000 articles (47,700 figures,
   * 186,000 articles filed), where a Map from the needles to URIs held 6.8 MB of heap.
   */
  private readonly byFigure = new KeyLists();
  /**
   * The byFigure keys that two different figures have shared (found as they are filed): only for these does the
   * hover look for the figure in each article filed under the key, which for a figure thousands of articles give
   * cost ~1 ms a hover.
   */
  private readonly sharedFigureKeys = new Set<number>();

  get size(): number {
    return this.summaries.size;
  }

  get(uri: string): ArticleSummary | undefined {
    return this.summaries.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.summaries.keys();
  }

  entries(): IterableIterator<[string, ArticleSummary]> {
    return this.summaries.entries();
  }

  /**
   * The name the workspace knows an entity by: a lone person name that is the surname (or the family name of a
   * surname-first name) of exactly one person named in full in any article is that person ("Trump" → Donald
   * Trump, "Xi" → Xi Jinping); anything else is its own name ("Wang" with Wang Yang and Wang Shouwen).
   */
  identity(name: string): string {
    return this.people.resolve(name);
  }

  /** Every canonical name that is the entity `name` is in the workspace: its identity and the lone names resolved to it. */
  namesOf(name: string): string[] {
    return this.people.namesOf(this.identity(name));
  }

  /** Articles that mention the entity `name` (under any name of its identity). */
  articlesMentioning(name: string): string[] {
    const names = this.namesOf(name);
    if (names.length === 1) return [...(this.byName.get(names[0]) ?? [])];
    const uris = new Set<string>();
    for (const each of names) for (const uri of this.byName.get(each) ?? []) uris.add(uri);
    return [...uris];
  }

  /** The entity `name` (under any name of its identity) in each article that mentions it. */
  *mentionsOf(name: string): IterableIterator<IndexedEntity> {
    for (const each of this.namesOf(name)) {
      for (const uri of this.byName.get(each) ?? []) {
        const summary = this.summaries.get(uri)!;
        yield { uri, summary, entity: entityNamed(summary, each)! };
      }
    }
  }

  /** The entities of one article that are the entity `name` in the workspace. */
  entitiesIn(uri: string, name: string): EntitySummary[] {
    const summary = this.summaries.get(uri);
    if (!summary) return [];
    const found: EntitySummary[] = [];
    for (const each of this.namesOf(name)) {
      const entity = entityNamed(summary, each);
      if (entity) found.push(entity);
    }
    return found;
  }

  /** The other articles' mentions and roles of the entity `name` (under any name of its identity), leaving out `except`. */
  overview(name: string, except: string, limit: number): EntityOverview {
    const names = this.namesOf(name);
    const overview: EntityOverview = { articles: 0, mentions: 0, first: [], roles: new Map() };
    const seen = names.length > 1 ? new Set<string>() : undefined;
    for (const each of names) {
      const articles = this.byName.get(each);
      if (!articles) continue;
      overview.mentions += this.mentionTotals.get(each) ?? 0;
      overview.articles += articles.length;
      for (const uri of articles) {
        if (seen) {
          if (seen.has(uri)) overview.articles--;
          seen.add(uri);
        }
        if (overview.first.length >= limit) {
          if (!seen) break;
        } else if (uri !== except && !overview.first.includes(uri)) overview.first.push(uri);
      }
      for (const [title, filed] of this.rolesByName.get(each) ?? []) {
        let role = overview.roles.get(title);
        if (!role) overview.roles.set(title, (role = { count: 0, uris: [] }));
        const uris = asList(filed);
        for (const uri of uris) {
          if (role.uris.length >= limit) break;
          if (uri !== except && !role.uris.includes(uri)) role.uris.push(uri);
        }
        role.count += uris.length - (uris.includes(except) ? 1 : 0);
      }
    }
    for (const entity of this.entitiesIn(except, name)) {
      overview.mentions -= entity.mentions;
      overview.articles--;
    }
    for (const [title, role] of overview.roles) if (role.count === 0) overview.roles.delete(title);
    return overview;
  }

  articleCount(name: string): number {
    return this.byName.get(name)?.length ?? 0;
  }

  namedOnlyIn(name: string, uri: string): boolean {
    const articles = this.byName.get(name);
    return !articles || (articles.length === 1 && articles[0] === uri);
  }

  titlesGiven(name: string): Iterable<string> {
    return this.rolesByName.get(name)?.keys() ?? [];
  }

  isNamedIn(name: string, uri: string): boolean {
    return this.byName.get(name)?.includes(uri) ?? false;
  }

  articlesNaming(name: string): string[] {
    return [...(this.byName.get(name) ?? [])];
  }

  /**
   * For each of `names`, the canonical names in the workspace that are a near miss of it: the names filed under
   * the same near-miss keys, confirmed by nearMissOf. A few lookups a name, however large the workspace.
   */
  nearNames(names: readonly string[]): Map<string, string[]> {
    const found = new Map<string, string[]>();
    for (const name of names) {
      const candidates = new Set<string>();
      for (const key of nearMissKeys(name)) {
        const filed = this.nearMisses.get(key);
        if (typeof filed === 'string') candidates.add(filed);
        else if (filed) for (const other of filed) candidates.add(other);
      }
      for (const other of candidates) {
        if (!nearMissOf(name, other)) continue;
        let list = found.get(name);
        if (!list) found.set(name, (list = []));
        list.push(other);
      }
    }
    return found;
  }

  /** Files a name under its near-miss keys (+1) or takes it out (-1). A key with one name holds the string itself. */
  private fileNearMisses(name: string, delta: 1 | -1): void {
    for (const key of nearMissKeys(name)) {
      const filed = this.nearMisses.get(key);
      if (delta > 0) {
        if (filed === undefined) this.nearMisses.set(key, name);
        else if (typeof filed === 'string') this.nearMisses.set(key, [filed, name]);
        else filed.push(name);
      } else if (typeof filed === 'string') {
        if (filed === name) this.nearMisses.delete(key);
      } else if (filed) {
        const rest = filed.filter((other) => other !== name);
        this.nearMisses.set(key, rest.length === 1 ? rest[0]! : rest);
      }
    }
  }

  /** The articles holding a quote with this exact fingerprint (this one too, if indexed). */
  articlesQuoting(print: QuotePrint): readonly string[] {
    return asList(this.byQuote.get(quoteKey(print.hash)));
  }

  /** The articles that quote `speaker` with a quote sharing a minhash band with `print`: the candidates for a near match. */
  articlesQuotingNear(speaker: string, print: QuotePrint): readonly string[] {
    const found = new Set<string>();
    for (const band of minhashBands(print)) for (const uri of this.articlesInBand(quoteBandKey(speaker, band))) found.add(uri);
    return [...found];
  }

  titleOf(uri: string): string | undefined {
    return this.summaries.get(uri)?.title || undefined;
  }

  *withConversion(currency: string, other: string): Iterable<[string, ArticleSummary]> {
    for (const uri of this.byConversion.get(conversionKey(currency, other)) ?? []) yield [uri, this.summaries.get(uri)!];
  }

  conversionRates(from: string, to: string): readonly number[] {
    const rates = this.ratesByPair.get(conversionKey(from, to));
    return !rates ? [] : from < to ? rates.forward : rates.backward;
  }

  /** The other articles that give the same figure (same currency and amount; ranges left out). */
  sameFigure(currency: string, amount: number, except: string, limit: number): FigureOverview {
    const needle = moneyNeedle(currency, amount);
    const key = figureKey(needle);
    const shared = this.sharedFigureKeys.has(key);
    const overview: FigureOverview = { articles: 0, first: [] };
    for (const number of this.byFigure.get(key)) {
      const uri = this.numberedUris[number]!;
      // The key is a hash: an article filed under it for another figure does not hold this one's characters.
      if (uri === except || (shared && !this.summaries.get(uri)!.moneyPacked.includes(needle))) continue;
      overview.articles++;
      if (overview.first.length < limit) overview.first.push(uri);
    }
    return overview;
  }

  /** Every form any article uses, with the canonical names it stands for: what Ctrl+T searches. */
  forms(): IterableIterator<[string, ReadonlyMap<string, number>]> {
    return this.namesByForm.entries();
  }

  /**
   * Reads and summarises every article the workspace lists, a batch at a time so that requests are still
   * answered while a large folder is indexed. `summarizeBatch` may hand batches to worker threads; `parallelism`
   * batches are in flight at once. `shouldStop` ends the scan early.
   */
  async build(workspace: Workspace, extensions: readonly string[], options: BuildOptions = {}): Promise<number> {
    const uris = await workspace.listArticles(extensions);
    const summarizeBatch = options.summarizeBatch ?? ((batch: string[]) => summarizeInProcess(workspace, batch));
    const inFlight = Math.max(1, options.parallelism ?? 1);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < uris.length && !options.shouldStop?.()) {
        const batch = uris.slice(next, next + BATCH_SIZE);
        next += batch.length;
        const summaries = await summarizeBatch(batch);
        // Nothing is checked during a scan, so no article needs to know what changed: `set` would collect
        // every other article naming China for every article naming China (quadratic in the folder).
        batch.forEach((uri, k) => { if (summaries[k]) this.replace(uri, summaries[k]!); });
        done += batch.length;
        options.progress?.(done, uris.length);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return this.summaries.size;
  }

  /** Stores the summary without working out what it affects: for a batch that checks every article afterwards (the CLI). */
  replaceSummary(uri: string, summary: ArticleSummary): void {
    this.replace(uri, summary);
  }

  /** Stores the summary and returns the other articles whose shared keys changed (to be re-checked). */
  set(uri: string, summary: ArticleSummary): Set<string> {
    const { names, conversions, quotes } = this.update(uri, summary);
    for (const other of conversions) names.add(other);
    for (const other of quotes) names.add(other);
    return names;
  }

  /**
   * Stores the summary and returns the other articles whose shared keys changed, by key: those that share an
   * entity name added or dropped, and those that convert between the currencies of a conversion added, dropped or
   * changed (what money-conversion-rate reads).
   */
  update(uri: string, summary: ArticleSummary): { names: Set<string>; conversions: Set<string>; quotes: Set<string> } {
    const quotesBefore = this.quoteKeysIn(uri);
    const before = new Set(this.namesIn(uri));
    const rolesBefore = new Set(this.rolesIn(uri));
    const conversionsBefore = new Set(this.conversionsIn(uri));
    this.replace(uri, summary);
    const after = new Set(this.namesIn(uri));
    const rolesAfter = new Set(this.rolesIn(uri));
    const conversionsAfter = new Set(this.conversionsIn(uri));
    const changed = [...before].filter((name) => !after.has(name)).concat([...after].filter((name) => !before.has(name)));
    // A title given or dropped (entity-role-conflict) changes what the other articles naming that person see.
    // One article's title does not turn the majority of many (entity-role-conflict takes the majority as right).
    const people = [...rolesBefore].filter((r) => !rolesAfter.has(r)).concat([...rolesAfter].filter((r) => !rolesBefore.has(r)))
      .map((key) => key.slice(0, key.indexOf('\n'))).filter((person) => (this.byName.get(person)?.length ?? 0) <= CONSENSUS_SIZE);
    const names = this.articlesSharing(people, uri);
    // A name added or dropped changes which spelling is the minority (entity-name-variant): the articles that
    // write it, or a near miss of it, in one or two articles only. A name thousands of articles share ("China")
    // is nobody's minority spelling, and those articles need no second look.
    if (changed.length > 0) {
      const rare = [...changed];
      for (const near of this.nearNames([...new Set(changed)]).values()) rare.push(...near);
      for (const name of new Set(rare)) {
        const articles = this.byName.get(name);
        if (articles && articles.length <= RARE_SPELLING) for (const other of articles) if (other !== uri) names.add(other);
      }
    }
    const changedConversions = [...conversionsBefore].filter((c) => !conversionsAfter.has(c)).concat([...conversionsAfter].filter((c) => !conversionsBefore.has(c)));
    const conversions = this.articlesConverting(changedConversions);
    conversions.delete(uri);
    const quotes = this.articlesQuotingChanged(quotesBefore, this.quoteKeysIn(uri), uri);
    // The doors (lsp/) re-check `names` and `conversions`: the quote rules' articles ride along with the names.
    for (const other of quotes) names.add(other);
    return { names, conversions, quotes };
  }

  /** The fingerprint keys and band keys of an article's quotes. */
  private quoteKeysIn(uri: string): { exact: Set<number>; bands: Set<number> } {
    const summary = this.summaries.get(uri);
    return summary ? quoteKeysOf(summary) : { exact: new Set(), bands: new Set() };
  }

  /**
   * The other articles holding a quote whose key was added or dropped: the same statement (while it is no stock
   * phrase) or a near match by the same speaker. A handful: a key is one statement, or one speaker's near matches.
   */
  private articlesQuotingChanged(before: { exact: Set<number>; bands: Set<number> }, after: { exact: Set<number>; bands: Set<number> }, uri: string): Set<string> {
    const affected = new Set<string>();
    const changed = (a: Set<number>, b: Set<number>) => [...a].filter((key) => !b.has(key)).concat([...b].filter((key) => !a.has(key)));
    for (const key of changed(before.exact, after.exact)) {
      const uris = asList(this.byQuote.get(key));
      // One more or one fewer can cross COMMON_STATEMENT; past it, the statement is a stock phrase either way.
      if (uris.length <= COMMON_STATEMENT + 1) for (const other of uris) affected.add(other);
    }
    for (const key of changed(before.bands, after.bands)) {
      const uris = this.articlesInBand(key);
      // A band many articles share is a speaker's stock wording, not one quote reworded: left alone.
      if (uris.length <= COMMON_STATEMENT) for (const other of uris) affected.add(other);
    }
    affected.delete(uri);
    return affected;
  }

  /** Forgets the article and returns the articles that shared any of its keys. */
  delete(uri: string): Set<string> {
    const names = this.namesIn(uri);
    const conversions = this.conversionsIn(uri);
    const quotes = this.quoteKeysIn(uri);
    this.replace(uri, undefined);
    const affected = this.articlesSharing(names, uri);
    for (const other of this.articlesQuotingChanged(quotes, { exact: new Set(), bands: new Set() }, uri)) affected.add(other);
    for (const other of this.articlesConverting(conversions)) affected.add(other);
    return affected;
  }

  rename(oldUri: string, newUri: string): void {
    const summary = this.summaries.get(oldUri);
    if (!summary) return;
    this.delete(oldUri);
    this.set(newUri, summary);
  }

  clear(): void {
    this.summaries.clear();
    this.byConversion.clear();
    this.ratesByPair.clear();
    this.byName.clear();
    this.nearMisses.clear();
    this.namesByForm.clear();
    this.strings.clear();
    this.people.clear();
    this.mentionTotals.clear();
    this.rolesByName.clear();
    this.byQuote.clear();
    this.byQuoteBand.clear();
    this.articleNumbers.clear();
    this.numberedUris.length = 0;
    this.freeNumbers.length = 0;
    this.byFigure.clear();
    this.sharedFigureKeys.clear();
  }

  private namesIn(uri: string): string[] {
    const summary = this.summaries.get(uri);
    return summary ? entitiesOf(summary).map((entity) => entity.name) : [];
  }

  /** Each title the article gives a person, as "name\ntitle". */
  private rolesIn(uri: string): string[] {
    const summary = this.summaries.get(uri);
    return summary ? entitiesOf(summary).flatMap((entity) => entity.roles.map((role) => `${entity.name}\n${role.title}`)) : [];
  }

  /** Each conversion pair of the article as "EUR USD|USD>EUR 200000000000>167000000000": what a change is diffed on. */
  private conversionsIn(uri: string): string[] {
    const summary = this.summaries.get(uri);
    if (!summary || summary.moneyPacked.length === 0) return [];
    return conversionsOf(moneyOf(summary)).map(({ from, to }) => `${conversionKey(from.currency, to.currency)}|${from.currency}>${to.currency} ${from.amount}>${to.amount}`);
  }

  /** The articles with a conversion between the currencies of any of these conversions. */
  private articlesConverting(conversions: readonly string[]): Set<string> {
    const affected = new Set<string>();
    for (const conversion of conversions) {
      const articles = this.byConversion.get(conversion.split('|')[0]);
      // One article's rate barely moves the median of many (money-conversion-rate reads the median).
      if (!articles || articles.size > CONSENSUS_SIZE) continue;
      for (const uri of articles) affected.add(uri);
    }
    return affected;
  }

  /** The articles other than `uri` that name any of `names`, or a name that shares an identity with one. */
  private articlesSharing(names: readonly string[], uri: string): Set<string> {
    const affected = new Set<string>();
    for (const name of names) {
      for (const each of new Set([name, ...this.namesOf(name)])) for (const other of this.byName.get(each) ?? []) affected.add(other);
    }
    affected.delete(uri);
    return affected;
  }

  /** Swaps the article's summary (undefined: none) in every map. */
  private replace(uri: string, summary: ArticleSummary | undefined): void {
    const previous = this.summaries.get(uri);
    if (previous) {
      entitiesOf(previous).forEach((entity) => this.count(uri, entity, -1));
      const { conversions, figures, pairs } = moneyKeysOf(previous);
      for (const key of conversions) {
        const uris = this.byConversion.get(key);
        uris?.delete(uri);
        if (uris?.size === 0) this.byConversion.delete(key);
      }
      this.fileRates(pairs, -1);
      const number = this.articleNumbers.get(uri)!;
      for (const key of figures.keys()) this.byFigure.delete(key, number);
      const { exact, bands } = quoteKeysOf(previous);
      for (const key of exact) fileUri(this.byQuote, key, uri, -1);
      for (const key of bands) this.byQuoteBand.delete(key, number);
      this.summaries.delete(uri);
      if (!summary) {
        this.articleNumbers.delete(uri);
        this.freeNumbers.push(number);
      }
    }
    if (!summary) return;
    this.compact(summary);
    this.summaries.set(uri, summary);
    entitiesOf(summary).forEach((entity) => this.count(uri, entity, +1));
    const { conversions, figures, pairs } = moneyKeysOf(summary);
    for (const key of conversions) {
      let uris = this.byConversion.get(key);
      if (!uris) this.byConversion.set(key, (uris = new Set()));
      uris.add(uri);
    }
    this.fileRates(pairs, 1);
    const number = this.numberOf(uri);
    for (const [key, needle] of figures) {
      // The article filed first under the key gives its figure: one that does not hold this needle gives another.
      const first = this.byFigure.first(key);
      if (first >= 0 && !this.sharedFigureKeys.has(key) && !this.summaries.get(this.numberedUris[first]!)!.moneyPacked.includes(needle)) this.sharedFigureKeys.add(key);
      this.byFigure.add(key, number);
    }
    const { exact, bands } = quoteKeysOf(summary);
    for (const key of exact) fileUri(this.byQuote, key, uri, 1);
    for (const key of bands) this.byQuoteBand.add(key, number);
  }

  /** The article's number, given it now if it has none. */
  private numberOf(uri: string): number {
    let number = this.articleNumbers.get(uri);
    if (number === undefined) {
      number = this.freeNumbers.pop() ?? this.numberedUris.length;
      this.articleNumbers.set(uri, number);
      this.numberedUris[number] = uri;
    }
    return number;
  }

  /** The articles filed under a quote band key, in the order they were filed. */
  private articlesInBand(key: number): string[] {
    return this.byQuoteBand.get(key).map((number) => this.numberedUris[number]!);
  }

  /** Adds (+1) or takes out (-1) the rates of an article's conversions, each way, keeping the lists sorted. */
  private fileRates(pairs: ReadonlyArray<Conversion<MoneySummary>>, delta: 1 | -1): void {
    for (const pair of pairs) {
      const [a, b] = [pair.from.currency, pair.to.currency].sort();
      const key = conversionKey(a, b);
      let rates = this.ratesByPair.get(key);
      if (!rates) {
        if (delta < 0) continue;
        this.ratesByPair.set(key, (rates = { forward: [], backward: [] }));
      }
      fileRate(rates.forward, rateLike(pair, { from: { currency: a }, to: { currency: b } }), delta);
      fileRate(rates.backward, rateLike(pair, { from: { currency: b }, to: { currency: a } }), delta);
      if (rates.forward.length === 0 && rates.backward.length === 0) this.ratesByPair.delete(key);
    }
  }

  /** Adds (+1) or removes (-1) one article's entity from the inverted maps. */
  private count(uri: string, entity: EntitySummary, delta: 1 | -1): void {
    let articles = this.byName.get(entity.name);
    if (delta > 0) {
      if (!articles) {
        this.byName.set(entity.name, (articles = []));
        this.fileNearMisses(entity.name, 1);
      }
      // Two entities of one name in an article file it once: the second finds the article last in the list.
      if (articles[articles.length - 1] !== uri) articles.push(uri);
    } else if (articles) {
      // In place: a name thousands of articles share is not copied for each edit of one of them.
      const at = articles.indexOf(uri);
      if (at >= 0) articles.splice(at, 1);
      if (articles.length === 0) {
        this.byName.delete(entity.name);
        this.fileNearMisses(entity.name, -1);
      }
    }
    if (entity.type === 'PERSON') this.people.count(entity.name, delta);
    const mentions = (this.mentionTotals.get(entity.name) ?? 0) + delta * entity.mentions;
    if (mentions !== 0) this.mentionTotals.set(entity.name, mentions);
    else this.mentionTotals.delete(entity.name);
    if (entity.roles.length > 0) {
      let roles = this.rolesByName.get(entity.name);
      if (!roles && delta > 0) this.rolesByName.set(entity.name, (roles = new Map()));
      // A summary gives each title of an entity once (distinctRoles), as fileUri asks.
      if (roles) for (const { title } of entity.roles) fileUri(roles, title, uri, delta);
      if (roles?.size === 0) this.rolesByName.delete(entity.name);
    }
    const forms = entityForms(entity);
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i]!;
      // A form listed twice counts once (a few forms an entity: no Set of them for each of ~230,000 entities).
      if (i > 0 && forms.indexOf(form) < i) continue;
      let names = this.namesByForm.get(form);
      if (!names) {
        if (delta < 0) continue;
        this.namesByForm.set(form, (names = new Map()));
      }
      const count = (names.get(entity.name) ?? 0) + delta;
      if (count > 0) names.set(entity.name, count);
      else names.delete(entity.name);
      if (names.size === 0) this.namesByForm.delete(form);
    }
  }

  /**
   * Thousands of articles name the same people and places: one copy of each name, alias and title serves all
   * of them, and summaries that come back from worker threads (as structured clones, every string a fresh
   * copy) shrink to what is theirs alone.
   */
  private compact(summary: ArticleSummary): void {
    for (const names of [summary.names, summary.quoteSpeakers]) {
      for (let i = 0; i < names.length; i++) {
        const known = this.strings.get(names[i]);
        if (known === undefined) this.strings.set(names[i], names[i]);
        else names[i] = known;
      }
    }
  }
}

/**
 * What an article's money is filed under, from one unpacking of its figures: each conversion's currency pair
 * (see WorkspaceIndex.byConversion) and each single figure's figureKey (byFigure) with its needle, each once, and the
 * conversions themselves (ratesByPair).
 */
function moneyKeysOf(summary: ArticleSummary): { conversions: Set<string>; figures: Map<number, string>; pairs: Array<Conversion<MoneySummary>> } {
  if (summary.moneyPacked.length === 0) return { conversions: new Set(), figures: new Map(), pairs: [] };
  const { needles, paired } = figureNeedles(summary);
  const figures = new Map(needles.map((needle) => [figureKey(needle), needle]));
  // Most articles convert nothing: only those that do are unpacked.
  const pairs = paired ? conversionsOf(moneyOf(summary)) : [];
  const conversions = new Set(pairs.map(({ from, to }) => conversionKey(from.currency, to.currency)));
  return { conversions, figures, pairs };
}

/** The keys an article's quotes are filed under (see WorkspaceIndex.byQuote, byQuoteBand), each once. */
function quoteKeysOf(summary: ArticleSummary): { exact: Set<number>; bands: Set<number> } {
  const exact = new Set<number>();
  const bands = new Set<number>();
  if (summary.quotes === 0) return { exact, bands };
  for (const { print, speakers } of quotePrintsOf(summary)) {
    exact.add(quoteKey(print.hash));
    for (const speaker of speakers) if (isNamedSpeaker(speaker)) for (const band of minhashBands(print)) bands.add(quoteBandKey(speaker, band));
  }
  return { exact, bands };
}

const asList = (filed: string | string[] | undefined): readonly string[] => (filed === undefined ? [] : typeof filed === 'string' ? [filed] : filed);

/** Files a URI under a key (+1) or takes it out (-1). A key with one URI holds the string itself. */
function fileUri<Key>(map: Map<Key, string | string[]>, key: Key, uri: string, delta: 1 | -1): void {
  const filed = map.get(key);
  if (delta > 0) {
    if (filed === undefined) map.set(key, uri);
    // An article files its keys one after the other, so filing one twice would find it last (two entities of one
    // name giving the same title, say): it stays filed once.
    else if (typeof filed === 'string') {
      if (filed !== uri) map.set(key, [filed, uri]);
    } else if (filed[filed.length - 1] !== uri) filed.push(uri);
  } else if (typeof filed === 'string') {
    if (filed === uri) map.delete(key);
  } else if (filed) {
    const rest = filed.filter((other) => other !== uri);
    if (rest.length === 0) map.delete(key);
    else map.set(key, rest.length === 1 ? rest[0]! : rest);
  }
}
