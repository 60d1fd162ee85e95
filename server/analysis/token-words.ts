// The text of tokens, sliced and lower-cased at most once per parse. Name detection asks about the same few
// hundred words many times (is it a title? a connector? common?), and reusing one string also reuses its hash
// in every map lookup.
import { TokenList } from './segment';

export class TokenWords {
  private readonly words: string[];
  private readonly lowers: string[];

  constructor(readonly text: string, readonly tokens: TokenList) {
    this.words = new Array<string>(tokens.length);
    this.lowers = new Array<string>(tokens.length);
  }

  word(i: number): string {
    return (this.words[i] ??= this.text.slice(this.tokens.start(i), this.tokens.end(i)));
  }

  lower(i: number): string {
    return (this.lowers[i] ??= this.word(i).toLowerCase());
  }
}
