/** The words of wire copy that detection keys on: titles, head nouns of names, ship prefixes, non-names. */

export const TITLE_HEADS = words(
  'President Minister Secretary Chancellor King Queen Prince Emir Sultan Speaker Ambassador Spokesperson Spokesman ' +
    'Spokeswoman Commissioner Representative Envoy Admiral General Senator Governor Mayor Director Chairman Chairwoman ' +
    'Chair Leader Commander Ayatollah Sheikh Pope CEO Chief Adviser Advisor Secretary-General Director-General',
);
export const TITLE_MODIFIERS = words(
  'Vice Deputy Prime Foreign Defense Defence Energy Interior Finance Economy Trade Treasury Justice Health Oil ' +
    'Transport Agriculture Environment Senior Special High Supreme Crown Acting Executive Secretary General National ' +
    'Security Assistant Under Chief',
);
export const MULTIWORD_TITLES = ['Secretary of State', 'Minister of Foreign Affairs', 'Minister of Defense', 'Minister of Energy'];
export const GOVERNMENT_HEADS = words('Ministry Government Parliament Cabinet Presidency Senate Congress Assembly Department Office');
export const MILITARY_HEADS = words('Navy Army Force Forces Corps Guard Guards Fleet Brigade Division Command Regiment Battalion Squadron');
export const ORGANIZATION_HEADS = words(
  'Agency Organization Organisation Union Council Commission Bank Fund Committee Company Corporation Group Alliance ' +
    'Party Court Institute Association Authority Bureau Service Services Post Times Journal',
);
export const ORG_HEADS = new Set([...GOVERNMENT_HEADS, ...MILITARY_HEADS, ...ORGANIZATION_HEADS]);
export const FACILITY_HEADS = words('Plant Airport Port Base Terminal Refinery Pipeline Field Reactor Dam Facility Corridor Hub');
export const SKIP_HEADS = words('Treaty Agreement Accord Accords Convention Protocol Pact Charter Act Resolution Declaration Doctrine Summit');
export const SHIP_PREFIXES = words('USS HMS HMCS HMAS INS TCG RFS ITS JS ROKS PNS');
export const WARSHIP_TYPES = 'frigate|corvette|destroyer|cruiser|submarine|warship|aircraft carrier|carrier|patrol boat';
export const CIVIL_SHIP_TYPES = 'tanker|drillship|drilling ship|vessel|cargo ship|freighter|research vessel|ship';
export const NAME_PARTICLES = words('al bin ibn von van der de da del la le');
export const NOT_NAMES = words(
  'The A An In On At By For And But Or If As Earlier Later Meanwhile Separately Also However Under Shortly ' +
    'European Western Eastern Arab African Asian Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep ' +
    'Sept Oct Nov Dec',
);
export const NOT_ORGANIZATIONS = words('LNG GDP CEO USD EUR OK TV AA AFP');
/** Acronyms read with an article: "Secretary-General of the UN". */
export const ACRONYMS_WITH_THE = words('UN EU IAEA IMF WHO WTO OSCE UNSC');

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
