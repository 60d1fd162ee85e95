// Changes to the knowledge base in .article-lens.json, as WorkspaceEdits: the server computes them and asks the
// editor to apply them (workspace/applyEdit), so the change is undoable and works in every editor. jsonc-parser's
// modify() edits only the property touched, so the file keeps its formatting, its comments and every key this
// version does not know; a file that does not exist yet is created.
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { applyEdits, modify, parse, JSONPath } from 'jsonc-parser/lib/esm/main'; // the ESM build: the UMD main requires its parts at run time, which the bundle cannot follow
import { EntityType } from '../analysis/article';
import { KnowledgeBase, KnowledgeRole, normalizeKnowledgeBase } from '../analysis/knowledge-base';
import { LineIndex } from '../analysis/text';

/** One change to the knowledge base. */
export type KnowledgeChange =
  | { kind: 'entity'; name: string; type?: EntityType }
  | { kind: 'ignore'; name: string }
  | { kind: 'alias'; name: string; alias: string; type?: EntityType }
  | { kind: 'distinct'; names: [string, string] }
  | { kind: 'role'; name: string; role: KnowledgeRole; type?: EntityType }
  | { kind: 'quoteSpeaker'; article: string; quote: string; speaker: string };

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The file's text after the change (`text` undefined: no file yet), or undefined when it already says so. */
export function changeKnowledgeText(text: string | undefined, change: KnowledgeChange): string | undefined {
  let out = text === undefined || text.trim() === '' ? '{}\n' : text;
  const json = parse(out) as Record<string, unknown> | undefined;
  const kb = normalizeKnowledgeBase(json);
  const set = (path: JSONPath, value: unknown) => { out = applyEdits(out, modify(out, path, value, FORMAT)); };
  // Indices into the file's own arrays (the normalised lists leave out entries of the wrong shape).
  const rawEntities = Array.isArray(json?.entities) ? (json!.entities as unknown[]) : undefined;
  const entityAt = (name: string) => (rawEntities ?? []).findIndex((e) => isNamed(e, name));
  const aliasOwnerAt = (name: string) => (rawEntities ?? []).findIndex((e) => isNamed(e, name) || (Array.isArray((e as { aliases?: unknown }).aliases) && ((e as { aliases: unknown[] }).aliases).includes(name)));
  const addEntity = (entity: Record<string, unknown>) => (rawEntities ? set(['entities', -1], entity) : set(['entities'], [entity]));
  const unignore = (name: string) => {
    const at = Array.isArray(json?.ignore) ? (json!.ignore as unknown[]).indexOf(name) : -1;
    if (at >= 0) set(['ignore', at], undefined);
  };
  switch (change.kind) {
    case 'entity': {
      const at = aliasOwnerAt(change.name);
      unignore(change.name);
      if (at < 0) addEntity({ name: change.name, ...(change.type ? { type: change.type } : {}) });
      else if (change.type && (rawEntities![at] as { type?: unknown }).type !== change.type) set(['entities', at, 'type'], change.type);
      break;
    }
    case 'ignore': {
      if (kb.ignore.includes(change.name)) break;
      set(Array.isArray(json?.ignore) ? ['ignore', -1] : ['ignore'], Array.isArray(json?.ignore) ? change.name : [change.name]);
      break;
    }
    case 'alias': {
      const at = aliasOwnerAt(change.name);
      if (at < 0) addEntity({ name: change.name, ...(change.type ? { type: change.type } : {}), aliases: [change.alias] });
      else {
        const aliases = (rawEntities![at] as { aliases?: unknown }).aliases;
        if (Array.isArray(aliases) && aliases.includes(change.alias)) break;
        set(Array.isArray(aliases) ? ['entities', at, 'aliases', -1] : ['entities', at, 'aliases'], Array.isArray(aliases) ? change.alias : [change.alias]);
      }
      const distinct = Array.isArray(json?.distinct) ? (json!.distinct as unknown[]) : [];
      const contradicting = distinct.findIndex((pair) => Array.isArray(pair) && pair.includes(change.name) && pair.includes(change.alias));
      if (contradicting >= 0) set(['distinct', contradicting], undefined);
      break;
    }
    case 'distinct': {
      const [a, b] = change.names;
      if (kb.distinct.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) break;
      set(Array.isArray(json?.distinct) ? ['distinct', -1] : ['distinct'], Array.isArray(json?.distinct) ? [a, b] : [[a, b]]);
      break;
    }
    case 'role': {
      const at = entityAt(change.name) >= 0 ? entityAt(change.name) : aliasOwnerAt(change.name);
      const role = { title: change.role.title, ...(change.role.from ? { from: change.role.from } : {}), ...(change.role.to ? { to: change.role.to } : {}) };
      if (at < 0) {
        addEntity({ name: change.name, ...(change.type ? { type: change.type } : {}), roles: [role] });
        break;
      }
      const roles = (rawEntities![at] as { roles?: unknown }).roles;
      if (Array.isArray(roles) && roles.some((r) => (typeof r === 'string' ? r : (r as { title?: unknown })?.title) === role.title)) break;
      set(Array.isArray(roles) ? ['entities', at, 'roles', -1] : ['entities', at, 'roles'], Array.isArray(roles) ? role : [role]);
      break;
    }
    case 'quoteSpeaker': {
      const list = Array.isArray(json?.quoteSpeakers) ? (json!.quoteSpeakers as unknown[]) : undefined;
      const entry = { article: change.article, quote: change.quote, speaker: change.speaker };
      const at = (list ?? []).findIndex((o) => typeof o === 'object' && o !== null && (o as { article?: unknown }).article === change.article && (o as { quote?: unknown }).quote === change.quote);
      if (at >= 0) set(['quoteSpeakers', at, 'speaker'], change.speaker);
      else set(list ? ['quoteSpeakers', -1] : ['quoteSpeakers'], list ? entry : [entry]);
      break;
    }
  }
  return out === text ? undefined : out;
}

/**
 * The WorkspaceEdit that turns the file's `text` into `changed`: one replacement of the part that differs (so
 * the editor's undo and the rest of the file are untouched), or, where there is no file, its creation.
 */
export function knowledgeEdit(uri: string, text: string | undefined, changed: string): WorkspaceEdit {
  if (text === undefined) {
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: changed }] },
      ],
    };
  }
  let start = 0;
  while (start < text.length && start < changed.length && text[start] === changed[start]) start++;
  let end = 0;
  while (end < text.length - start && end < changed.length - start && text[text.length - 1 - end] === changed[changed.length - 1 - end]) end++;
  const lines = new LineIndex(text);
  return { changes: { [uri]: [{ range: { start: lines.positionAt(start), end: lines.positionAt(text.length - end) }, newText: changed.slice(start, changed.length - end) }] } };
}

/** The knowledge base the changed text holds, so the server can use it before the editor saves the file. */
export function knowledgeOf(text: string): KnowledgeBase {
  return normalizeKnowledgeBase(parse(text));
}

function isNamed(entity: unknown, name: string): boolean {
  return typeof entity === 'object' && entity !== null && (entity as { name?: unknown }).name === name;
}
