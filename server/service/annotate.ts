// The annotation contract (DESIGN.md): what `article-lens annotate` writes, one object per document.
import { ArticleModel, parseArticle } from '../analysis/article';

export interface Annotation {
  id: string;
  entities: Array<{ start: number; end: number; text: string; type: string; entity: string }>;
  money: Array<{
    start: number; end: number; text: string; amount: number; currency: string; min?: number; max?: number;
    qualifier?: string; rate?: string; pairedWith?: number;
  }>;
  quotes: Array<{ start: number; end: number; text: string; speaker: string | null; speakerStart?: number; speakerEnd?: number }>;
}

export function annotateText(id: string, text: string): Annotation {
  return toAnnotation(id, parseArticle(text));
}

export function toAnnotation(id: string, model: ArticleModel): Annotation {
  const { text } = model;
  // The optional fields are assigned after the others, in the contract's order (which is the order JSON writes
  // them in), rather than spread in from an object made for each: this runs for every figure of every article.
  const money = model.money.map((m) => {
    const figure: Annotation['money'][number] = { start: m.start, end: m.end, text: text.slice(m.start, m.end), amount: m.amount, currency: m.currency };
    if (m.min !== undefined) figure.min = m.min;
    if (m.max !== undefined) figure.max = m.max;
    if (m.qualifier) figure.qualifier = m.qualifier;
    if (m.rate) figure.rate = m.rate;
    if (m.pairedWith !== undefined) figure.pairedWith = m.pairedWith;
    return figure;
  });
  // The contract's quotes are statements and partial quotes: names and scare quotes in quote marks are not.
  const quotes: Annotation['quotes'] = [];
  for (const q of model.quotes) {
    if (q.kind !== 'statement' && q.kind !== 'partial') continue;
    const quote: Annotation['quotes'][number] = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: q.speaker };
    if (q.speakerSpan) {
      quote.speakerStart = q.speakerSpan.start;
      quote.speakerEnd = q.speakerSpan.end;
    }
    quotes.push(quote);
  }
  return {
    id,
    entities: model.entities.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, entity: m.entity })),
    money,
    quotes,
  };
}
