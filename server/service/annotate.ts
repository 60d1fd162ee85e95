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
  const slice = (start: number, end: number) => model.text.slice(start, end);
  return {
    id,
    entities: model.entities.map((m) => ({ start: m.start, end: m.end, text: slice(m.start, m.end), type: m.type, entity: m.entity })),
    money: model.money.map((m) => ({
      start: m.start, end: m.end, text: slice(m.start, m.end), amount: m.amount, currency: m.currency,
      ...(m.min !== undefined ? { min: m.min } : {}), ...(m.max !== undefined ? { max: m.max } : {}),
      ...(m.qualifier ? { qualifier: m.qualifier } : {}), ...(m.rate ? { rate: m.rate } : {}),
      ...(m.pairedWith !== undefined ? { pairedWith: m.pairedWith } : {}),
    })),
    // The contract's quotes are statements and partial quotes: names and scare quotes in quote marks are not.
    quotes: model.quotes.filter((q) => q.kind === 'statement' || q.kind === 'partial').map((q) => ({
      start: q.start, end: q.end, text: slice(q.start, q.end), speaker: q.speaker,
      ...(q.speakerSpan ? { speakerStart: q.speakerSpan.start, speakerEnd: q.speakerSpan.end } : {}),
    })),
  };
}
