import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ArticleModel, parseArticle } from '../../server/analysis/article';
import { parseMarked, renderSpans } from '../helpers/markers';

/** The quoted passages of a text, rendered as ⟦…⟧, so a test compares marked texts. */
function passages(text: string, kinds?: string[]): string {
  const model = parseArticle(text);
  return renderSpans(text, model.quotes.filter((q) => !kinds || kinds.includes(q.kind)));
}

/** Asserts the marked passages are exactly the quotes found (of any kind). */
function assertPassages(marked: string): void {
  assert.equal(passages(parseMarked(marked).text), marked);
}

/** Speaker and kind of every quote, in order: "statement: Jacob Parker". */
function speakers(text: string): string[] {
  return parseArticle(text).quotes.map((q) => `${q.kind}: ${q.speaker ?? '-'}`);
}

describe('quotation marks', () => {
  it('pair curly, straight and single quotes and guillemets', () => {
    assertPassages('He said ⟦“We will go,”⟧ and left. She said ⟦"We stay."⟧ Then ⟦‘Not now,’⟧ he said. They said ⟦«Jamais»⟧ twice.');
  });

  it('pair old wire copy’s two backticks with its two closing apostrophes', () => {
    assertPassages("Mayor Ann Lee was firm. ⟦``Not one nickel more,''⟧ she said. ⟦``We can't pay it.''⟧");
    assert.deepEqual(speakers("Mayor Ann Lee was firm. ``Not one nickel more for the union this year,'' she said."), ['statement: Ann Lee']);
  });

  it('leave apostrophes alone: ’s, don’t, rock ’n’ roll, the ’90s, a plural possessive', () => {
    assertPassages('Xi’s team don’t like rock ’n’ roll from the ’90s. ⟦‘The players’ union is strong,’⟧ said Ann Lee. The Smiths’ house is red.');
    assertPassages("Xi's team don't like rock 'n' roll from the '90s. ⟦'It's over,'⟧ said Ann Lee.");
  });

  it('keep a quote nested in another inside it', () => {
    assertPassages('⟦“They called it ‘a disaster’ on air,”⟧ said Ann Lee.');
  });

  it('make one quote of paragraphs that each reopen it', () => {
    const text = 'Ann Lee said:\n\n“The first part goes on.\n\n“The second part goes on.\n\n“And it ends here.”\n\nThe end.';
    const model = parseArticle(text);
    assert.equal(model.quotes.length, 1);
    assert.equal(text.slice(model.quotes[0].start, model.quotes[0].end), '“The first part goes on.\n\n“The second part goes on.\n\n“And it ends here.”');
    assert.deepEqual(model.unbalancedQuotes, []);
  });

  it('end an unclosed quote at its paragraph, and report the mark', () => {
    const text = '“We will win, said Ann Lee.\n\nLater, “Fine,” said Bo Chan.';
    const model = parseArticle(text);
    assert.equal(renderSpans(text, model.quotes), '⟦“We will win, said Ann Lee.⟧\n\nLater, ⟦“Fine,”⟧ said Bo Chan.');
    assert.deepEqual(model.unbalancedQuotes.map((u) => ({ at: u.at, side: u.side, partner: u.partner, paragraphEnd: u.paragraphEnd })), [
      { at: 0, side: 'open', partner: '”', paragraphEnd: text.indexOf('\n') },
    ]);
  });

  it('report a closing mark that nothing opened', () => {
    const model = parseArticle('We will win,” said Ann Lee.');
    assert.deepEqual(model.unbalancedQuotes.map((u) => [u.mark, u.side]), [['”', 'close']]);
  });
});

describe('quote kinds', () => {
  it('tell statements, partial quotes, names and scare quotes apart', () => {
    const text = 'Ann Lee called the talks a “frank exchange” and said a programme known as “Clean Rivers 2030” would help. '
      + 'The so-called “experts” disagreed. “We are ready to sign today,” said Bo Chan.';
    assert.deepEqual(parseArticle(text).quotes.map((q) => q.kind), ['partial', 'name', 'scare', 'statement']);
  });

  it('take a Title Case phrase in a headline and a nickname for names', () => {
    const text = '‘Clean Rivers 2030’ in the spotlight\n\nThe boxer Jim “The Hammer” Boyd won.';
    assert.deepEqual(parseArticle(text).quotes.map((q) => q.kind), ['name', 'name']);
  });
});

