// Near misses between two spellings of a name: "Ki Jinping" / "Xi Jinping" (one letter), "Mnuchni" / "Mnuchin"
// (swapped letters), "Erdoğan" / "Erdogan", "Mohammed" / "Muhammad" (transliteration), "Jae-in" / "Jaein"
// (hyphen). Precision first: short names ("Xi" / "Li"), a one-letter change in a short part next to a common
// one ("Wang Yang" / "Wang Yong", different people who share a surname) and plurals ("American" / "Americans")
// are not near misses. Pure and cheap: the index runs nearMissOf over every name in the workspace.

/** Letters a name needs, hyphens and spaces left out, before a spelling slip in it is believable. */
const MIN_LETTERS = 6;
/** A slip in a part of the name this short needs a distinctive rest of the name ("Ki" next to "Jinping"). */
const SHORT_PART = 5;
/** What "distinctive" means for the rest of the name: a part of at least this many letters, unchanged. */
const DISTINCTIVE_PART = 6;

const VOWELS = new Set('aeiouy');

export type NearMiss = 'letter' | 'swap' | 'transliteration' | 'hyphen';

/**
 * How `a` is a near miss of `b`, or undefined when it is not one (or is the same name). Case, hyphens and
 * spaces count as the same letter where only they differ ("Jae-in" / "Jae In" / "Jaein": 'hyphen').
 */
export function nearMissOf(a: string, b: string): NearMiss | undefined {
  if (a === b || Math.abs(a.length - b.length) > 2) return undefined;
  const fa = fold(a);
  const fb = fold(b);
  if (fa.length < MIN_LETTERS || fb.length < MIN_LETTERS) return undefined;
  // Capitals and dots alone ("LIVERPOOL", "U.S. Army" / "US Army", "St Petersburg") are house style, not another
  // name; style-name-form sees them within an article. A hyphen dropped or added ("Jae-in" / "Jaein") is a variant.
  const styled = (s: string) => s.toLowerCase().replace(/\./gu, '');
  if (styled(a) === styled(b)) return undefined;
  if (fa === fb) {
    const spaced = (s: string) => s.toLowerCase().replace(/[\s.-]+/gu, '');
    if (spaced(a) !== spaced(b)) return 'transliteration';
    return /-/u.test(a + b) ? 'hyphen' : undefined;
  }
  const kind = oneEdit(fa, fb) ?? (parts(a).length === parts(b).length && sameSkeleton(fa, fb) ? 'transliteration' : undefined);
  if (!kind) return undefined;
  // "American" / "Americans", "Trump" / "Trumps": a plural or possessive, not a slip.
  if (fa + 's' === fb || fb + 's' === fa) return undefined;
  if (parts(a).length !== parts(b).length && fa[0] !== fb[0]) return undefined;
  return kind === 'transliteration' || partsAllow(a, b) ? kind : undefined;
}

const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case, no diacritics, no hyphens, spaces, dots or apostrophes: "Jae-in" → "jaein", "Erdoğan" → "erdogan", "Brandtzæg" → "brandtzaeg". */
export function fold(name: string): string {
  // Most names are plain ASCII: read them a character code at a time. Normalising and three Unicode regular
  // expressions cost the cold index ~0.01 ms a new name, for ~50,000 names at 10,000 articles.
  const ascii = foldAscii(name);
  if (ascii !== undefined) return ascii;
  return name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[æøåßœłđı]/gu, (c) => LIGATURES[c]).replace(/[^\p{L}\p{N}]/gu, '');
}

/** fold() of an all-ASCII name (letters and digits kept, capitals lowered), or undefined for any other name. */
function foldAscii(name: string): string | undefined {
  let folded = '';
  let from = 0;
  let lowered = true;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if (code >= 65 && code <= 90) lowered = false;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
      folded += name.slice(from, i);
      from = i + 1;
    }
  }
  folded = from === 0 ? name : folded + name.slice(from);
  return lowered ? folded : folded.toLowerCase();
}

