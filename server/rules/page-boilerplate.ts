// page-boilerplate: lines a scraper carried over from the page around the article. Bylines and datelines are
// the article's own furniture and are never flagged.
import { ArticleModel } from '../analysis/article';
import { ChromeKind } from '../analysis/page-chrome';
import { Span } from '../analysis/text';
import { ArticleRule, Fix, TextEdit } from './rule';

const DESCRIBE: Record<ChromeKind, (line: string) => string> = {
  navigation: (line) => `Site navigation left by scraping: “${line}”.`,
  teaser: () => 'Link to another story left by scraping (“Read more: …”).',
  share: () => 'Share-button text left by scraping.',
  advertisement: () => 'Advertising placeholder left by scraping.',
  newsletter: () => 'Newsletter sign-up text left by scraping.',
  'image-credit': () => 'Image credit left by scraping; the picture itself is gone.',
  'image-caption': () => 'Image caption left by scraping: it sits right above an image credit.',
  'repeated-paragraph': () => 'Repeated paragraph left by scraping.',
  'trailing-link': () => 'Heading with no text under it at the end of the article: a link to another story left by scraping.',
};

export const pageBoilerplate: ArticleRule = {
  id: 'page-boilerplate',
  scope: 'article',
  defaultSeverity: 'hint',
  description: 'Page chrome left by scraping: navigation lines, “Read more” teasers, share buttons, image credits and captions, repeated teasers.',
  check({ model }) {
    const removeAll = removeAllPageBoilerplate(model);
    return model.chrome.map((line) => {
      const text = model.text.slice(line.start, line.end);
      const message = line.repeats !== undefined ? describeRepeat(model, line.start, line.repeats) : DESCRIBE[line.kind](text);
      const fixes: Fix[] = [{ title: 'Remove this line', edits: [removal(model, line)], preferred: true }];
      if (model.chrome.length > 1) fixes.push(removeAll);
      return { ruleId: 'page-boilerplate', span: { start: line.start, end: line.end }, message, fixes };
    });
  },
};

/** The fix that removes every line of page chrome; consecutive lines go as one block. Also the server command's edit. */
export function removeAllPageBoilerplate(model: ArticleModel): Fix {
  return { title: 'Remove all page boilerplate in this article', edits: adjacentBlocks(model).map((block) => removal(model, block)) };
}

/** A standfirst repeated later ("the story repeats it at line 9"), or a later copy of an earlier paragraph. */
function describeRepeat(model: ArticleModel, offset: number, repeats: number): string {
  const otherLine = model.paragraphs[repeats].line + 1;
  return model.paragraphs[repeats].start > offset
    ? `Repeated teaser: the page showed this text above the story, and the story repeats it at line ${otherLine}.`
    : `Repeated paragraph: the same text already stands at line ${otherLine}; the page was scraped twice.`;
}

/**
 * Deletes the chrome's lines with their line breaks, and the blank lines after them when the chrome stood
 * alone between blank lines, so removing it leaves one paragraph break, not two.
 */
function removal(model: ArticleModel, line: Span): TextEdit {
  const { lines, text } = model;
  const first = lines.positionAt(line.start).line;
  const last = lines.positionAt(line.end).line;
  const span: Span = { start: lines.lineStart(first), end: lines.lineSpanWithBreak(last).end };
  const blankBefore = first === 0 || isBlank(text, lines.lineSpanWithBreak(first - 1));
  if (blankBefore) {
    for (let next = last + 1; next < lines.lineCount; next++) {
      const nextLine = lines.lineSpanWithBreak(next);
      if (!isBlank(text, nextLine) || nextLine.end === nextLine.start) break;
      span.end = nextLine.end;
    }
  }
  return { span, newText: '' };
}

/** Chrome lines on consecutive lines (a navigation menu, a caption over its credit) are removed as one block. */
function adjacentBlocks(model: ArticleModel): Span[] {
  const blocks: Span[] = [];
  for (const line of model.chrome) {
    const previous = blocks[blocks.length - 1];
    const gap = previous && model.text.slice(previous.end, line.start);
    if (gap !== undefined && gap.trim() === '' && (gap.match(/\r\n|\r|\n/g) ?? []).length <= 1) previous.end = line.end;
    else blocks.push({ start: line.start, end: line.end });
  }
  return blocks;
}

function isBlank(text: string, span: Span): boolean {
  return text.slice(span.start, span.end).trim() === '';
}
