// summarize(model) → ArticleSummary: the small set of facts other articles are checked against. Workspace
// features read summaries, never another article's text, so that the index stays small and a change to one
// article only replaces one summary.
import { ArticleModel, countWords, EntityType } from './article';

export interface EntitySummary {
  name: string;
  type: EntityType;
  mentions: number;
}

export interface ArticleSummary {
  /** The headline, or the first words of the article where it has none. */
  title: string;
  words: number;
  paragraphs: number;
  quotes: number;
  moneyFigures: number;
  chromeLines: number;
  dateline?: string;
  byline?: string;
  entities: EntitySummary[];
}

const TITLE_WORDS = 12;

export function summarize(model: ArticleModel): ArticleSummary {
  const { text } = model;
  const body = model.paragraphs.find((p) => p.role === 'body');
  const title = model.headline
    ? text.slice(model.headline.start, model.headline.end)
    : body ? firstWords(text.slice(body.start, body.end), TITLE_WORDS) : '';
  const entities = new Map<string, EntitySummary>();
  for (const mention of model.entities) {
    const known = entities.get(mention.entity);
    if (known) known.mentions++;
    else entities.set(mention.entity, { name: mention.entity, type: mention.type, mentions: 1 });
  }
  return {
    title: ownCopy(title),
    words: countWords(model),
    paragraphs: model.paragraphs.filter((p) => p.role === 'body').length,
    quotes: model.quotes.length,
    moneyFigures: model.money.length,
    chromeLines: model.chrome.length,
    dateline: model.dateline && ownCopy(text.slice(model.dateline.start, model.dateline.end)),
    byline: model.byline && ownCopy(text.slice(model.byline.start, model.byline.end)),
    entities: [...entities.values()],
  };
}

/**
 * A copy of a string that does not share memory with the article it was cut from. V8 keeps a slice as a view
 * into its parent, so a 30-character headline held in the index would otherwise keep the whole article alive
 * (10,000 indexed articles held 100 MB that way).
 */
export function ownCopy(slice: string): string {
  return (' ' + slice).slice(1);
}

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