/** One substitution, insertion, deletion or swap of neighbours turns a into b. */
function oneEdit(a: string, b: string): 'letter' | 'swap' | undefined {
  let prefix = 0;
  const shorter = Math.min(a.length, b.length);
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  if (a.length === b.length) {
    if (prefix + suffix === a.length - 1) return 'letter';
    if (prefix + suffix === a.length - 2 && a[prefix] === b[prefix + 1] && a[prefix + 1] === b[prefix]) return 'swap';
    return undefined;
  }
  return Math.abs(a.length - b.length) === 1 && prefix + suffix >= shorter ? 'letter' : undefined;
}

/**
 * Transliteration: the same consonants in the same places, the vowels (and y) free, and q/k, ph/f, dh/d, kh/k,
 * doubled letters read as one: "Mohammed" / "Muhammad", "Zelenskiy" / "Zelensky". Only for names of eight
 * letters or more, where two different people so spelled are rare.
 */
function sameSkeleton(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 8) return false;
  const sa = skeletonOf(a);
  return sa === skeletonOf(b) && sa.replace(/a/g, '').length >= 4;
}

const skeletonOf = (s: string) => s.replace(/ph/g, 'f').replace(/([dk])h/g, '$1').replace(/q/g, 'k').replace(/(.)\1+/g, '$1').replace(/[aeiouy]+/g, 'a');

/**
 * A one-letter slip or a swap needs a name of two parts or more, the same number in both, exactly one differing, and a short part ("Ki", "Yang")
 * may differ only next to a distinctive unchanged part ("Jinping"): "Wang Yang" / "Wang Yong" share only a
 * surname and are two people.
 */
function partsAllow(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  // A one-word name a letter off another is as often another word ("Justine" / "Justin", "Fenland" / "Finland").
  if (pa.length < 2 || pa.length !== pb.length) return false;
  const differing = pa.flatMap((part, i) => (fold(part) === fold(pb[i]) ? [] : [i]));
  if (differing.length !== 1) return false;
  const i = differing[0];
  const [x, y] = [fold(pa[i]), fold(pb[i])];
  // A letter more at the end of a part is another name more often than a slip: "Stone" / "Stoner".
  if (x.length !== y.length && (x.startsWith(y) || y.startsWith(x))) return false;
  if (Math.min(x.length, y.length) >= SHORT_PART) return true;
  // A short part that differs in a vowel only is as often another person ("Lee" / "Li"): only consonant slips.
  return pa.some((part, j) => j !== i && fold(part).length >= DISTINCTIVE_PART) && !onlyVowelsDiffer(x, y);
}

/**
 * Keys under which every near miss of a name is filed with it, so that a workspace finds the near misses of a
 * name by a few map lookups rather than by comparing it with every name: the folded name (hyphens, case,
 * diacritics), its consonant skeleton (transliterations), and the name with one part left out (a slip in that
 * part). nearMissOf decides among the names found.
 */
export function nearMissKeys(name: string): string[] {
  const folded = fold(name);
  if (folded.length < MIN_LETTERS) return [];
  const keys = [`f ${folded}`];
  if (folded.length >= 8) keys.push(`s ${skeletonOf(folded)}`);
  const each = parts(name).map(fold);
  if (each.length >= 2) for (let i = 0; i < each.length; i++) keys.push(`p ${i} ${each.map((part, j) => (j === i ? '' : part)).join(' ')}`);
  return keys;
}

function parts(name: string): string[] {
  return name.split(/[\s-]+/u).filter(Boolean);
}

function onlyVowelsDiffer(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(VOWELS.has(a[i]) && VOWELS.has(b[i]))) return false;
  return true;
}

/**
 * The mention text with the slip mended: the part of `variant` that differs from `standard` replaced in `form`
 * ("Ki" → "Xi" in "Ki"), or the whole standard name for the full form; undefined where it cannot tell.
 */
export function mendForm(form: string, variant: string, standard: string): string | undefined {
  if (form === variant) return standard;
  const pv = parts(variant);
  const ps = parts(standard);
  if (pv.length !== ps.length) return undefined;
  let mended = form;
  let changed = false;
  pv.forEach((part, i) => {
    if (part === ps[i]) return;
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    if (at.test(mended)) {
      mended = mended.replace(at, ps[i]);
      changed = true;
    }
  });
  return changed ? mended : undefined;
}
