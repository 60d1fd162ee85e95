// The hover on a name: who or what it is, the roles the articles give it, its other names, how often it is
// mentioned here and elsewhere, the sentence that introduces it and the other articles that mention it.
import type { Hover } from 'vscode-languageserver-types';
import { ArticleSummary, sentenceAt, sentenceText } from '../analysis/summary';
import { entityAt, EntityScope, firstFullMention, TYPE_LABEL } from './entity-lookup';
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
  const lines: string[] = [`**${escape(entity.name)}** · ${TYPE_LABEL[entity.type]}`];

  // Other articles: the index's summaries, except this one (its model is newer).
  const others: Array<{ uri: string; summary: ArticleSummary; mentions: number; roles: readonly string[] }> = [];
  for (const other of index?.mentionsOf(entity.name) ?? []) {
    if (other.uri !== scope.uri) others.push({ uri: other.uri, summary: other.summary, mentions: other.entity.mentions, roles: other.entity.roles.map((r) => r.title) });
  }

  // Popular names are in thousands of articles: each role keeps its first few articles and a count.
  const roles = new Map<string, { where: string[]; count: number }>();
  const addRole = (title: string, where: () => string) => {
    let role = roles.get(title);
    if (!role) roles.set(title, (role = { where: [], count: 0 }));
    role.count++;
    if (role.where.length < ROLE_ARTICLES) role.where.push(where());
  };
  for (const role of entity.roles) if (!roles.has(role.title)) addRole(role.title, () => 'this article');
  for (const other of others) for (const title of other.roles) addRole(title, () => link(other.uri, other.summary));
  if (roles.size > 0) {
    const shown = [...roles].slice(0, MAX_ROLES).map(([title, { where, count }]) => `${escape(title)} (${where.join(', ')}${count > where.length ? `, and ${count - where.length} more` : ''})`);
    lines.push(`Roles: ${shown.join('; ')}${roles.size > MAX_ROLES ? `; and ${roles.size - MAX_ROLES} more` : ''}`);
  }

  const aliases = entity.aliases.filter((a) => a !== entity.name).map(escape);
  const native = entity.nativeNames.map(escape);
  if (aliases.length + native.length > 0) lines.push(`Also: ${[...aliases, ...native].join(', ')}`);

  const elsewhere = others.reduce((sum, other) => sum + other.mentions, 0);
  lines.push(others.length > 0
    ? `Mentions: ${mentions.length} here · ${mentions.length + elsewhere} in ${others.length + 1} articles`
    : `Mentions: ${count(mentions.length, 'time', 'times')} in this article, in no other article`);

  const first = firstFullMention(model, entity);
  const sentence = sentenceAt(model, first.start);
  if (sentence >= 0) lines.push(`> ${escape(sentenceText(model, model.sentences[sentence], first))}`);

  if (others.length > 0) {
    const shown = others.slice(0, MAX_ARTICLES).map((o) => link(o.uri, o.summary)).join(' · ');
    lines.push(`Also in: ${shown}${others.length > MAX_ARTICLES ? ` · and ${others.length - MAX_ARTICLES} more` : ''}`);
  }
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(model.lines, mention) };
}

/** "[Headline](uri)", with the file name where an article has no title. */
function link(uri: string, summary: ArticleSummary): string {
  const label = summary.title || decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return `[${escape(label).replace(/[\]]/g, '\\]')}](${uri.replace(/[()\s]/g, encodeURIComponent)})`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Markdown-significant characters in names and titles ("*NSYNC", "E*Trade") are shown as written. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
