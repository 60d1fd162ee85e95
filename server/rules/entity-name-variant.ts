// entity-name-variant: "Ki Jinping" in one article, "Xi Jinping" in four others. A name that is a near miss
// (analysis/name-variants: one letter, two swapped, a transliteration, a hyphen) of a better-attested name is
// flagged on the minority spelling's mentions. The other articles are read through their summaries only.
//
// Precision first. The minority spelling must be used in this one article only, and the majority spelling in at
// least two others: a one-off against a name that several articles agree on is a slip; two spellings each used
// in several articles are a house style or two people, and the rule keeps quiet. The two must also be the same
// kind of entity (a person is no slip of a place), and the knowledge base can declare them one (an alias) or two.
import { EntityType } from '../analysis/article';
import { declaredDistinct, declaredSame, EMPTY_KNOWLEDGE_BASE, knowledgeEntityNamed } from '../analysis/knowledge-base';
import { mendForm, NearMiss, nearMissOf } from '../analysis/name-variants';
import { entityTableOf, mentionRangesOf } from '../analysis/summary';
import { Finding, Fix, RelatedPlace, WorkspaceRule } from './rule';

/** Articles the majority spelling needs, besides this one. */
export const MIN_MAJORITY_ARTICLES = 2;
const MAX_RELATED = 5;
const CHECKED_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LOC']);

/** Server commands these fixes run (service/commands.ts implements them). */
export const TREAT_AS_ALIAS = 'articleLens.treatAsAlias';
export const MARK_DISTINCT = 'articleLens.markDistinct';

const HOW: Record<NearMiss, string> = {
  letter: 'one letter apart',
  swap: 'two letters swapped',
  transliteration: 'another transliteration',
  hyphen: 'hyphens, spaces or capitals apart',
};

export const entityNameVariant: WorkspaceRule = {
  id: 'entity-name-variant',
  scope: 'workspace',
  defaultSeverity: 'warning',
  description: 'A name spelt as in no other article that is a near miss (one letter, swapped letters, a transliteration, a hyphen) of a name at least two other articles use: “Ki Jinping” against “Xi Jinping”. Declared aliases and distinct pairs in the project file silence it.',
  check({ uri, model, workspace, knowledge = EMPTY_KNOWLEDGE_BASE }) {
    const table = entityTableOf(model).filter((entity) => CHECKED_TYPES.has(entity.type) && !knowledgeEntityNamed(knowledge, entity.name));
    // Only names this article alone uses can be the minority spelling.
    const lone = table.filter((entity) => workspace.namedOnlyIn(entity.name, uri));
    if (lone.length === 0) return [];
    const near = workspace.nearNames(lone.map((entity) => entity.name));
    const findings: Finding[] = [];
    for (const entity of lone) {
      const best = bestStandard(entity.name, entity.type, near.get(entity.name) ?? [], uri, workspace, knowledge);
      if (!best) continue;
      const { standard, articles, kind } = best;
      const related: RelatedPlace[] = [];
      for (const { uri: other, summary, entity: there } of workspace.mentionsOf(standard)) {
        if (related.length >= MAX_RELATED) break;
        if (other === uri || there.name !== standard) continue;
        const [first] = mentionRangesOf(summary, there);
        const title = workspace.titleOf(other);
        if (first) related.push({ uri: other, range: { start: first.start, end: first.end }, message: `“${standard}”${title ? ` in “${title}”` : ''}` });
      }
      const mentions = entity.mentions.map((index) => model.entities[index]).flatMap((mention) => {
        const form = model.text.slice(mention.start, mention.end);
        const mended = mendForm(form, entity.name, standard);
        return mended && mended !== form ? [{ span: { start: mention.start, end: mention.end }, mended }] : [];
      });
      const all: Fix = { title: `Write “${standard}” everywhere in this article`, edits: mentions.map(({ span, mended }) => ({ span, newText: mended })) };
      const commands: Fix[] = [
        { title: `Treat “${entity.name}” as an alias of “${standard}” (project file)`, edits: [], command: { command: TREAT_AS_ALIAS, arguments: [standard, entity.name, entity.type] } },
        { title: `“${entity.name}” and “${standard}” are different (project file)`, edits: [], command: { command: MARK_DISTINCT, arguments: [entity.name, standard] } },
      ];
      for (const { span, mended } of mentions) {
        findings.push({
          ruleId: 'entity-name-variant',
          span,
          message: `“${model.text.slice(span.start, span.end)}”: ${articles} other ${articles === 1 ? 'article writes' : 'articles write'} “${standard}” (${HOW[kind]}), and no other article spells it this way.`,
          related,
          fixes: [{ title: `Write “${mended}”`, edits: [{ span, newText: mended }], preferred: true }, ...(mentions.length > 1 ? [all] : []), ...commands],
        });
      }
    }
    return findings;
  },
};

/** The near miss with the most articles (at least MIN_MAJORITY_ARTICLES besides this one), of the same type. */
function bestStandard(
  name: string, type: EntityType, candidates: readonly string[], uri: string,
  workspace: Parameters<WorkspaceRule['check']>[0]['workspace'], knowledge: typeof EMPTY_KNOWLEDGE_BASE,
): { standard: string; articles: number; kind: NearMiss } | undefined {
  let best: { standard: string; articles: number; kind: NearMiss } | undefined;
  for (const standard of candidates) {
    if (declaredDistinct(knowledge, name, standard) || declaredSame(knowledge, standard, name)) continue;
    const others = workspace.articleCount(standard) - (workspace.isNamedIn(standard, uri) ? 1 : 0);
    if (others < MIN_MAJORITY_ARTICLES) continue;
    // The type most articles give the standard name must be this one's.
    let same = 0;
    for (const { uri: other, entity } of workspace.mentionsOf(standard)) if (other !== uri && entity.name === standard && entity.type === type) same++;
    if (same * 2 <= others) continue;
    if (!best || others > best.articles) best = { standard, articles: others, kind: nearMissOf(name, standard) ?? 'letter' };
  }
  return best;
}
