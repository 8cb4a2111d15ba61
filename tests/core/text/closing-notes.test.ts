import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';
import { debrisReason } from '../../../src/core/text/debris';

const story = (...closing: string[]) =>
  [
    'Library hours will be cut',
    'The council voted on Tuesday to close two branch libraries on Mondays.',
    'Councillor Ann Ruddock said the savings were needed to balance the budget.',
    'Campaigners said they would appeal to the county.',
    ...closing,
  ].join('\n\n');
const debris = (text: string) => cleanText(text, { format: 'txt' }).blocks.filter((b) => b.kind === 'debris').map((b) => b.text);

describe('closing notes after the story', () => {
  it('takes an author bio, a campaign describing itself and its funding as notes', () => {
    expect(debris(story('Ruth Pemberly is a senior lecturer in medieval history at the University of Carrowby.'))).toEqual([
      'Ruth Pemberly is a senior lecturer in medieval history at the University of Carrowby.',
    ]);
    expect(debris(story('Safe Care Families was founded in 2024 by relatives of care home residents.', 'It receives no funding from government or the care industry.'))).toHaveLength(2);
    expect(debris(story('Raise Marston is a coalition of labor unions, faith groups and community organizations.'))).toHaveLength(1);
    expect(debris(story('*Lionel Park writes about Port Alder neighborhoods on Sundays.*'))).toHaveLength(1);
  });
  it('keeps story paragraphs that look like notes (found by a review)', () => {
    for (const closing of [
      'The closure is the latest setback for the campaign.',
      'The strike is the latest in a long campaign by rail unions over pay.',
      'The group is funded by member subscriptions, its accounts show.',
      'The library is run by volunteers and opens three days a week.',
      'The charity was founded in 1998 by a retired nurse and runs 14 shops across the county.',
      'Marston Council runs 14 libraries and employs 200 library staff.',
      'Detective Inspector Sarah Mills leads the inquiry and has asked witnesses to come forward.',
      'It receives no funding from government, the council said.',
    ]) expect(debris(story(closing)), closing).toEqual([]);
    // The story's subject describing itself, and a person the title names, stay.
    expect(debris(['Shelter warns of homelessness', 'Shelter has warned that 300,000 people are homeless.', 'The charity said rents had risen.', 'The government said it was building homes.', 'Shelter is a housing charity that campaigns against homelessness.'].join('\n\n'))).toEqual([]);
    expect(debris(['Tributes to Joan Ashby', 'Tributes have been paid to a lollipop lady.', 'The 84-year-old died at home on Sunday, her family said.', 'Parents said she knew every child by name.', 'Joan Ashby was a familiar figure on Station Road for four decades.'].join('\n\n'))).toEqual([]);
    expect(debris(story('Amra Begović is a mother of three.').replace('Councillor Ann Ruddock', 'Ms Begović'))).toEqual([]);
  });
  it('takes the bio of the author the byline names, and the footer of the body that publishes the story', () => {
    const op = (byline: string, closing: string) =>
      ['Charging the sick to park is a tax on bad luck', byline, 'I have visited the ward every week this year.', 'The fees rose again in May.', 'Ministers should scrap them.', closing].join('\n\n');
    expect(debris(op('By Rosalind Teague', 'Rosalind Teague runs a bookbinding business in Upper Strand.'))).toContain('Rosalind Teague runs a bookbinding business in Upper Strand.');
    expect(debris(op('Helen Marwick', 'Helen Marwick is a former secondary school teacher who lives in Ashcombe.'))).toContain('Helen Marwick is a former secondary school teacher who lives in Ashcombe.');
    expect(debris(op('By Nadia Rees', 'Nadia Rees is the Gazette’s features writer.'))).toContain('Nadia Rees is the Gazette’s features writer.');
    const campaign = ['Families back jab rule for care staff', 'By the Safe Care Families news team', 'Families have welcomed the decision.', 'Safe Care Families is asking supporters to write to their MPs.', 'The rule takes effect in April.', 'Safe Care Families was founded in 2024 by relatives of care home residents. It receives no funding from government or the care industry.'].join('\n\n');
    expect(debris(campaign)).toContain('Safe Care Families was founded in 2024 by relatives of care home residents. It receives no funding from government or the care industry.');
    expect(debris(story('Coastal Energy Action is a not-for-profit campaign for affordable, clean power. Donate today.'))).toHaveLength(1);
  });
  it('takes the bio under a "Name, Role" or "Interview by" byline, any given name, and the reply line after it (2.29.0)', () => {
    const op = (byline: string, ...closing: string[]) =>
      ['Charging the sick to park is a tax on bad luck', byline, 'I have visited the ward every week this year.', 'The fees rose again in May.', 'Ministers should scrap them.', ...closing].join('\n\n');
    expect(debris(op('Tom Aske, Business Reporter', 'Tom Aske covers retail and consumer companies.'))).toContain('Tom Aske covers retail and consumer companies.');
    expect(debris(op('Interview by Hannah Olufemi', 'Hannah Olufemi writes about work and workers for the Westbury Post.'))).toContain('Hannah Olufemi writes about work and workers for the Westbury Post.');
    expect(debris(op('By Kylie Brennan', 'Kylie Brennan is The Courier’s local government reporter.'))).toContain('Kylie Brennan is The Courier’s local government reporter.');
    // A given name the list lacks: the byline names the person.
    expect(debris(op('By Zebulon Marsh', 'Zebulon Marsh is a retired science teacher in Carrow Falls.'))).toContain('Zebulon Marsh is a retired science teacher in Carrow Falls.');
    const reply = 'Want to respond? Send your letter to opinion@post.example';
    expect(debris(op('By Carla Munro', 'Carla Munro is a consumer lawyer in Brightwater.', reply))).toEqual(expect.arrayContaining(['Carla Munro is a consumer lawyer in Brightwater.', reply]));
    expect(debris(op('By Lorna Whitcombe', 'Lorna Whitcombe is a registered nurse in Pryor City.', 'Read more opinion: Letters to the editor on the bus lane'))).toContain('Lorna Whitcombe is a registered nurse in Pryor City.');
    // The review of 2.29.0: a caption's or dateline's "Name, Role" is no byline, and a story's own subject stays.
    const captioned = ['The last blacksmith in Elmsford', 'Walt Demarest, blacksmith', 'For sixty years the forge on Mill Lane has rung with the hammer.', 'Mr Demarest took over from his father in 1964.', 'The forge opens to visitors on Saturday.', 'Walt Demarest is the last of four generations of smiths in the village.'].join('\n\n');
    expect(debris(captioned)).toEqual([]);
    const dated = ['Steelworks to cut 2,000 jobs', 'Port Talbot, Wales', 'Tata Steel will close both blast furnaces by the end of the year.', 'Unions said the decision was a betrayal.', 'Ministers said talks would continue.', 'Port Talbot is the home of the largest steelworks in the country, which has dominated the town for a century.'].join('\n\n');
    expect(debris(dated)).toEqual([]);
    // An address in a story's own last line is the story when no note stands above it.
    expect(debris(story('Anyone with information should email tips@police.example.'))).toEqual([]);
  });
  it('keeps the closing lines of a story that the 2.17.0 review found taken as notes', () => {
    for (const closing of [
      'Sarah Quinn was the first paramedic at the scene and said the rider had no chance.',
      'Tom Baines is the only coach in the county qualified to train disabled swimmers, and now has a waiting list of 40.',
      'Maria Lopez runs the cafe opposite the works and says she has laid off two of her four staff.',
      'Marston Foodbank is a charity run entirely by volunteers. Donate at any Co-op store in the town, the mayor urged shoppers.',
    ]) expect(debris(story(closing)), closing).toEqual([]);
    // A standfirst naming the story's subject is no byline: the subject describing itself stays.
    const shelter = ['Families face eviction', 'Housing charity Shelter says 2,000 families face eviction', 'Shelter has warned that rents are rising.', 'The charity said councils were struggling.', 'The government said it was building homes.', 'Shelter is a housing charity that campaigns for decent homes for everyone.'].join('\n\n');
    expect(debris(shelter)).toEqual([]);
  });
  it('keeps the closers the second 2.17.0 review found taken as notes', () => {
    const withByline = (byline: string, closing: string) =>
      ['Swim club wins lottery grant', byline, 'The club will use the money for a hoist.', 'Members raised £2,000 themselves.', 'The pool reopens in May.', closing].join('\n\n');
    // A byline sharing only a first name is not the person's.
    expect(debris(withByline('By Tom Hale', 'Tom Baines is the only coach in the county qualified to train disabled swimmers.'))).toEqual(['By Tom Hale']);
    expect(debris(withByline('By James Ward', 'James Corder owns the mill and two other sites on the river.'))).toEqual(['By James Ward']);
    // A role is a bio only for the byline's author.
    expect(debris(story("Ruth Adair is the chair of the Carrow Street Traders' Association, which has 60 members."))).toEqual([]);
    // "Dr Li said" names Wei Li.
    expect(debris(story('Dr Li said the results were alarming.', 'Wei Li is a senior lecturer in environmental science at Kelbridge University.'))).toEqual([]);
    // A standfirst that opens with "From" or "By" is no byline.
    const foodbank = ['Foodbank opens on Saturdays', 'From Monday, Marston Foodbank will open on Saturdays too', 'Volunteers said demand had doubled.', 'The council gave £5,000.', 'Shoppers can leave tins at the Co-op.', 'Marston Foodbank is a charity run entirely by volunteers.'].join('\n\n');
    expect(debris(foodbank)).toEqual([]);
  });
  it('keeps a closing sentence about someone the story named, and a company history', () => {
    expect(debris(story('Ruddock is a former teacher who has sat on the council since 2011.'))).toEqual([]);
    expect(debris(story('Coppervale was founded in 1974 and operates four open-pit mines and a smelter.'))).toEqual([]);
  });
  it('only at the end: a bio-shaped sentence inside the story stays', () => {
    const text = story('Ruth Pemberly is a senior lecturer in history.', 'The appeal will be heard in March, the council said, and a decision is expected by the summer.');
    expect(debris(text)).toEqual([]);
  });
  it('never a long closing paragraph', () => {
    const long = `Ruth Pemberly is a senior lecturer ${'who has studied the county records for many years and '.repeat(6)}knows the archive well.`;
    expect(debris(story(long))).toEqual([]);
  });
});

