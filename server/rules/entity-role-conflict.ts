// entity-role-conflict: one person given incompatible titles in different articles, "Vice Minister Liu He" in one
// and "Vice Premier Liu He" in another. The other articles are read through their summaries (each keeps the
// titles it gives a person) and the dates in their datelines.
//
// Precision first:
// - only formal titles count ("Vice Premier", "Treasury Secretary"); descriptions ("top economic adviser",
//   "China expert at Cornell University") conflict with nothing;
// - the same title written another way is the same title: "Secretary of the Treasury" = "Treasury Secretary",
//   "US Commerce Secretary" = "Commerce Secretary", "Commerce Vice Minister" ⊇ "Vice Minister";
// - two titles conflict only when they share a word but not the office ("Vice Minister" / "Vice Premier",
//   "Treasury Secretary" / "Commerce Secretary", "President" / "Vice President"): people do hold two offices
//   at once ("President" and "General Secretary"), but not two ranks of one;
// - articles dated (dateline) more than DATE_WINDOW apart may both be right: people change jobs;
// - the side most articles take is taken as right. On a tie, a title the same article also gives someone else
//   is the suspect (a slip copies a title from the next name: "Commerce Vice Minister Wang Shouwen … Vice
//   Minister Liu He"); where that does not tell them apart, both sides are flagged, each naming the other;
// - a role declared in the project file (with optional from/to dates) decides, against the article's date.
import { isFormalTitle } from '../analysis/roles';
import { demonymOf, isCountryOrCapital } from '../analysis/places';
import { EMPTY_KNOWLEDGE_BASE, KnowledgeRole, knowledgeEntityNamed } from '../analysis/knowledge-base';
import { entitiesOf, entityTableOf, mentionRangesOf } from '../analysis/summary';
import { Finding, Fix, RelatedPlace, WorkspaceRule } from './rule';

export const RECORD_ROLE = 'articleLens.recordRole';
/** Articles dated further apart than this may give one person two titles, both right at the time. */
const DATE_WINDOW = 183 * 24 * 3600 * 1000;
const MAX_RELATED = 5;
/** Words that make another office of the same one: "Vice President" is not "President". */
const HIERARCHY = new Set(['vice', 'deputy', 'prime', 'first', 'assistant', 'associate', 'acting', 'under', 'co']);
const COUNTRY_WORDS = new Set(['us', 'u.s.', 'usa', 'uk', 'u.k.', 'eu', 'un', 'u.n.', 'american', 'chinese', 'british']);

