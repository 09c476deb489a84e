/** The words of wire copy that detection keys on: titles, head nouns of names, ship prefixes, non-names. */

export const TITLE_HEADS = words(
  'President Minister Secretary Chancellor King Queen Prince Emir Sultan Speaker Ambassador Spokesperson Spokesman ' +
    'Spokeswoman Commissioner Representative Envoy Admiral General Senator Governor Mayor Director Chairman Chairwoman ' +
    'Chair Leader Commander Ayatollah Sheikh Pope CEO Chief Adviser Advisor Secretary-General Director-General Mufti Patriarch',
);
export const TITLE_MODIFIERS = words(
  'Vice Deputy Prime Foreign Defense Defence Energy Interior Finance Economy Trade Treasury Justice Health Oil ' +
    'Transport Agriculture Environment Senior Special High Supreme Crown Acting Executive Secretary General National ' +
    'Security Assistant Under Chief First Migration Culture Education Labor Labour Family Youth Sports Science ' +
    'Industry Technology Tourism Communications Infrastructure Urbanization Development Regional Parliamentary ' +
    'Intelligence Maritime Veterans Forestry Fisheries Water Affairs Religious Human Rights Digital',
);
export const MULTIWORD_TITLES = ['Secretary of State', 'Minister of Foreign Affairs', 'Minister of Defense', 'Minister of Energy', 'Director General', 'Inspector General', 'Attorney General'];
export const GOVERNMENT_HEADS = words(
  'Ministry Government Parliament Cabinet Presidency Senate Congress Assembly Department Office Directorate Governorship Municipality',
);
/** Parliaments and forces known by one word: "the Bundestag", "the Peshmerga". */
export const ONE_WORD_BODIES: ReadonlyMap<string, 'government' | 'military'> = new Map([
  ...[...words('Bundestag Bundesrat Knesset Duma Majlis Sejm Riksdag Storting Folketing Eduskunta Sabor Skupstina Mejlis Jogorku')].map((w) => [w, 'government'] as const),
  ...[...words('Peshmerga Gendarmerie')].map((w) => [w, 'military'] as const),
]);
export const MILITARY_HEADS = words('Navy Army Force Forces Corps Guard Guards Fleet Brigade Division Command Regiment Battalion Squadron');
export const ORGANIZATION_HEADS = words(
  'Agency Organization Organisation Union Council Commission Bank Fund Committee Company Corporation Group Alliance ' +
    'Party Court Institute Association Authority Bureau Service Services Post Times Journal League Federation Center ' +
    'Centre Crescent Cross Airlines Airways Foundation Movement Front Exchange Club Society Network Coalition Forum Community',
);
export const ORG_HEADS = new Set([...GOVERNMENT_HEADS, ...MILITARY_HEADS, ...ORGANIZATION_HEADS]);
export const FACILITY_HEADS = words(
  'Plant Airport Port Base Terminal Refinery Pipeline Field Reactor Dam Facility Corridor Hub Stadium Arena Complex Shipyard Bridge Canal ' +
    'Hotel Monastery Mosque Cathedral Church Museum Reservoir',
);
export const SKIP_HEADS = words('Treaty Agreement Accord Accords Convention Protocol Pact Charter Act Resolution Declaration Doctrine Summit');
export const SHIP_PREFIXES = words('USS HMS HMCS HMAS INS TCG RFS ITS JS ROKS PNS HS FGS');
export const WARSHIP_TYPES = 'frigate|corvette|destroyer|cruiser|submarine|warship|aircraft carrier|carrier|patrol boat';
export const CIVIL_SHIP_TYPES = 'tanker|drillship|drilling ship|vessel|cargo ship|freighter|research vessel|ship';
export const NAME_PARTICLES = words('al bin ibn von van der de da del la le');
export const NOT_NAMES = words(
  'The A An In On At By For And But Or If As Earlier Later Meanwhile Separately Also However Under Shortly ' +
    'European Western Eastern Arab African Asian Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep ' +
    'Sept Oct Nov Dec Opposition Ruling Former Outgoing Incoming Acting Late Then Mr Mrs Ms Dr Both Neither Each Every ' +
    'This That These Those Its His Her Their Our We They He She It Asked Speaking Despite During After Before Since ' +
    'Kurdish Basque Catalan Crimean Turkic Persian Alevi Shiite Yazidi Circassian Tatar Uyghur Chechen ' +
    'Flemish Walloon Scottish Welsh Corsican Serb Serbs Croat Bosniak Pashtun Baloch Druze Alawite Coptic Maronite ' +
    // Adjectives of states that are gone: "built in the Soviet era".
    'Soviet Ottoman Yugoslav Byzantine Tsarist',
);
/** Platforms and products: never actors ("posted on Instagram", "a Bayraktar TB2"). */
export const PLATFORMS = words(
  'Instagram Facebook X Twitter Telegram WhatsApp YouTube TikTok Zoom LinkedIn Snapchat Threads Bluesky WeChat Signal Skype Netflix iPhone Android',
);
export const NOT_ORGANIZATIONS = words('LNG GDP CEO USD EUR OK TV AFP DAX FTSE CAC BIST NASDAQ GMT UTC COVID IDP IDPs VAT');
/**
 * Lowercase nouns that stand before or beside a person's name: "striker Miloš Jovanović",
 * "his wife, Emine Erdoğan", "the previous mayor, Recai Bozdoğan".
 */