describe('prompts to the reader', () => {
  it('are debris wherever they stand', () => {
    expect(debrisReason('Have you been affected by a GP closure?')).toBe('reader prompt');
    expect(debrisReason('Got a business tip?')).toBe('reader prompt');
    expect(debrisReason('Text RAISE to 55512 to join the campaign.')).toBe('reader prompt');
    expect(debrisReason('If you are a doctor affected by the issues in this article, the Practitioner Support Line is open 24 hours.')).toBe('reader prompt');
    expect(debrisReason('Translated from the Kesarian.')).toBe('credit line');
  });
  it('never a question that opens a story or an appeal with content after it', () => {
    expect(debrisReason('Have you been hit by the rise in energy bills? Millions of households can claim up to £150 from next month.')).toBeUndefined();
    expect(debrisReason('Do you have information about the attack? Police urge anyone who saw it to call 101.')).toBeUndefined();
    expect(debrisReason('Were you there in 1984? Then you will remember the silence that followed.')).toBeUndefined();
    expect(debrisReason("If you have been affected by this year's cuts, you may be able to claim help from the hardship fund.")).toBeUndefined();
    expect(debrisReason('Translated by volunteers, the leaflets will go to every household.')).toBeUndefined();
    expect(debrisReason('Have you been affected by library closures? Email news@courier.example')).toBe('reader prompt');
  });
  it('never a report that merely looks like one', () => {
    expect(debrisReason('Text messages to 999 rose by 40 per cent.')).toBeUndefined();
    expect(debrisReason('Have you seen the new bridge yet? It opens Monday.')).toBeUndefined();
    expect(debrisReason('If you were affected by the flood, the council says you can claim £500.')).toBeUndefined();
  });
});
