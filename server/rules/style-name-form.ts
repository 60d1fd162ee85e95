// style-name-form: one name written two ways in one article, "US" and "U.S.", "Mar-a-Lago" and "Mar-A-Lago",
// "Kim Jong-un" and "Kim Jong Un". Two forms are one name written two ways when they differ only in dots,
// hyphens, spaces or capitals. The fix writes every mention one way: a form listed in
// articleLens.preferredNameForms, else the form the article uses most (the first one used on a tie).
// Datelines and headlines are set in their own case ("WASHINGTON", "China And U.S. Fail …"): left out.
import { EntityMention } from '../analysis/article';
import { fold } from '../analysis/name-variants';
import { ArticleRule, Finding } from './rule';

export const styleNameForm: ArticleRule = {
  id: 'style-name-form',
  scope: 'article',
  defaultSeverity: 'information',
  description: 'One name written two ways in one article (“US” and “U.S.”, “Kim Jong-un” and “Kim Jong Un”): forms that differ only in dots, hyphens, spaces or capitals. The fix writes it one way: as listed in articleLens.preferredNameForms, else as the article mostly does.',
  check({ model, options }) {
    const preferred = options?.preferredNameForms ?? [];
    const skip = [model.dateline, model.headline].filter((span): span is NonNullable<typeof span> => span !== undefined);
    const groups = new Map<string, Array<{ mention: EntityMention; form: string }>>();
    for (const mention of model.entities) {
      if (mention.type === 'MISC' || skip.some((span) => span.start <= mention.start && mention.end <= span.end)) continue;
      const form = model.text.slice(mention.start, mention.end);
      // An all-capitals form of a word ("WASHINGTON") is typography, not a second spelling.
      if (form.length > 3 && form === form.toUpperCase() && /\p{Lu}{4}/u.test(form)) continue;
      const key = `${mention.entity}\n${fold(form)}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ mention, form });
    }
    const findings: Finding[] = [];
    for (const group of groups.values()) {
      const counts = new Map<string, number>();
      for (const { form } of group) counts.set(form, (counts.get(form) ?? 0) + 1);
      if (counts.size < 2) continue;
      const forms = [...counts.keys()];
      const chosen = forms.find((form) => preferred.includes(form)) ?? forms.reduce((a, b) => (counts.get(b)! > counts.get(a)! ? b : a));
      const why = preferred.includes(chosen) ? 'the preferred form (articleLens.preferredNameForms)' : `the form used ${counts.get(chosen)} ${counts.get(chosen) === 1 ? 'time' : 'times'} in this article`;
      const others = group.filter(({ form }) => form !== chosen);
      for (const { mention, form } of others) {
        const span = { start: mention.start, end: mention.end };
        findings.push({
          ruleId: 'style-name-form',
          span,
          message: `“${form}” is also written “${chosen}” in this article: ${why}.`,
          fixes: [
            { title: `Write “${chosen}”`, edits: [{ span, newText: chosen }], preferred: true },
            ...(others.length > 1 ? [{ title: `Write “${chosen}” everywhere in this article`, edits: others.map((other) => ({ span: { start: other.mention.start, end: other.mention.end }, newText: chosen })) }] : []),
          ],
        });
      }
    }
    return findings;
  },
};