describe('quote speakers', () => {
  it('find the speaker of a cue after the quote, inverted or not, with a title in apposition', () => {
    assert.deepEqual(speakers('“We are disappointed,” said Jacob Parker, vice president of the Trade Council.'), ['statement: Jacob Parker']);
    assert.deepEqual(speakers('“We are disappointed,” Eswar Prasad, a China expert at Cornell University, said.'), ['statement: Eswar Prasad']);
  });

  it('find the speaker of a cue before the quote and of a colon introduction', () => {
    assert.deepEqual(speakers('Donald Trump said on Friday: “We will be doing something.”'), ['statement: Donald Trump']);
    assert.deepEqual(speakers('Steven Mnuchin said in a statement:\n\n“The talks were good and will go on.”'), ['statement: Steven Mnuchin']);
  });

  it('take only real pronouns for pronouns: a noun that names a property of every object ("constructor") is a description', () => {
    const text = 'Harbor Works will rebuild the pier, the city said.\n\n“We will finish the pier by May,” the constructor said.';
    assert.deepEqual(speakers(text), ['statement: the constructor']);
  });

  it('resolve surnames and pronouns to the person, and keep a continuation with its speaker', () => {
    const text = 'Hua Chunying, a spokeswoman for the ministry, met Tom Baker. “Talks should be equal,” she said.\n\n“We haven’t seen that yet.”';
    const model = parseArticle(text);
    assert.deepEqual(model.quotes.map((q) => [q.speaker, q.method]), [['Hua Chunying', 'pronoun'], ['Hua Chunying', 'continuation']]);
    assert.equal(text.slice(model.quotes[0].speakerSpan!.start, model.quotes[0].speakerSpan!.end), 'she');
  });

  it('name organisations, anonymous sources and two speakers', () => {
    assert.deepEqual(speakers('“The plan is sound,” according to the White House.'), ['statement: White House']);
    assert.deepEqual(speakers('The talks were a “frank exchange,” but little was agreed, a senior US official said.'), ['partial: a senior US official']);
    assert.deepEqual(speakers('Steven Mnuchin met Wilbur Ross. “China agreed to cut the deficit,” Mnuchin and Ross said.'), ['statement: Steven Mnuchin and Wilbur Ross']);
  });

  it('make “the embassy” the fuller description the article gave before', () => {
    const text = 'The Chinese embassy welcomed the talks. “Both sides will expand cooperation,” the embassy said.';
    assert.deepEqual(speakers(text), ['statement: the Chinese embassy']);
  });

  it('make “the association” the organisation whose name opens with the word, though another is named more', () => {
    const text = 'The NTSB faulted the railroad. The NTSB said detectors failed. The bill stalled after opposition from the Association of American Railroads. In a statement, the association said railroads "share the goal of zero accidents".';
    assert.deepEqual(speakers(text), ['partial: Association of American Railroads']);
  });

  it('make “the university” the organisation the article named', () => {
    const text = 'Students protested at Castlebrook University on Monday. “The cuts are necessary,” the university said.';
    assert.deepEqual(speakers(text), ['statement: Castlebrook University']);
  });

  it('make “the company” the organisation the article names most, not one named in passing just before', () => {
    const text =
      'Brightwell Foods will close two bakeries. Brightwell Foods employs 900 people.\n\nIn a filing to Nasdaq, the company said the closures were “painful but necessary”.';
    assert.deepEqual(speakers(text), ['partial: Brightwell Foods']);
  });

  it('give a quote with no cue the speaker its paragraph just named', () => {
    const text = 'Promoter Lydia Marchetti said the arena would host a title card again. “You saw that crowd. Why go anywhere else?”';
    assert.deepEqual(speakers(text), ['statement: Lydia Marchetti']);
  });

  it('resolve a pronoun that opens a paragraph to the person the paragraph before is about, when it reports no one', () => {
    const text =
      '“The library stays open,” said Councillor Grace Hollis.\n\nReaders queued outside all morning. One of them, Beatrice Onyango, 81, had walked two miles.\n\n“I have borrowed a book a week since 1960,” she said.';
    assert.deepEqual(speakers(text), ['statement: Grace Hollis', 'statement: Beatrice Onyango']);
    // A person named only as the owner of the subject ("Hollis’s deputy") is not who the paragraph is about.
    const owner = '“The library stays open,” said Councillor Grace Hollis.\n\nMaria Voss’s branch closed last year.\n\n“We fought for this one,” she said.';
    assert.deepEqual(speakers(owner), ['statement: Grace Hollis', 'statement: Grace Hollis']);
  });

  it('give a quote that opens a paragraph with no cue the speaker the paragraph before reports', () => {
    const text =
      'The ferry left an hour late.\n\nOwen Pryce, a deckhand who has worked the crossing for nine years, admitted the delay had been avoidable.\n\n“We knew the ramp was stuck. Nobody wanted to be the one to say so.”';
    assert.deepEqual(speakers(text), ['statement: Owen Pryce']);
    // A paragraph about no one leaves the quote without a speaker.
    assert.deepEqual(speakers('The ferry left an hour late.\n\nThe crossing takes nine hours.\n\n“We knew the ramp was stuck.”'), ['statement: -']);
  });

  it('give a quote that opens a paragraph with no cue the person the paragraph before is about', () => {
    assert.deepEqual(speakers('The ferry left an hour late.\n\nOwen Pryce has worked the crossing for nine years.\n\n“We knew the ramp was stuck.”'), ['statement: Owen Pryce']);
    const opening = 'The ferry left an hour late.\n\nBefore the inquiry opened, Owen Pryce read a short statement.\n\n“We knew the ramp was stuck.”';
    assert.deepEqual(speakers(opening), ['statement: Owen Pryce']);
    // "he" after an opening clause is who "he" is there.
    const pronoun = 'Ray Dunn pitched seven innings on Sunday.\n\nSitting in the dugout after the game, he talked about his father.\n\n“My dad never missed a game.”';
    assert.deepEqual(speakers(pronoun), ['statement: Ray Dunn']);
  });

  it('give a quote with no cue the person its paragraph opens a sentence with, before the last quote’s speaker', () => {
    const text =
      'Her co-star, Jonah Pike, is fond of her. “She learns every line in a day,” he says.\n\nMarta Quill shrugs when I mention this. “Jonah exaggerates everything, which is why I like him.”';
    assert.deepEqual(speakers(text), ['statement: Jonah Pike', 'statement: Marta Quill']);
    // After an opening clause ("Asked whether …,") the subject is the person the main clause opens with.
    const asked = 'Asked whether Jonah Pike, whose contract ends in June, would stay, Marta Quill laughed. “Ask the producers.”';
    assert.deepEqual(speakers(asked), ['statement: Marta Quill']);
    // Not a quote inside a sentence with a subject of its own, nor one after a bare name (a source list).
    assert.deepEqual(speakers('Marta Quill runs the theatre. The council letter reads “we may cut the grant next year.”'), ['partial: -']);
    assert.deepEqual(speakers('Sources:\n\nMarta Quill. “Theatre faces grant cut.” Daily Post, May 2.'), ['statement: -']);
  });

  it('take no speaker from a passive verb, and find the one after “according to”', () => {
    const text = 'Routes will be posted online, according to Deputy Chief Ivan Petrov, who said crews mapped “every road out of every canyon” this winter.';
    assert.deepEqual(speakers(text), ['partial: Ivan Petrov']);
  });

  it('give a headline quote the speaker of the same words in the body', () => {
    const text = 'Okafor: ‘I was never going to lose this one’\n\nJamal Okafor won on Saturday. “I was never going to lose this one, not here,” Okafor told reporters.\n\n'
      + 'Fears of “serious disruption” at the port\n\nThe Harbor Workers Union warned a strike would cause “serious disruption” to deliveries.';
    assert.deepEqual(parseArticle(text).quotes.map((q) => q.speaker), ['Jamal Okafor', 'Jamal Okafor', 'Harbor Workers Union', 'Harbor Workers Union']);
  });

  it('take the gender of a name from its own sentence only, and prefer a person known to fit the pronoun', () => {
    const text = 'Ann Lee, a spokeswoman, met Tom Reyes. “We hope,” she said.\n\nReyes called it good. Vale Crossing waited. “We will see,” he said.';
    assert.deepEqual(parseArticle(text).quotes.map((q) => q.speaker), ['Ann Lee', 'Tom Reyes']);
  });

  it('read the cue inside a quote whose closing mark is missing', () => {
    assert.deepEqual(speakers('“We will win this round, said one delegate.\n\nThe talks went on.'), ['statement: one delegate']);
  });

  it('take the person for the speaker, not a description after the name (party and state, "of" a place, "a Democrat")', () => {
    assert.deepEqual(speakers('Sen. Walter Kimbrough, D-Iowa, said the sale was “a drop in the bucket” for farmers.'), ['partial: Walter Kimbrough']);
    assert.deepEqual(speakers('Governor Wendell Pruitt of Arizona, a Democrat, said border towns would “keep footing the bill.”'), ['partial: Wendell Pruitt']);
    assert.deepEqual(speakers('Mr. Raymond Tuller, of Louisiana, said the bill “does nothing to stop the flow” at the border.'), ['partial: Raymond Tuller']);
    // A piece that is not a person's name phrase is the subject itself.
    assert.deepEqual(speakers('After meeting Ann Lee, the embassy said it would “look again.”'), ['partial: the embassy']);
  });

  it('take “the Finn” for the person named before, not a name', () => {
    const text = 'Dortmund coach Henrik Salo said his players had tired. "We gave away two goals," the Finn said.';
    assert.deepEqual(speakers(text), ['statement: Henrik Salo']);
  });

  it('prefer the speech verb before the quote to the “according to” source after it', () => {
    const text = 'Vice Premier Liang Shuwen told officials that the government would "step up counter-cyclical adjustment," according to the state news agency Xinhua.';
    assert.deepEqual(speakers(text), ['partial: Liang Shuwen']);
    const officials = 'A strike would leave stations short, according to an industry estimate, though officials said reserves would last "well into" a second week.';
    assert.deepEqual(speakers(officials), ['partial: officials']);
  });

  it('take no speaker from the words after a verb that run into the quote (“said the bill “…””)', () => {
    assert.deepEqual(speakers('Asked about the vote on Friday, said the bill "does nothing to stop the flow" at the border.'), ['partial: -']);
    assert.deepEqual(speakers('Asked on Friday, said Jacob Parker: "We are disappointed."'), ['statement: Jacob Parker']);
  });

  it('take “accused” for a speech verb', () => {
    const text = 'The shadow housing secretary, Roderick Ashdown, accused ministers of “concreting over the home counties to hit a number”.';
    assert.deepEqual(speakers(text), ['partial: Roderick Ashdown']);
  });

  it('take a headline’s “hails” and “slams” for speech verbs', () => {
    assert.deepEqual(speakers('Harwood hails “a new dawn for the valley” after recount\n\nThe result came at dawn.'), ['partial: Harwood']);
    assert.deepEqual(speakers('Okafor slams “reckless” closure of Brookfield depot\n\nThe depot shuts in June.'), ['partial: Okafor']);
  });

  it('give a surname the linker kept apart the full name of the one person of its gender who has it', () => {
    const text = 'Ruth Marchetti, an architect, died on Sunday. Her son, Thomas Marchetti, runs Marchetti & Marchetti.\n\n'
      + 'Ms. Marchetti designed schools. “A school is the first building a town rebuilds,” she told a newspaper.';
    assert.deepEqual(speakers(text), ['statement: Ruth Marchetti']);
  });

  it('start a description with a lower-case article, as the contract writes it', () => {
    assert.deepEqual(speakers('A senior member of staff said: “Everyone knows the halls need work.”'), ['statement: a senior member of staff']);
  });

  it('find a described speaker after the cue however long the relative clause that follows it', () => {
    const text = '“They squeeze us harder on price,” said a produce supplier who sells to the chain and asked not to be named for fear of losing the contract.';
    assert.deepEqual(speakers(text), ['statement: a produce supplier']);
  });

  it('pass over a relative named in apposition (“Mrs. Brandt’s daughter, Harper,”) to the person the pronoun fits', () => {
    const text = 'Kayleigh Brandt lives in McCook.\n\nMrs. Brandt’s daughter, Harper, arrived on Aug. 9. Her husband, Cody, drove. “He didn’t say a word,” she said.';
    assert.deepEqual(speakers(text), ['statement: Kayleigh Brandt']);
    // A relative of someone the pronoun does not fit is still the nearest who fits.
    const wife = 'Tom Reyes farms near Indianola.\n\nMr. Reyes’s wife, Ann, drove. “It was a long night,” she said.';
    assert.deepEqual(speakers(wife), ['statement: Ann']);
  });

  it('give "the aide" the description an earlier sentence introduced', () => {
    const text = 'The deal fell apart, according to a senior Senate aide who was in the room.\n\n“Everybody wanted their bridge and nobody would give one up,” the aide said.';
    assert.deepEqual(speakers(text), ['statement: a senior Senate aide']);
  });

  it('take an earlier description for "the bank" only if the bank is what it describes, not "a bank branch"', () => {
    const text =
      'Thieves raided a savings bank branch in the old town on Friday. Harrow Savings Bank later offered a reward.\n\n“We are helping the police in every way we can,” the bank said.';
    assert.deepEqual(speakers(text), ['statement: Harrow Savings Bank']);
  });

  it('give the words of "the statement" and "the letter" to whoever the article reported as issuing it', () => {
    const letter = 'In a letter sent to parents on Monday, Ashgrove Academy said the trip was “postponed, not cancelled”.\n\n“Every deposit will be returned in full,” the letter said.';
    assert.deepEqual(speakers(letter), ['partial: Ashgrove Academy', 'statement: Ashgrove Academy']);
    const statement = 'The head teacher, Dana Kirby, said in a statement that staff were “deeply sorry”. “We let the pupils down,” the statement said.';
    assert.deepEqual(speakers(statement), ['partial: Dana Kirby', 'statement: Dana Kirby']);
  });

  it('give "the judge" and "the governor" the person named with that title', () => {
    const judge = 'U.S. District Judge Harold Vanterpool told Dennis Kolodziej, 58, that he had failed his colleagues.\n\n“These were not sophisticated investors looking for a gamble,” the judge said.';
    assert.deepEqual(speakers(judge), ['statement: Harold Vanterpool']);
    const governor = 'Gov. Harlan Dufresne flew over the coast on Monday.\n\nThe governor called the damage “the worst I have ever seen from the air.”';
    assert.deepEqual(speakers(governor), ['partial: Harlan Dufresne']);
  });

  it('give "the DSP" the person named with that abbreviated title, as for any capitalised title', () => {
    const text = 'Police spokesman DSP Kunle Afolabi said five suspects were held on Tuesday.\n\n“They will be charged in court this week,” the DSP said.';
    assert.deepEqual(speakers(text), ['statement: Kunle Afolabi']);
  });

  it('resolve "he" to the subject of its paragraph, not to a name inside the quote or the object', () => {
    const text = 'The visitors drew.\n\nRobbie Fenwick declined to blame Nick Varga, who bowled all day. “Nicky bowled beautifully, and so did Tom Ashe,” he said.';
    assert.deepEqual(speakers(text), ['statement: Robbie Fenwick']);
  });

  it('resolve a pronoun that opens a paragraph to the person the paragraph before reports, not to the last quoted speaker', () => {
    const treasurer =
      '“We will not raise taxes this year,” said Governor Ruth Abernathy.\n\nThe state treasurer, Lena Okonjo, told lawmakers on Monday that receipts were falling behind.\n\n“This gap will not close by itself,” she said.';
    assert.deepEqual(speakers(treasurer), ['statement: Ruth Abernathy', 'statement: Lena Okonjo']);
    const captain =
      '“We were flat in the first half,” Coach Dan Whitby said.\n\nCaptain Ryan Moss said the team would fly home on Friday. His brother, Ian, will stay on.\n\n“Nobody is hiding from that result,” he said.';
    assert.deepEqual(speakers(captain), ['statement: Dan Whitby', 'statement: Ryan Moss']);
  });

  it('take the name in apposition after a described speaker (“said the baker, Tomas Brandl”)', () => {
    assert.deepEqual(speakers('The queue reached the corner. “We sold out by noon,” said the baker, Tomas Brandl.'), ['statement: Tomas Brandl']);
    // A place after the description is not the speaker.
    assert.deepEqual(speakers('“We sold out by noon,” said a baker, in Lisbon.'), ['statement: a baker']);
  });

  it('pass over a description in apposition to an organisation (“Brindle Foods, a maker of frozen pies, said”)', () => {
    const text = 'Brindle Foods, the largest maker of frozen pies in the county, said in a filing that sales had been “softer than hoped”.';
    assert.deepEqual(speakers(text), ['partial: Brindle Foods']);
    // A whole clause after an agency's name in a dateline is no description of the agency.
    const dateline = 'MARLOW, May 3 (Coast Wire) — The Marlow Harbour Board on Monday shut the north quay after divers reported what it called “deep cracks” in the wall.';
    assert.deepEqual(speakers(dateline), ['partial: Marlow Harbour Board']);
  });

  it('pass over an age and a description in apposition to a person (“Ida Marsh, 71, a retired nurse, said”)', () => {
    const age = 'Queues formed early. Ida Marsh, 71, a retired nurse, said she had waited “longer than for my wedding”.';
    assert.deepEqual(speakers(age), ['partial: Ida Marsh']);
    const chain = 'Rep. Owen Tallis, D-Fairview, chairman of the House Roads Committee, said the plan would “bury us in asphalt”.';
    assert.deepEqual(speakers(chain), ['partial: Owen Tallis']);
  });

  it('take the person named after a possessive description that opens the paragraph before for its “she said”', () => {
    const text =
      '“Flour prices will fall by spring,” said Greta Lund, a trader.\n\nTallow Mills grinds wheat for half the valley. Its chief miller, Nadia Brook, welcomed the decision.\n\n“We can finally plan a year ahead,” she said.';
    assert.deepEqual(speakers(text), ['statement: Greta Lund', 'statement: Nadia Brook']);
    const titled =
      '“Flour prices will fall by spring,” said Greta Lund, a trader.\n\nTheir secretary, Mrs. Nadia Brook, welcomed the decision.\n\n“We can finally plan a year ahead,” she said.';
    assert.deepEqual(speakers(titled), ['statement: Greta Lund', 'statement: Nadia Brook']);
  });

  it('keep the place of a described speaker for a later “the pilot said”', () => {
    const text = 'The harbour shut at dawn. A ferry pilot in Port Ansel said the crossing was closed. “The swell is too high,” the pilot said.';
    assert.deepEqual(speakers(text), ['statement: a ferry pilot in Port Ansel']);
    const chained = 'A clerk at Dunmore Hall in Kettle Street said the records were “all in order”.';
    assert.deepEqual(speakers(chained), ['partial: a clerk at Dunmore Hall in Kettle Street']);
  });

  it('resolve a pronoun to the unnamed person the paragraph opened with as the subject of a speech verb', () => {
    const text = '“Rates will hold,” said Piet Holm, a fund manager.\n\nA currency trader in Oslo said the krone had slipped again. “Nobody is buying today,” he said.';
    assert.deepEqual(speakers(text), ['statement: Piet Holm', 'statement: a currency trader in Oslo']);
    // The same after words were read elsewhere with the shared word pattern (a pronoun's paragraph before it).
    const after =
      'The fund’s chairman, Piet Holm, said the fund was sound. A spokeswoman for the fund said Holm would not comment. “He is busy,” she said.\n\nOfficials of the Nordic Monetary Office, which lent the fund money in May, said they were watching.\n\nA currency trader in Oslo said the krone had slipped again. “Nobody is buying today,” he said.';
    assert.deepEqual(speakers(after), ['statement: a spokeswoman for the fund', 'statement: a currency trader in Oslo']);
  });

  it('take a team’s coach named after the team (“Bristol coach Len Dace”) for the paragraph the “he said” follows, and for “the coach”', () => {
    const text =
      '“The ground was heavy,” said Otto Brand, the home captain.\n\nBristol coach Len Dace praised his young back row.\n\n“They never stopped tackling,” he said.\n\nDace said he would name the same side on Friday.\n\n“They have earned it,” the coach said.';
    assert.deepEqual(speakers(text), ['statement: Otto Brand', 'statement: Len Dace', 'statement: Len Dace']);
  });

  it('take “alleged” for a speech verb', () => {
    assert.deepEqual(speakers('The club’s treasurer, Rosa Vint, alleged that the accounts had been “cooked from the start”.'), ['partial: Rosa Vint']);
  });

  it('give a person known by another name the name first given (“Ana Lobo, known as Dona Nina, said”)', () => {
    const text = '“The hill will miss him,” said Caio Reis.\n\nHis sister, Ana Lobo, known in the village as Dona Nina, said he had asked for music.\n\n“He wanted drums, not speeches,” she told the radio.';
    assert.deepEqual(speakers(text), ['statement: Caio Reis', 'statement: Ana Lobo']);
  });

  it('leave a speech verb after “while” to the clause it opens, not the quote before it', () => {
    const text = 'Ms Ida Cole, critic of this paper, called the show “a quiet triumph”, while Mr Ben Roe of the Evening Star wrote that it “drags in the middle”.';
    assert.deepEqual(speakers(text), ['partial: Ida Cole', 'partial: Ben Roe']);
  });

  it('give a speech verb joined by “and” to an earlier verb the subject the sentence opens with', () => {
    const text = 'Cllr Rhona Pike (Lab), who sits on the parks board, voted against the lease and warned that the green would “vanish under car parks”.';
    assert.deepEqual(speakers(text), ['partial: Rhona Pike']);
  });

  it('take a speech verb after a year for a verb, not for a noun after “in”', () => {
    const text = 'Dr Omar Lisk, who founded the clinic in 1998, said the cuts were “a slow poison”.';
    assert.deepEqual(speakers(text), ['partial: Omar Lisk']);
  });

  it('find the couple “the Baloguns” means when their given names are not in the name lists', () => {
    const text = 'Sales doubled in a week, according to Tunde and Kemi Balogun, who run a stall on Marina Road.\n\n“We sold out twice,” the Baloguns said.';
    assert.deepEqual(speakers(text), ['statement: Tunde Balogun and Kemi Balogun']);
  });

  it('resolve “they” to the two people the paragraph before opens with (“Lena Sokol and her husband, Pavel Sokol,”)', () => {
    const text =
      '“Prices are mad,” said Ivo Petrov, a trader at the Central Bourse.\n\nLena Sokol and her husband, Pavel Sokol, both teachers, had queued since dawn.\n\n“We saved for a car. Now we have saved for a bicycle,” they said.';
    assert.deepEqual(speakers(text), ['statement: Ivo Petrov', 'statement: Lena Sokol and Pavel Sokol']);
  });

  it('find the pair “the two” means when each was named with a place (“Martin Hartley of Ohio and Linda Moreno of Utah”)', () => {
    const text = 'Talks stalled hours after Martin Hartley of Ohio and Linda Moreno of Utah, the two chief mediators, had told reporters they were “close to a deal.”';
    assert.deepEqual(speakers(text), ['partial: Martin Hartley and Linda Moreno']);
  });

  it('take the speaker of a relative clause after a noun (“a decision that one member warned could …”)', () => {
    const text = 'The board voted to close the pool, a decision that one member warned could “empty the town in summer”.';
    assert.deepEqual(speakers(text), ['partial: one member']);
  });

  it('keep a described person whose description names an organisation (“one Labour MP from a rural seat”)', () => {
    const text = 'Privately, however, one Labour MP from a rural seat said the launch had been “a shambles from start to finish”.';
    assert.deepEqual(speakers(text), ['partial: one Labour MP from a rural seat']);
  });

  it('pass over an aside that opens with a participle (“…, speaking on condition of anonymity, said”)', () => {
    const text = 'A senior engineer at the plant, speaking on condition of anonymity, said the valves were “rusted through”.';
    assert.deepEqual(speakers(text), ['partial: a senior engineer']);
    // A lone "including:" introduces a list, not an aside between a subject and its verb.
    const list = 'The Courier listed questions of over forty words, including: “Were you at any time asked to pay a fee, in cash or in kind, to any person during your journey?”';
    assert.deepEqual(speakers(list), ['statement: -']);
  });

  it('take “the doctor” for the person last named with “Dr” before the name', () => {
    const text =
      '‘The tents are full,’ said Piotr Lenz, who runs the camp.\n\nThe clinic’s head, Dr Helen Marsh, said two babies had been born overnight. ‘Both mothers are doing well,’ the doctor said.';
    assert.deepEqual(speakers(text), ['statement: Piotr Lenz', 'statement: Helen Marsh']);
  });

  it('count a described subject’s words up to its relative clause (“A Dutch team doctor who declined to be named said”)', () => {
    const text = 'A Dutch team doctor who declined to be named said, “Every sample we gave was clean, and we can prove it.”';
    assert.deepEqual(speakers(text), ['statement: a Dutch team doctor']);
    // "that" opens no such clause: a writer's "As one that has …" is not a described speaker.
    const writer = 'As one that has lost many a final in the rain and the cold Let me say, "nobody remembers the runners-up for long", and mean it.';
    assert.deepEqual(speakers(writer), ['partial: -']);
  });

  it('give an organisation the name its acronym spells out, not the acronym in parentheses', () => {
    const text =
      'The Harbour Pilots’ Association (HPA), which speaks for 80 pilots, said it was “shocked” by the ruling.\n\n“We will appeal before the month is out,” the HPA said.';
    assert.deepEqual(speakers(text), ['partial: Harbour Pilots’ Association', 'statement: Harbour Pilots’ Association']);
  });

  it('resolve a pronoun to the unnamed person its paragraph opens with, not to a name from before', () => {
    const text =
      '“The new line opens in May,” said Mayor Colin Ferris.\n\nA bus driver, who asked not to be named, said the timetable was unworkable. “We will be late every single day,” he said.';
    assert.deepEqual(speakers(text), ['statement: Colin Ferris', 'statement: a bus driver']);
    const apposition = '“The new line opens in May,” said Mayor Colin Ferris.\n\nOne commuter, a nurse at the county hospital, held up her pass. “This costs me a day’s pay a week,” she said.';
    assert.deepEqual(speakers(apposition), ['statement: Colin Ferris', 'statement: One commuter']);
  });

  it('give a couple named with one surname their full names: a given name alone, “the couple” and “the Ferreiras”', () => {
    const text =
      'Among those waiting were Marta and Luis Ferreira, who lost their bakery in the flood.\n\n“We have nothing left to sell,” Marta said.\n\n“The insurance will not cover the ovens,” the couple said.\n\n“We will open again by spring,” the Ferreiras said.';
    assert.deepEqual(speakers(text), [
      'statement: Marta Ferreira',
      'statement: Marta Ferreira and Luis Ferreira',
      'statement: Marta Ferreira and Luis Ferreira',
    ]);
  });

  it('give “the two mayors” the two people last named together, and read past “had” before the verb', () => {
    const mayors = 'Ann Kessler and Hal Briggs, the mayors of the two towns, met on the bridge on Monday.\n\n“We will share the cost down the middle,” the two mayors said.';
    assert.deepEqual(speakers(mayors), ['statement: Ann Kessler and Hal Briggs']);
    const negotiators = 'The deal came after Ruth Okafor and Dan Lyle, the two negotiators, had told reporters they were “close to a deal.”';
    assert.deepEqual(speakers(negotiators), ['partial: Ruth Okafor and Dan Lyle']);
  });

  it('give the words of a statement read out for someone to that person, not to the one who read it', () => {
    const read = 'Tom Reyes, in a statement read by his lawyer, Ann Wu, said he was “deeply sorry” for the crash.';
    assert.deepEqual(speakers(read), ['partial: Tom Reyes']);
    const aside = 'Jill Marsh, in a statement issued on Friday, said she felt “vindicated” by the verdict.';
    assert.deepEqual(speakers(aside), ['partial: Jill Marsh']);
    // The lawyer named as the subject is the speaker.
    assert.deepEqual(speakers('In a statement, his lawyer, Ann Wu, said Reyes was “deeply sorry”.'), ['partial: Ann Wu']);
  });

  it('give a quote to the speaker of its own clause when “, and” joins two reports before it', () => {
    const text = 'Officials said the fire began near a trailhead, and a county fire spokeswoman said crews had “not ruled anything out.”';
    assert.deepEqual(speakers(text), ['partial: a county fire spokeswoman']);
    // One subject for both verbs: the first still governs.
    assert.deepEqual(speakers('Mayor Ann Kessler said the bridge was safe and told reporters it would reopen “within days.”'), ['partial: Ann Kessler']);
  });

  it('resolve a pronoun to the unnamed person a later sentence of its paragraph opens with', () => {
    const text =
      '“The new line opens in May,” said Mayor Colin Ferris.\n\nNot everyone was pleased. A bus driver, who asked not to be named, said the timetable was unworkable. “We will be late every day,” he said.';
    assert.deepEqual(speakers(text), ['statement: Colin Ferris', 'statement: a bus driver']);
  });

  it('keep the place a description gives after "at", "in", "on" or "from", but not a day', () => {
    assert.deepEqual(speakers('“We were full by nine,” said a barman at Quayside Tavern.'), ['statement: a barman at Quayside Tavern']);
    assert.deepEqual(speakers('“We were full by nine,” said a barman on Friday.'), ['statement: a barman']);
  });

  it('leave a statement with no cue and no quote before it without a speaker', () => {
    assert.deepEqual(speakers('The talks ended.\n\n“Nobody expected a deal this week.”'), ['statement: -']);
  });
});