export const PERSON_NOUNS = words(
  'striker winger forward midfielder defender goalkeeper substitute coach manager captain player referee lawmaker ' +
    'deputy analyst economist engineer survivor candidate negotiator official envoy journalist reporter resident ' +
    'farmer teacher doctor mother father widow son daughter wife husband brother sister activist spokesman ' +
    'spokeswoman spokesperson counterpart mayor governor chairman chairwoman leader co-leader founder owner ' +
    'researcher professor expert colonel lieutenant sergeant soldier pilot volunteer witness victim president ' +
    'minister ambassador director head chief secretary commander rival opponent challenger incumbent',
);
/** Of those, the ones that make a role: ", the governor of Şırnak," → `Governor of Şırnak`. */
export const ROLE_NOUNS = words(
  'governor mayor minister president chairman chairwoman leader co-leader spokesman spokeswoman spokesperson ' +
    'ambassador envoy commander director head chief secretary',
);
/** Lowercase nouns that name what an organisation is: "ratings agency Moody's", "the daily Tagesspiegel". */
export const ORG_DESCRIPTORS =
  'daily|newspaper|broadcaster|news agency|agency|group|firm|company|club|party|movement|militia|channel|weekly|magazine|lender|carrier|airline|insurer|operator|rivals|side|team|think tank|association|bank|union|charity|network';
/** Plural party names read with "the": "the Greens". */
export const PLURAL_PARTIES = words('Greens Democrats Republicans Conservatives Liberals Socialists Tories Social Democrats');
/** Organisations that wire copy names without a head noun. */
export const WELL_KNOWN_ORGANIZATIONS: ReadonlyArray<{ name: string; aliases: string[] }> = [
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'AA'] },
  { name: 'Borsa Istanbul', aliases: [] },
  { name: "Moody's", aliases: ['Moody’s'] },
  { name: 'Fitch Ratings', aliases: ['Fitch'] },
  { name: 'S&P Global', aliases: ['S&P'] },
  { name: 'Reuters', aliases: [] },
  { name: 'White Helmets', aliases: [] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Frontex', aliases: [] },
  { name: 'al-Qaeda', aliases: ['Al-Qaeda'] },
  { name: 'Daesh', aliases: [] },
];
/** Competitions, which are events, not actors: "in the UEFA Europa League", "the World Cup". */
export const COMPETITION = /(?:\b(?:Champions|Europa|Conference|Nations|Super|Premier)\s+(?:League|Lig|Cup)|\bWorld\s+Cup|\bEuropean\s+Championship)$/u;
/** Acronyms read with an article: "Secretary-General of the UN". */
export const ACRONYMS_WITH_THE = words('UN EU AU IAEA IMF WHO WTO OSCE UNSC');

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