/** "Secretary of the Treasury" → ["treasury", "secretary"]; "US Commerce Secretary" → ["commerce", "secretary"]. */
export function titleWords(title: string): string[] {
  const words = title.replace(/[’']s\b/gu, '').toLowerCase().split(/[\s-]+/u).filter((w) => w && w !== 'the' && !isCountryWord(w));
  const of = words.indexOf('of');
  const ordered = of > 0 ? [...words.slice(of + 1), ...words.slice(0, of)] : words;
  return ordered.filter((w) => !/^(?:of|for|to|and)$/u.test(w));
}

function isCountryWord(word: string): boolean {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return COUNTRY_WORDS.has(word) || demonymOf(capitalised) !== undefined || isCountryOrCapital(capitalised);
}

/**
 * One title is the other, perhaps with a portfolio or more words ("Vice Minister" / "Commerce Vice Minister",
 * "Secretary" / "Secretary of State", "Capt." / "Navy Capt."), but not a step up or down ("President" / "Vice President").
 */
export function sameTitle(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (!small.every((w) => large.includes(w))) return false;
  return large.filter((w) => !small.includes(w)).every((w) => !HIERARCHY.has(w));
}

/** Two formal titles that cannot both be the person's: they share a word but are not one title. */
export function titlesConflict(a: string, b: string): boolean {
  if (!isFormalTitle(a) || !isFormalTitle(b) || sameTitle(a, b)) return false;
  const wb = new Set(titleWords(b));
  return titleWords(a).some((w) => wb.has(w));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date a dateline (or a project file date, "2018", "2018-05-04") gives, as milliseconds; undefined if none. */
export function dateOf(text: string | undefined, end = false): number | undefined {
  if (!text) return undefined;
  const iso = /\b(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\b/u.exec(text);
  const written = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/iu.exec(text);
  if (written) {
    const month = MONTHS.indexOf((written[1] ?? written[5]).slice(0, 3).toLowerCase());
    return Date.UTC(Number(written[3] ?? written[6]), month, Number(written[2] ?? written[4]));
  }
  if (!iso || Number(iso[1]) < 1900) return undefined;
  if (iso[3]) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  if (iso[2]) return end ? Date.UTC(Number(iso[1]), Number(iso[2]), 0) : Date.UTC(Number(iso[1]), Number(iso[2]) - 1, 1);
  return end ? Date.UTC(Number(iso[1]), 11, 31) : Date.UTC(Number(iso[1]), 0, 1);
}

function heldAt(role: KnowledgeRole, date: number | undefined): boolean {
  if (date === undefined) return true;
  const from = dateOf(role.from);
  const to = dateOf(role.to, true);
  return (from === undefined || from <= date) && (to === undefined || date <= to);
}

function during(role: KnowledgeRole): string {
  return role.from && role.to ? ` (${role.from} to ${role.to})` : role.from ? ` (from ${role.from})` : role.to ? ` (until ${role.to})` : '';
}

interface OtherTitle {
  title: string;
  uris: string[];
  related: RelatedPlace[];
}

export const entityRoleConflict: WorkspaceRule = {
  id: 'entity-role-conflict',
  scope: 'workspace',
  defaultSeverity: 'warning',
  description: 'One person given incompatible titles in different articles (“Vice Minister Liu He” here, “Vice Premier Liu He” elsewhere), or a title the project file’s roles for that person and date rule out. Descriptions (“top economic adviser”) conflict with nothing.',
  check({ uri, model, workspace, knowledge = EMPTY_KNOWLEDGE_BASE }) {
    const findings: Finding[] = [];
    const dateline = model.dateline && model.text.slice(model.dateline.start, model.dateline.end);
    const date = dateOf(dateline);
    for (const entity of entityTableOf(model)) {
      if (entity.type !== 'PERSON' || entity.roles.length === 0) continue;
      const formal = entity.roles.filter((role) => isFormalTitle(role.title));
      if (formal.length === 0) continue;
      const declared = knowledgeEntityNamed(knowledge, entity.name)?.roles ?? [];
      // Most people are given one title everywhere: the index's titles rule a conflict out before any article is read.
      if (declared.length === 0 && !someConflict(formal, workspace.titlesGiven(entity.name))) continue;
      const others = declared.length > 0 ? [] : otherTitles(entity.name, uri, date, workspace);
      for (const role of formal) {
        const span = { start: role.start, end: role.end };
        const record = (title: string): Fix => ({ title: `Record “${title}” as ${entity.name}’s role (project file)`, edits: [], command: { command: RECORD_ROLE, arguments: [entity.name, title] } });
        const replace = (title: string): Fix => ({ title: `Replace the title with “${title}”`, edits: [{ span, newText: title }], preferred: true });
        if (declared.length > 0) {
          const held = declared.filter((r) => heldAt(r, date));
          if (held.some((r) => sameTitle(r.title, role.title))) continue;
          const against = held.find((r) => titlesConflict(role.title, r.title)) ?? declared.find((r) => sameTitle(r.title, role.title) && !heldAt(r, date));
          if (!against) continue;
          const right = held.find((r) => titlesConflict(role.title, r.title));
          findings.push({
            ruleId: 'entity-role-conflict',
            span,
            message: right
              ? `${entity.name} is “${role.title}” here, but the project file gives “${right.title}”${during(right)}${date !== undefined ? ' for this article’s date' : ''}.`
              : `${entity.name} was “${role.title}” only${during(against)} by the project file, and this article is dated ${dateline}.`,
            fixes: right ? [replace(right.title)] : [],
          });
          continue;
        }
        const against = others.filter((other) => titlesConflict(role.title, other.title));
        if (against.length === 0) continue;
        const agreeing = new Set([uri, ...others.filter((other) => sameTitle(role.title, other.title)).flatMap((other) => other.uris)]);
        const disagreeing = new Set(against.flatMap((other) => other.uris));
        // The side more articles take is taken as right; on a tie the side that copies a neighbour's title.
        if (agreeing.size > disagreeing.size) continue;
        const main = against.reduce((a, b) => (b.uris.length > a.uris.length ? b : a));
        if (agreeing.size === disagreeing.size) {
          const copiedHere = givenToOthers(role.title, entity.name, entityTableOf(model));
          const copiedThere = main.uris.some((other) => givenToOthers(main.title, entity.name, entitiesOf(workspace.get(other)!)));
          if (copiedThere && !copiedHere) continue;
        }
        const title = workspace.titleOf(main.uris[0]);
        const where = main.uris.length === 1 ? (title ? `in “${title}”` : `in ${main.uris[0]}`) : `in ${main.uris.length} other articles`;
        findings.push({
          ruleId: 'entity-role-conflict',
          span,
          message: `${entity.name} is “${role.title}” here but “${main.title}” ${where}${agreeing.size > 1 ? `, against ${agreeing.size - 1} more ${agreeing.size === 2 ? 'article' : 'articles'} that agree with this one` : ''}.`,
          related: against.flatMap((other) => other.related).slice(0, MAX_RELATED),
          fixes: [replace(main.title), record(main.title), record(role.title)],
        });
      }
    }
    return findings;
  },
};

function someConflict(titles: ReadonlyArray<{ title: string }>, given: Iterable<string>): boolean {
  for (const other of given) if (isFormalTitle(other) && titles.some((role) => titlesConflict(role.title, other))) return true;
  return false;
}

/** Whether the article gives the title (or the same title) to someone other than `person`. */
function givenToOthers(title: string, person: string, entities: ReadonlyArray<{ name: string; roles: ReadonlyArray<{ title: string }> }>): boolean {
  return entities.some((entity) => entity.name !== person && entity.roles.some((role) => isFormalTitle(role.title) && sameTitle(role.title, title)));
}

/** The formal titles other articles (dated near this one, or undated) give the person, with where. */
function otherTitles(name: string, uri: string, date: number | undefined, workspace: Parameters<WorkspaceRule['check']>[0]['workspace']): OtherTitle[] {
  const byTitle = new Map<string, OtherTitle>();
  for (const { uri: other, summary, entity } of workspace.mentionsOf(name)) {
    if (other === uri) continue;
    const otherDate = dateOf(summary.dateline);
    if (date !== undefined && otherDate !== undefined && Math.abs(date - otherDate) > DATE_WINDOW) continue;
    for (const { title } of entity.roles) {
      if (!isFormalTitle(title)) continue;
      const key = titleWords(title).join(' ');
      let entry = byTitle.get(key);
      if (!entry) byTitle.set(key, (entry = { title, uris: [], related: [] }));
      if (entry.uris.includes(other)) continue;
      entry.uris.push(other);
      const [first] = mentionRangesOf(summary, entity);
      const articleTitle = workspace.titleOf(other);
      if (first) entry.related.push({ uri: other, range: { start: first.start, end: first.end }, message: `“${title}” ${entity.name}${articleTitle ? ` in “${articleTitle}”` : ''}` });
    }
  }
  return [...byTitle.values()];
}
