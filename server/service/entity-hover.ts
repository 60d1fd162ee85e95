// The hover on a name: who or what it is, the roles the articles give it, its other names, how often it is
// mentioned here and elsewhere, the sentence that introduces it and the other articles that mention it.
import type { Hover } from 'vscode-languageserver-types';
import { ArticleSummary, sentenceAt, sentenceText } from '../analysis/summary';
import { COMMANDS } from './commands';
import { entityAt, EntityScope, firstFullMention, TYPE_LABEL, workspaceNames } from './entity-lookup';
import { quotesBy } from './quote-lookup';
import { toRange } from './ranges';

/** Past this many, lists end in "and N more" so the hover stays short. */
const MAX_ARTICLES = 5;
const MAX_ROLES = 5;
const ROLE_ARTICLES = 3;

export function entityHover(scope: EntityScope, offset: number): Hover | null {
  const { model, index } = scope;
  const found = entityAt(model, offset);
  if (!found) return null;
  const { entity, mention, mentions } = found;
  // A lone "Trump" shows as the one Donald Trump the workspace names in full, with the other articles' mentions.
  const { identity } = workspaceNames(scope, entity.name);
  const lines: string[] = [`**${escapeMarkdown(identity)}** · ${TYPE_LABEL[entity.type]}`];

  // Other articles: the index's running totals, except for this article (its model is newer than its summary).
  const overview = index?.overview(entity.name, scope.uri, MAX_ARTICLES);
  const others = overview?.articles ?? 0;
  const title = (uri: string) => link(uri, index!.get(uri));

  // Popular names are in thousands of articles: each role keeps its first few articles and a count.
  const roles = new Map<string, { where: string[]; count: number }>();
  for (const role of entity.roles) if (!roles.has(role.title)) roles.set(role.title, { where: ['this article'], count: 1 });
  for (const [name, { count, uris }] of overview?.roles ?? []) {
    let role = roles.get(name);
    if (!role) roles.set(name, (role = { where: [], count: 0 }));
    role.count += count;
    for (const uri of uris) if (role.where.length < ROLE_ARTICLES) role.where.push(title(uri));
  }
  if (roles.size > 0) {
    const shown = [...roles].slice(0, MAX_ROLES).map(([name, { where, count }]) => `${escapeMarkdown(name)} (${where.join(', ')}${count > where.length ? `, and ${count - where.length} more` : ''})`);
    lines.push(`Roles: ${shown.join('; ')}${roles.size > MAX_ROLES ? `; and ${roles.size - MAX_ROLES} more` : ''}`);
  }

  const aliases = [entity.name, ...entity.aliases].filter((a) => a !== identity).map(escapeMarkdown);
  const native = entity.nativeNames.map(escapeMarkdown);
  if (aliases.length + native.length > 0) lines.push(`Also: ${[...aliases, ...native].join(', ')}`);

  lines.push(others > 0
    ? `Mentions: ${mentions.length} here · ${mentions.length + overview!.mentions} in ${others + 1} articles`
    : `Mentions: ${count(mentions.length, 'time', 'times')} in this article, in no other article`);

  if (entity.type === 'PERSON' || entity.type === 'ORG') {
    // A command link: VS Code runs it (the client trusts this command); other editors show the words.
    const args = encodeURIComponent(JSON.stringify([scope.uri, model.lines.positionAt(mention.start)]));
    const here = quotesBy(model, entity.name).length;
    lines.push(`[Quotes by this ${TYPE_LABEL[entity.type]}](command:${COMMANDS.quotesByPerson}?${args}) · ${count(here, 'quote', 'quotes')} in this article`);
  }

  const first = firstFullMention(model, entity);
  const sentence = sentenceAt(model, first.start);
  if (sentence >= 0) lines.push(`> ${escapeMarkdown(sentenceText(model, model.sentences[sentence], first))}`);

  if (others > 0) {
    const shown = overview!.first.map(title).join(' · ');
    lines.push(`Also in: ${shown}${others > MAX_ARTICLES ? ` · and ${others - MAX_ARTICLES} more` : ''}`);
  }
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(model.lines, mention) };
}

/** "[Headline](uri)", with the file name where an article has no title. */
export function link(uri: string, summary: ArticleSummary | undefined): string {
  const label = summary?.title || decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return `[${escapeMarkdown(label).replace(/[\]]/g, '\\]')}](${uri.replace(/[()\s]/g, encodeURIComponent)})`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Markdown-significant characters in names and titles ("*NSYNC", "E*Trade") are shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