// The five seed articles sit beside the repository in ../shared (CI provides them).
const SEEDS = path.resolve(__dirname, '../../../../shared/articles');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe('quotes in the seed articles', { skip: seedFiles.length === 0 ? `no seed articles at ${SEEDS}` : false }, () => {
  const models = new Map<string, ArticleModel>(seedFiles.map((f) => [f.slice(0, 3), parseArticle(readFileSync(path.join(SEEDS, f), 'utf8'))]));
  /** The speaker of the quote that starts with these words. */
  const speakerOf = (seed: string, opening: string) => {
    const model = models.get(seed)!;
    const quote = model.quotes.find((q) => model.text.slice(q.start + 1, q.end).startsWith(opening));
    assert.ok(quote, `a quote opening “${opening}” in ${seed}`);
    return quote.speakers;
  };

  it('attributes the quotes of 000', () => {
    assert.deepEqual(speakerOf('000', 'frank exchange'), ['a senior US official']);
    assert.deepEqual(speakerOf('000', 'China acknowledged').sort(), ['Steven Mnuchin', 'Wilbur Ross']);
    assert.deepEqual(speakerOf('000', 'significant progress'), ['the Chinese embassy']);
    assert.deepEqual(speakerOf('000', 'The two sides will expand'), ['the Chinese embassy']);
    assert.deepEqual(speakerOf('000', 'the principles of balance').sort(), ['Steven Mnuchin', 'Wilbur Ross']);
    assert.deepEqual(speakerOf('000', 'We are disappointed'), ['Jacob Parker']);
  });

  it('keeps the senior official of 002 for the quote after', () => {
    const official = speakerOf('002', 'To get a positive result');
    assert.match(official[0], /^a senior U\.S\. official/);
    assert.deepEqual(speakerOf('002', 'We haven’t seen that yet'), official);
  });

  it('attributes the quotes of 003 and 004', () => {
    assert.deepEqual(speakerOf('003', 'The meetings this week'), ['Eswar Prasad']);
    assert.deepEqual(speakerOf('003', 'We’re going to see'), ['Eswar Prasad']);
    assert.deepEqual(speakerOf('003', 'We will be doing something'), ['Donald Trump']);
    assert.deepEqual(speakerOf('003', 'Let me say this'), ['Donald Trump']);
    assert.deepEqual(speakerOf('004', 'Discussions and negotiations'), ['Hua Chunying']);
    assert.deepEqual(speakerOf('004', 'The Made in China 2025 industrial policy'), ['Yu Miaojie']);
  });

  it('takes "Made in China 2025" for a name and finds no unbalanced mark', () => {
    const seed = models.get('004')!;
    const names = seed.quotes.filter((q) => q.kind === 'name').map((q) => seed.text.slice(q.start + 1, q.end - 1));
    assert.deepEqual(names, ['Made in China 2025', 'Made in China 2025']);
    for (const [name, model] of models) assert.deepEqual(model.unbalancedQuotes, [], `no unbalanced mark in ${name}`);
  });
});
