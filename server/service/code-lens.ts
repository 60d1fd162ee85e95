// The code lens at the top of an article: "3 people · 2 organizations · 4 places". Clicking it runs
// SHOW_ENTITIES_COMMAND, which the VS Code client turns into the quick outline (the People, Organizations and
// Places groups); other editors show the lens as a label. Each person or organization quoted in the article gets
// a lens on its first full mention, "2 quotes here · quotes by this person", that lists its quotes across the
// workspace (the server command articleLens.quotesByPerson).
import type { CodeLens } from 'vscode-languageserver-types';
import { ArticleModel, EntityType } from '../analysis/article';
import { entityTableOf } from '../analysis/summary';
import { COMMANDS } from './commands';
import { firstFullMention, TYPE_LABEL } from './entity-lookup';
import { quotesBy } from './quote-lookup';

/** A client-side command (VS Code: client/extension.ts); deliberately not a server command. */
export const SHOW_ENTITIES_COMMAND = 'articleLens.showEntities';

const COUNTED: Array<[EntityType, string, string]> = [
  ['PERSON', 'person', 'people'],
  ['ORG', 'organization', 'organizations'],
  ['LOC', 'place', 'places'],
];

/** The quote lenses need the article's `uri` (their command's argument); without it there are none. */
export function codeLenses(model: ArticleModel, uri?: string): CodeLens[] {
  const table = entityTableOf(model);
  if (table.length === 0) return [];
  const title = entityCounts(table.map((entity) => entity.type));
  const line = model.headline ? model.lines.positionAt(model.headline.start).line : 0;
  const lenses: CodeLens[] = [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title, command: SHOW_ENTITIES_COMMAND } }];
  if (uri === undefined) return lenses;
  for (const entity of table) {
    if (entity.type !== 'PERSON' && entity.type !== 'ORG') continue;
    const quoted = quotesBy(model, entity.name).length;
    if (quoted === 0) continue;
    const at = model.lines.positionAt(firstFullMention(model, entity).start);
    lenses.push({
      range: { start: at, end: at },
      command: { title: `${quoted} ${quoted === 1 ? 'quote' : 'quotes'} here · quotes by this ${TYPE_LABEL[entity.type]}`, command: COMMANDS.quotesByPerson, arguments: [uri, at] },
    });
  }
  return lenses;
}

/** "1 person · 2 organizations · 0 places". */
export function entityCounts(types: EntityType[]): string {
  return COUNTED.map(([type, one, many]) => {
    const n = types.filter((t) => t === type).length;
    return `${n} ${n === 1 ? one : many}`;
  }).join(' · ');
}
