// Rename an entity: one WorkspaceEdit over every mention in every article. A mention that is the canonical
// name becomes the new name; a partial form has only its matching words replaced, by the words at the same
// place in the new name. Renaming Steven Mnuchin to "Steve Mnuchin" leaves "Mnuchin" and "Mr. Mnuchin" as
// they are; renaming him to "Robert Smith" makes them "Smith" and "Mr. Smith". Starting the rename on a
// partial form renames those words of the name: "Mnuchin" → "Smith" makes the entity "Steven Smith".
// A form that shares no word with the name ("U.S." for United States) becomes the new name; names in other
// scripts ("習近平") are left alone.
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { ArticleModel, Entity } from '../analysis/article';
import { mentionRangesOf } from '../analysis/summary';
import { entitiesNamed, entityAt, EntityScope, mentionsOf, otherArticles, spanText, workspaceNames } from './entity-lookup';
import { toRange } from './ranges';

/** The mention under the cursor and its text, or null where there is nothing to rename. */
export function prepareRenameAt(model: ArticleModel, offset: number): { range: Range; placeholder: string } | null {
  const found = entityAt(model, offset);
  return found ? { range: toRange(model.lines, found.mention), placeholder: spanText(model, found.mention) } : null;
}

/** The edit that renames the entity under the cursor everywhere, or null when there is none or the name is empty. */
export function renameEdit(scope: EntityScope, offset: number, newText: string): WorkspaceEdit | null {
  const found = entityAt(scope.model, offset);
  const typed = newText.trim().replace(/\s+/gu, ' ');
  if (!found || !typed) return null;
  // A lone "Trump" that is Donald Trump in the workspace renames him: forms change relative to the full name.
  const { identity: oldName, names } = workspaceNames(scope, found.entity.name);
  const newName = renamedName(oldName, spanText(scope.model, found.mention), typed);
  if (!newName) return null;
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range, text: string | undefined, native: boolean) => {
    const replacement = text === undefined ? newName : native ? undefined : renamedForm(text, oldName, newName);
    if (replacement !== undefined && replacement !== text) (changes[uri] ??= []).push({ range, newText: replacement });
  };
  const inModel = (uri: string, model: ArticleModel, entity: Entity) => {
    for (const mention of mentionsOf(model, entity)) {
      const text = spanText(model, mention);
      add(uri, toRange(model.lines, mention), text, entity.nativeNames.includes(text));
    }
  };
  inModel(scope.uri, scope.model, found.entity);
  for (const other of otherArticles(scope, found.entity.name)) {
    if (other.model) {
      for (const entity of entitiesNamed(other.model, names)) inModel(other.uri, other.model, entity);
      continue;
    }
    const summary = scope.index!.get(other.uri)!;
    for (const summarised of scope.index!.entitiesIn(other.uri, found.entity.name)) {
      for (const range of mentionRangesOf(summary, summarised)) {
        add(other.uri, { start: range.start, end: range.end }, range.text, range.text !== undefined && summarised.nativeNames.includes(range.text));
      }
    }
  }
  return { changes };
}

/**
 * The entity's new canonical name when the user typed `typed` over the form `form`: the form's words of the
 * name are swapped for the typed ones ("Mnuchin" → "Smith" turns Steven Mnuchin into Steven Smith), and
 * words of the form outside the name ("Mr.") are dropped from the typed text when it still has them.
 */
export function renamedName(name: string, form: string, typed: string): string | undefined {
  if (form === name) return typed;
  const nameWords = words(name);
  const formWords = words(form);
  const match = matchWords(formWords, nameWords);
  if (!match) return typed;
  let typedWords = words(typed);
  const before = formWords.slice(0, match.formFrom).map(fold);
  const after = formWords.slice(match.formFrom + match.length).map(fold);
  if (before.length > 0 && before.every((w, i) => fold(typedWords[i] ?? '') === w)) typedWords = typedWords.slice(before.length);
  if (after.length > 0 && after.every((w, i) => fold(typedWords[typedWords.length - after.length + i] ?? '') === w)) typedWords = typedWords.slice(0, -after.length);
  if (typedWords.length === 0) return undefined;
  return [...nameWords.slice(0, match.nameFrom), ...typedWords, ...nameWords.slice(match.nameFrom + match.length)].join(' ');
}

/** What one form of the name becomes when the name changes from `oldName` to `newName`. */
export function renamedForm(form: string, oldName: string, newName: string): string {
  if (form === oldName) return newName;
  const oldWords = words(oldName);
  const newWords = words(newName);
  const formWords = words(form);
  const match = matchWords(formWords, oldWords);
  if (!match) return newName;
  const { nameFrom, length } = match;
  const nameTo = nameFrom + length - 1;
  let replacement: string[];
  if (oldWords.length === newWords.length) replacement = newWords.slice(nameFrom, nameTo + 1);
  else if (nameFrom === 0 && nameTo === oldWords.length - 1) replacement = newWords;
  else if (nameFrom === 0) replacement = newWords.slice(0, Math.min(length, newWords.length - 1));
  else if (nameTo === oldWords.length - 1) replacement = newWords.slice(Math.max(1, newWords.length - length));
  else replacement = newWords.slice(Math.min(nameFrom, newWords.length - 1), Math.min(nameTo, newWords.length - 1) + 1);
  if (replacement.length === 0) replacement = newWords;
  const matched = formWords.slice(match.formFrom, match.formFrom + length).join(' ');
  let text = replacement.join(' ');
  // "MNUCHIN" in an all-caps dateline or headline stays all caps.
  if (/\p{Lu}{2}/u.test(matched) && matched === matched.toUpperCase()) text = text.toUpperCase();
  // Only the matched words change: the rest of the mention keeps its spelling and spacing.
  const at = wordOffsets(form);
  const start = at[match.formFrom].start;
  const end = at[match.formFrom + length - 1].end;
  return form.slice(0, start) + text + form.slice(end);
}

interface WordMatch {
  formFrom: number;
  nameFrom: number;
  length: number;
}

/** The longest run of the form's words that is also a run of the name's words (ignoring case), if any. */
function matchWords(formWords: string[], nameWords: string[]): WordMatch | undefined {
  let best: WordMatch | undefined;
  for (let f = 0; f < formWords.length; f++) {
    for (let n = 0; n < nameWords.length; n++) {
      let length = 0;
      while (f + length < formWords.length && n + length < nameWords.length && fold(formWords[f + length]) === fold(nameWords[n + length])) length++;
      if (length > 0 && (!best || length > best.length)) best = { formFrom: f, nameFrom: n, length };
    }
  }
  return best;
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

function wordOffsets(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function fold(word: string): string {
  return word.toLowerCase();
}
