// One identity for a person across articles. Inside an article, "Trump" is Donald Trump only where the article
// names him in full; an article that only says "President Trump" has an entity "Trump". Across the workspace, a
// lone name joins the one person named in full anywhere whose surname it is ("Trump" → Donald Trump), or whose
// family name it is in a surname-first name ("Xi" → Xi Jinping). A lone name that fits two people ("Wang" with
// Wang Yang and Wang Shouwen, "Liu" with Liu He and Jennifer Liu) stays a name of its own.

/** Words after a surname that are no part of it: "Martin Luther King Jr." is keyed king. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

export class PersonNames {
  /** Canonical person name → how many articles name that person. */
  private readonly articles = new Map<string, number>();
  /** Lower-case surname → the full names ending in it. */
  private readonly bySurname = new Map<string, Set<string>>();
  /** Lower-case first word of a two-word name ("xi" of Xi Jinping) → those names. */
  private readonly byFirstWord = new Map<string, Set<string>>();
  /** Lower-case lone name → the lone names spelled so ("Trump", "TRUMP"). */
  private readonly lone = new Map<string, Set<string>>();

  /** One more (+1) or one fewer (-1) article names a person with this canonical name. */
  count(name: string, delta: 1 | -1): void {
    const count = (this.articles.get(name) ?? 0) + delta;
    if (count > 0) this.articles.set(name, count);
    else this.articles.delete(name);
    const appeared = delta > 0 && count === 1;
    const gone = delta < 0 && count <= 0;
    if (!appeared && !gone) return;
    const words = nameWords(name);
    const update = (map: Map<string, Set<string>>, key: string) => {
      let names = map.get(key);
      if (appeared) {
        if (!names) map.set(key, (names = new Set()));
        names.add(name);
      } else if (names) {
        names.delete(name);
        if (names.size === 0) map.delete(key);
      }
    };
    if (words.length === 1) {
      update(this.lone, words[0]);
    } else if (words.length > 1) {
      update(this.bySurname, words[words.length - 1]);
      if (words.length === 2) update(this.byFirstWord, words[0]);
    }
  }

  /** The full name a lone person name stands for in the workspace, or the name itself. */
  resolve(name: string): string {
    if (!this.articles.has(name)) return name;
    const words = nameWords(name);
    if (words.length !== 1) return name;
    const bySurname = this.bySurname.get(words[0]);
    const byFirstWord = this.byFirstWord.get(words[0]);
    if ((bySurname?.size ?? 0) + (byFirstWord?.size ?? 0) > 2) return name;
    // One person can be in both ("Lee Lee"): still one candidate.
    const candidates = new Set([...(bySurname ?? []), ...(byFirstWord ?? [])]);
    return candidates.size === 1 ? candidates.values().next().value! : name;
  }

  /** `identity` and every lone name that resolves to it. */
  namesOf(identity: string): string[] {
    const words = nameWords(identity);
    if (words.length < 2 || !this.articles.has(identity)) return [identity];
    const names = [identity];
    const keys = words.length === 2 ? [words[1], words[0]] : [words[words.length - 1]];
    for (const key of keys) {
      for (const lone of this.lone.get(key) ?? []) if (!names.includes(lone) && this.resolve(lone) === identity) names.push(lone);
    }
    return names;
  }

  clear(): void {
    this.articles.clear();
    this.bySurname.clear();
    this.byFirstWord.clear();
    this.lone.clear();
  }
}

/** The name's lower-case words without suffixes and initials ("Donald J. Trump" → donald, trump). */
function nameWords(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/u).filter((word) => word && !SUFFIXES.has(word));
  const full = words.filter((word) => !/^\p{L}\.?$/u.test(word));
  return full.length > 0 ? full : words;
}
