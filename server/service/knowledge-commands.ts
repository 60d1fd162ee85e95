// The server commands that write the knowledge base (.article-lens.json): from the editor (Add to knowledge base,
// Mark as person / organization / place / not an entity, Set speaker of this quote) and from quick fixes (treat as
// an alias, these are different, record the role). Each answers with the WorkspaceEdit to apply and the file's
// text after it, so the server can use the new knowledge base before the editor saves the file.
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { ArticleModel, EntityType } from '../analysis/article';
import { quoteKey } from '../analysis/knowledge-base';
import { MARK_DISTINCT, TREAT_AS_ALIAS } from '../rules/entity-name-variant';
import { RECORD_ROLE } from '../rules/entity-role-conflict';
import { changeKnowledgeText, KnowledgeChange, knowledgeEdit } from './knowledge-edits';
import { toOffset } from './ranges';

export const KNOWLEDGE_COMMANDS = {
  /** Arguments: [uri, range or position, type?]. The selected text, or the name under the cursor, becomes an entity. */
  addToKnowledgeBase: 'articleLens.addToKnowledgeBase',
  /** Arguments: [uri, range or position]. The name is recorded as that type, which then wins over detection. */
  markAsPerson: 'articleLens.markAsPerson',
  markAsOrganization: 'articleLens.markAsOrganization',
  markAsPlace: 'articleLens.markAsPlace',
  /** Arguments: [uri, range or position]. The name goes under "ignore": never recognised again. */
  markNotEntity: 'articleLens.markNotEntity',
  /** Arguments: [uri, position, speaker]. The quote at the position is said by `speaker`, whatever detection finds. */
  setQuoteSpeaker: 'articleLens.setQuoteSpeaker',
  /** Arguments: [name, alias, type?] (entity-name-variant's fix). */
  treatAsAlias: TREAT_AS_ALIAS,
  /** Arguments: [name, other] (entity-name-variant's fix). */
  markDistinct: MARK_DISTINCT,
  /** Arguments: [name, title, from?, to?] (entity-role-conflict's fix). */
  recordRole: RECORD_ROLE,
} as const;

export const KNOWLEDGE_COMMAND_IDS: readonly string[] = Object.values(KNOWLEDGE_COMMANDS);

const TYPE_OF: Record<string, EntityType> = {
  [KNOWLEDGE_COMMANDS.markAsPerson]: 'PERSON',
  [KNOWLEDGE_COMMANDS.markAsOrganization]: 'ORG',
  [KNOWLEDGE_COMMANDS.markAsPlace]: 'LOC',
};

export interface KnowledgeCommandScope {
  /** The open article a command names. */
  model(uri: string): ArticleModel | undefined;
  /** The knowledge base file (its URI) and its text, undefined when there is no file yet. */
  projectFile(): { uri: string; text: string | undefined } | undefined;
}

export interface KnowledgeCommandResult {
  label: string;
  edit: WorkspaceEdit;
  /** The file's text once the edit is applied. */
  text: string;
}

/** The edit a knowledge base command makes; null when its arguments name nothing or the file already says so. */
export function runKnowledgeCommand(command: string, args: readonly unknown[], scope: KnowledgeCommandScope): KnowledgeCommandResult | null {
  const change = changeFor(command, args, scope);
  const file = change && scope.projectFile();
  if (!change || !file) return null;
  const text = changeKnowledgeText(file.text, change.change);
  return text === undefined ? null : { label: change.label, edit: knowledgeEdit(file.uri, file.text, text), text };
}

function changeFor(command: string, args: readonly unknown[], scope: KnowledgeCommandScope): { change: KnowledgeChange; label: string } | undefined {
  const [a, b, c, d] = args;
  const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const type = (value: unknown) => (['PERSON', 'ORG', 'LOC', 'MISC'].includes(value as string) ? (value as EntityType) : undefined);
  switch (command) {
    case KNOWLEDGE_COMMANDS.treatAsAlias:
      return str(a) && str(b) ? { change: { kind: 'alias', name: str(a)!, alias: str(b)!, type: type(c) }, label: `Treat “${str(b)}” as an alias of “${str(a)}”` } : undefined;
    case KNOWLEDGE_COMMANDS.markDistinct:
      return str(a) && str(b) ? { change: { kind: 'distinct', names: [str(a)!, str(b)!] }, label: `“${str(a)}” and “${str(b)}” are different` } : undefined;
    case KNOWLEDGE_COMMANDS.recordRole:
      return str(a) && str(b) ? { change: { kind: 'role', name: str(a)!, role: { title: str(b)!, from: str(c), to: str(d) }, type: 'PERSON' }, label: `Record “${str(b)}” as ${str(a)}’s role` } : undefined;
    case KNOWLEDGE_COMMANDS.setQuoteSpeaker: {
      const model = typeof a === 'string' ? scope.model(a) : undefined;
      const speaker = str(c);
      if (!model || !speaker || !isPosition(b)) return undefined;
      const offset = toOffset(model.lines, b);
      const quote = model.quotes.find((q) => q.start <= offset && offset <= q.end);
      if (!quote) return undefined;
      const article = decodeURIComponent((a as string).slice((a as string).lastIndexOf('/') + 1));
      return { change: { kind: 'quoteSpeaker', article, quote: quoteKey(model.text.slice(quote.start, quote.end)), speaker }, label: `Set the speaker of this quote to ${speaker}` };
    }
    default: {
      if (!KNOWLEDGE_COMMAND_IDS.includes(command)) return undefined;
      const model = typeof a === 'string' ? scope.model(a) : undefined;
      const named = model && nameAt(model, b);
      if (!named) return undefined;
      if (command === KNOWLEDGE_COMMANDS.markNotEntity) return { change: { kind: 'ignore', name: named.name }, label: `“${named.name}” is not an entity` };
      const wanted = TYPE_OF[command] ?? type(c) ?? named.type;
      return { change: { kind: 'entity', name: named.name, type: wanted }, label: `Add “${named.name}” to the knowledge base` };
    }
  }
}

/** The selected words, or the name of the mention under the cursor (its text as written, and its type). */
function nameAt(model: ArticleModel, where: unknown): { name: string; type?: EntityType } | undefined {
  if (isRange(where) && (where.start.line !== where.end.line || where.start.character !== where.end.character)) {
    const text = model.text.slice(toOffset(model.lines, where.start), toOffset(model.lines, where.end)).replace(/\s+/gu, ' ').trim();
    const mention = model.entities.find((m) => model.text.slice(m.start, m.end) === text);
    return text ? { name: text, type: mention?.type } : undefined;
  }
  const position = isRange(where) ? where.start : isPosition(where) ? where : undefined;
  if (!position) return undefined;
  const offset = toOffset(model.lines, position);
  const mention = model.entities.find((m) => m.start <= offset && offset <= m.end);
  return mention && { name: model.text.slice(mention.start, mention.end), type: mention.type };
}

function isPosition(value: unknown): value is Position {
  const { line, character } = (value ?? {}) as Partial<Position>;
  return Number.isInteger(line) && Number.isInteger(character) && line! >= 0 && character! >= 0;
}

function isRange(value: unknown): value is Range {
  const { start, end } = (value ?? {}) as Partial<Range>;
  return isPosition(start) && isPosition(end);
}
