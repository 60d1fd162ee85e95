// Word lists for the synthetic news corpus. All names are invented combinations; none is meant to be a real
// person or company. Some carry diacritics so that the corpus is not pure ASCII (UTF-8 bytes > UTF-16 units).

export const FIRST_NAMES_F = [
  'Maria', 'Amara', 'Ingrid', 'Priya', 'Chloé', 'Fatima', 'Yuki', 'Elena', 'Grace', 'Sofia', 'Nadia', 'Hannah',
  'Aisha', 'Zoë', 'Camille', 'Lucía', 'Mei', 'Olga', 'Rebecca', 'Thandiwe', 'Kirsten', 'Leila', 'Ana', 'Margaret',
  'Sun-hee', 'Noor', 'Beatriz', 'Claire', 'Ngozi', 'Julia',
];

export const FIRST_NAMES_M = [
  'James', 'Olusegun', 'Henrik', 'Rahul', 'José', 'Tomás', 'Kenji', 'Andrei', 'David', 'Mohammed', 'Luca', 'Peter',
  'Omar', 'François', 'Wei', 'Jürgen', 'Samuel', 'Carlos', 'Dmitri', 'Kwame', 'Thomas', 'Hiroshi', 'Ahmed', 'Daniel',
  'Min-jun', 'Pedro', 'Robert', 'Ibrahim', 'Lars', 'Michael',
];

export const SURNAMES = [
  'Okafor', 'Lindqvist', 'Sharma', 'Moreau', 'Tanaka', 'Petrov', 'Haddad', 'Müller', 'García', 'Chen', 'Novak',
  'Mensah', 'Fitzgerald', 'Abubakar', 'Rossi', 'Nakamura', 'Kowalski', 'Delgado', 'Osei', 'Henderson', 'Björk',
  "O'Connell", 'Van der Berg', 'Kaplan', 'Ferreira', 'Ivanova', 'Achebe', 'Whitfield', 'Castellanos', 'Nguyen',
  'Okonkwo', 'Sørensen', 'Park', 'Mbeki', 'Al-Rashid', 'Brennan', 'Halvorsen', 'Costa', 'Iyer', 'Dubois',
  'Kimura', 'Santos', 'Abernathy', 'Lombardi', 'Yilmaz', 'Obi', 'Larsen', 'Wójcik', 'Ramírez', 'Thornton',
  'Zhou', 'Nilsson', 'Adeyemi', 'Keller', 'Marsh', 'Quispe', 'Haugen', 'Duarte', 'Kariuki', 'Bianchi',
];

/** Titles that go before a name on first mention ("Finance Minister Maria Okafor"). */
export const TITLES_BY_TOPIC: Record<string, string[]> = {
  economy: ['Finance Minister', 'Treasury Secretary', 'central bank Governor', 'Economy Minister', 'Deputy Governor'],
  politics: ['President', 'Prime Minister', 'Senator', 'Foreign Minister', 'Opposition leader', 'Interior Minister', 'Mayor'],
  energy: ['Energy Minister', 'Environment Minister', 'Climate envoy', 'Oil Minister', 'Governor'],
  business: ['Chief Executive', 'Chairman', 'Chief Financial Officer', 'founder', 'Commerce Secretary'],
  health: ['Health Minister', 'Dr.', 'Surgeon General', 'Health Secretary', 'Professor'],
  trade: ['Trade Minister', 'Trade Representative', 'Commerce Minister', 'Ambassador', 'Commissioner'],
};

/** Roles that follow a name after a comma ("…, an economist at Kestrel Bank."). {org} is replaced. */
export const ROLES = [
  'an economist at {org}', 'a spokesperson for {org}', 'the chief executive of {org}', 'a senior analyst at {org}',
  'head of research at {org}', 'a former adviser to {org}', 'a director at {org}', 'the chair of {org}',
  'a senior fellow at {org}', 'a partner at {org}', 'chief strategist at {org}', 'a lawyer representing {org}',
];

