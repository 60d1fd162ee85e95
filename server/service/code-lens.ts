// The code lens at the top of an article: "3 people · 2 organizations · 4 places". Clicking it runs
// SHOW_ENTITIES_COMMAND, which the VS Code client turns into the quick outline (the People, Organizations and
// Places groups); other editors show the lens as a label.
import type { CodeLens } from 'vscode-languageserver-types';
import { ArticleModel, EntityType } from '../analysis/article';
import { entityTableOf } from '../analysis/summary';

/** A client-side command (VS Code: client/extension.ts); deliberately not a server command. */
export const SHOW_ENTITIES_COMMAND = 'articleLens.showEntities';

const COUNTED: Array<[EntityType, string, string]> = [
  ['PERSON', 'person', 'people'],
  ['ORG', 'organization', 'organizations'],
  ['LOC', 'place', 'places'],
];

export function codeLenses(model: ArticleModel): CodeLens[] {
  const table = entityTableOf(model);
  if (table.length === 0) return [];
  const title = entityCounts(table.map((entity) => entity.type));
  const line = model.headline ? model.lines.positionAt(model.headline.start).line : 0;
  return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title, command: SHOW_ENTITIES_COMMAND } }];
}

/** "1 person · 2 organizations · 0 places". */
export function entityCounts(types: EntityType[]): string {
  return COUNTED.map(([type, one, many]) => {
    const n = types.filter((t) => t === type).length;
    return `${n} ${n === 1 ? one : many}`;
  }).join(' · ');
}