export const COMPANIES = [
  'Northwind Holdings', 'Altamira Energy', 'Kestrel Bank', 'Brightline Motors', 'Helios Solar', 'Marlow & Finch',
  'Corvid Systems', 'Tidewater Shipping', 'Pinecrest Capital', 'Vantage Pharmaceuticals', 'Orinoco Mining Corp.',
  'Silverline Telecom', 'Bluehaven Insurance', 'Redstone Steel', 'Quanta Semiconductors', 'Greenfield Foods',
  'Atlas Aerospace', 'Meridian Airlines', 'Copperleaf Partners', 'Harbourview Properties', 'Sable Logistics',
  'Nordvik Wind AS', 'Castellan Group', 'Juniper Health Inc.', 'Lumen Data Ltd', 'Ironbridge Construction',
  'Saffron Retail', 'Obsidian Securities', 'Polaris Batteries', 'Westmark Media', 'Kingfisher Bank plc',
];

export const INSTITUTIONS: Array<[string, string]> = [
  ['the International Monetary Fund', 'IMF'],
  ['the World Bank', 'World Bank'],
  ['the European Central Bank', 'ECB'],
  ['the Federal Reserve', 'Fed'],
  ['the European Commission', 'Commission'],
  ['the United Nations', 'UN'],
  ['the World Health Organization', 'WHO'],
  ['the International Energy Agency', 'IEA'],
  ['the Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['the World Trade Organization', 'WTO'],
  ['the Bank of England', 'BoE'],
  ['the Office for National Statistics', 'ONS'],
  ['the Securities and Exchange Commission', 'SEC'],
  ['the African Development Bank', 'AfDB'],
  ['the Ministry of Finance', 'ministry'],
  ['the Department of Energy', 'department'],
  ['the National Statistics Office', 'statistics office'],
  ['the Supreme Court', 'court'],
];

/** City, country, dateline spelling, currency symbol or code used for local money. */
export const PLACES: Array<{ city: string; country: string; dateline: string; currency: string }> = [
  { city: 'Washington', country: 'the United States', dateline: 'WASHINGTON', currency: '$' },
  { city: 'New York', country: 'the United States', dateline: 'NEW YORK', currency: '$' },
  { city: 'London', country: 'Britain', dateline: 'LONDON', currency: '£' },
  { city: 'Brussels', country: 'Belgium', dateline: 'BRUSSELS', currency: '€' },
  { city: 'Frankfurt', country: 'Germany', dateline: 'FRANKFURT', currency: '€' },
  { city: 'Berlin', country: 'Germany', dateline: 'BERLIN', currency: '€' },
  { city: 'Paris', country: 'France', dateline: 'PARIS', currency: '€' },
  { city: 'Tokyo', country: 'Japan', dateline: 'TOKYO', currency: '¥' },
  { city: 'Beijing', country: 'China', dateline: 'BEIJING', currency: 'yuan' },
  { city: 'New Delhi', country: 'India', dateline: 'NEW DELHI', currency: 'rupees' },
  { city: 'Nairobi', country: 'Kenya', dateline: 'NAIROBI', currency: 'shillings' },
  { city: 'Lagos', country: 'Nigeria', dateline: 'LAGOS', currency: 'naira' },
  { city: 'Johannesburg', country: 'South Africa', dateline: 'JOHANNESBURG', currency: 'rand' },
  { city: 'São Paulo', country: 'Brazil', dateline: 'SÃO PAULO', currency: 'R$' },
  { city: 'Mexico City', country: 'Mexico', dateline: 'MEXICO CITY', currency: 'pesos' },
  { city: 'Ottawa', country: 'Canada', dateline: 'OTTAWA', currency: 'C$' },
  { city: 'Sydney', country: 'Australia', dateline: 'SYDNEY', currency: 'A$' },
  { city: 'Singapore', country: 'Singapore', dateline: 'SINGAPORE', currency: 'S$' },
  { city: 'Dubai', country: 'the United Arab Emirates', dateline: 'DUBAI', currency: 'dirhams' },
  { city: 'Geneva', country: 'Switzerland', dateline: 'GENEVA', currency: 'CHF' },
  { city: 'Seoul', country: 'South Korea', dateline: 'SEOUL', currency: 'won' },
  { city: 'Jakarta', country: 'Indonesia', dateline: 'JAKARTA', currency: 'rupiah' },
  { city: 'Istanbul', country: 'Turkey', dateline: 'ISTANBUL', currency: 'lira' },
  { city: 'Warsaw', country: 'Poland', dateline: 'WARSAW', currency: 'zlotys' },
  { city: 'Oslo', country: 'Norway', dateline: 'OSLO', currency: 'crowns' },
  { city: 'Buenos Aires', country: 'Argentina', dateline: 'BUENOS AIRES', currency: 'pesos' },
];

export const AGENCIES = ['Reuters', 'AP', 'AFP', 'Bloomberg', 'dpa'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
export const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface Topic {
  name: string;
  /** Things the story is about: "inflation", "the budget deficit". */
  nouns: string[];
  /** Things that can be spent on or invested in. */
  spending: string[];
  /** Verbs in the infinitive for plans: "cut", "raise". */
  actions: string[];
  /** Noun phrases for headlines. */
  headlineNouns: string[];
  /** Short clauses usable inside quotes, first person plural. */
  quoteClauses: string[];
}

export const TOPICS: Topic[] = [
  {
    name: 'economy',
    nouns: ['inflation', 'interest rates', 'the budget deficit', 'bond yields', 'consumer spending', 'unemployment',
      'the housing market', 'public debt', 'wage growth', 'the currency', 'economic growth', 'tax revenue'],
    spending: ['infrastructure', 'social housing', 'public transport', 'debt relief', 'tax credits', 'the pension system',
      'small business loans', 'rural roads'],
    actions: ['cut', 'raise', 'freeze', 'review', 'restructure', 'phase out', 'expand', 'hold'],
    headlineNouns: ['Rates', 'Inflation', 'Budget', 'Debt Deal', 'Growth Forecast', 'Jobs Data', 'Tax Plan'],
    quoteClauses: ['price pressures are easing faster than we expected', 'we will not hesitate to act if inflation returns',
      'the recovery remains fragile', 'households are still feeling the squeeze', 'the numbers speak for themselves',
      'we have room to cut, but not yet', 'this budget puts working families first', 'the risks are tilted to the downside'],
  },
  {
    name: 'politics',
    nouns: ['the coalition talks', 'the election', 'the reform bill', 'the opposition', 'voter turnout', 'the referendum',
      'the cabinet reshuffle', 'the ceasefire', 'the border agreement', 'the constitutional amendment'],
    spending: ['election security', 'regional development', 'the armed forces', 'police recruitment', 'the census',
      'reconstruction'],
    actions: ['approve', 'block', 'delay', 'renegotiate', 'reject', 'put to a vote', 'amend', 'sign'],
    headlineNouns: ['Coalition', 'Vote', 'Reform Bill', 'Ceasefire', 'Cabinet', 'Election', 'Summit'],
    quoteClauses: ['the people have spoken and we will respect their decision', 'this is not the end of the road',
      'we are ready to talk, but not at any price', 'nobody is above the law', 'the door remains open',
      'we will not be intimidated', 'this agreement belongs to every citizen', 'our patience is running out'],
  },
  {
    name: 'energy',
    nouns: ['oil prices', 'gas supplies', 'carbon emissions', 'the power grid', 'renewable capacity', 'fuel subsidies',
      'electricity bills', 'the coal phase-out', 'offshore wind', 'crude output'],
    spending: ['offshore wind farms', 'grid upgrades', 'battery storage', 'nuclear plants', 'hydrogen projects',
      'solar parks', 'pipeline repairs', 'home insulation'],
    actions: ['cut', 'boost', 'extend', 'cap', 'subsidise', 'phase out', 'double', 'suspend'],
    headlineNouns: ['Oil', 'Gas Prices', 'Wind Power', 'Climate Deal', 'Grid', 'Emissions', 'Fuel Subsidies'],
    quoteClauses: ['the transition cannot wait another decade', 'supply is tight and will stay tight this winter',
      'we are on track to meet our targets', 'the market has already priced this in', 'every tonne of carbon matters',
      'this is the biggest investment in our grid in a generation', 'consumers should not pay for this'],
  },
  {
    name: 'business',
    nouns: ['quarterly profit', 'revenue', 'the merger', 'the share price', 'job cuts', 'the takeover bid',
      'operating margins', 'the restructuring', 'dividends', 'the IPO'],
    spending: ['new factories', 'artificial intelligence', 'share buybacks', 'its logistics network', 'research and development',
      'store refurbishments', 'data centres', 'electric vehicle production'],
    actions: ['acquire', 'sell', 'spin off', 'close', 'expand', 'list', 'merge with', 'restructure'],
    headlineNouns: ['Profit', 'Merger', 'Shares', 'Takeover', 'Job Cuts', 'IPO', 'Earnings'],
    quoteClauses: ['demand has been stronger than we anticipated', 'we are confident in our long-term strategy',
      'this deal creates a clear market leader', 'we had to make some difficult choices', 'our customers come first',
      'the second half will be better', 'we see enormous potential in this market'],
  },
  {
    name: 'health',
    nouns: ['hospital waiting lists', 'the vaccination campaign', 'drug prices', 'the outbreak', 'nurse shortages',
      'the health budget', 'infection rates', 'emergency admissions', 'the clinical trial'],
    spending: ['new hospitals', 'vaccine procurement', 'mental health services', 'cancer screening', 'staff pay',
      'primary care', 'medical research'],
    actions: ['expand', 'fund', 'approve', 'suspend', 'review', 'accelerate', 'restrict', 'roll out'],
    headlineNouns: ['Hospitals', 'Vaccine', 'Outbreak', 'Drug Prices', 'Health Budget', 'Nurses', 'Trial'],
    quoteClauses: ['the system is under enormous strain', 'every patient deserves to be seen on time',
      'the data so far is encouraging', 'we cannot rule out further cases', 'staff have been working around the clock',
      'this treatment could change lives', 'prevention is always cheaper than cure'],
  },
  {
    name: 'trade',
    nouns: ['tariffs', 'exports', 'the trade deficit', 'the free trade agreement', 'import quotas', 'supply chains',
      'shipping costs', 'customs checks', 'grain shipments', 'export controls'],
    spending: ['port expansion', 'export credit', 'customs systems', 'rail freight', 'trade finance', 'border infrastructure'],
    actions: ['lift', 'impose', 'suspend', 'double', 'negotiate', 'retaliate against', 'ease', 'extend'],
    headlineNouns: ['Tariffs', 'Trade Deal', 'Exports', 'Trade Talks', 'Supply Chains', 'Quotas'],
    quoteClauses: ['nobody wins a trade war', 'we will defend our industries', 'the talks were constructive',
      'our exporters need certainty', 'this deal opens doors for farmers and manufacturers',
      'we expect our partners to honour their commitments', 'there is still a gap between the two sides'],
  },
];

export const ADJECTIVES = ['significant', 'modest', 'sharp', 'unexpected', 'steady', 'historic', 'sweeping', 'temporary',
  'record', 'gradual', 'surprise', 'long-awaited', 'controversial', 'ambitious'];

export const HEADLINE_VERBS = ['Rises', 'Falls', 'Slumps', 'Surges', 'Stalls', 'Faces Test', 'Wins Backing', 'Under Fire',
  'Approved', 'Delayed', 'Hits Record', 'Eases', 'Collapses', 'Back on Track'];

export const TEASERS = [
  'How the crisis unfolded', 'What the new rules mean for you', 'Five charts that explain the slowdown',
  'Inside the race to build the next battery', 'The winners and losers of the budget', 'Why prices are still rising',
  'Analysis: a fragile truce', 'Live updates: markets react', 'Explainer: what happens next',
];

export const REPORTERS = SURNAMES.slice(0, 40);
