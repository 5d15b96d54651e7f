import type { Locale } from '../../../src/localization.js'

/**
 * The judged query set (issue 15): how teachers phrase searches, against the seeded data (the
 * example content and the Helsinki places, `seed(payload, { places: true })`). Each query lists
 * the titles that answer it and the rank the first of them must reach; `none` queries must find
 * nothing at all. Judged by what a teacher wants, not by what an engine returned.
 */
export type Kind =
  | 'inflection'
  | 'compound-together'
  | 'compound-apart'
  | 'typo'
  | 'place'
  | 'competence'
  | 'plain'
  | 'none'

export type Judged = {
  locale: Locale
  q: string
  kind: Kind
  /** Titles (in the query's locale) that answer the query; empty for `none`. */
  relevant: string[]
  /** The rank the first relevant title must reach (1 = first); 0 for `none`. */
  rank: number
}

// The places of a kind, as the seeded data names them (every one of them answers the query).
const MUSEUMS_FI = [
  'Arkkitehtuurimuseo',
  'Ateneumin taidemuseo',
  'Designmuseo Arabia',
  'Diamus - Helsingin Diakonissalaitoksen museo',
  'Didrichsenin taidemuseo',
  'EMMA - Espoon modernin taiteen museo',
  'Ehrensvärd-museo',
  'Gallen-Kallelan Museo',
  'Helinä Rautavaaran museo',
  'Helsingin Väestönsuojelumuseo',
  'Helsingin pelastuslaitoksen palomuseo - Erottajan pelastusasema',
  'Helsingin taidemuseo HAM',
  'Helsingin yliopistomuseo',
  'Herttoniemen kartanon museo',
  'Hotelli- ja ravintolamuseo',
  'Huvilamuseo Villa Rulludd',
  'Järvenpään taidemuseo',
  'KAMU Espoon kaupunginmuseo',
  'Lastentarhamuseo - Ebeneser-säätiö',
  'Lottamuseo',
  'Luonnontieteellinen museo',
  'Mannerheim-museo',
  'Musiikkimuseo Fame',
  'Nordean Pankkimuseo',
  'Pelastusarmeijan museo',
  'Puhelinmuseo Elisa',
  'Päivikki ja Sakari Sohlbergin kotimuseo',
  'Päivälehden museo',
  'Sederholmin talo - Lasten kaupunki Helsingin kaupunginmuseossa',
  'Seurasaaren ulkomuseo',
  'Sotamuseon Maneesi ja Tykistömaneesi',
  'Suomen Lelumuseo Hevosenkenkä',
  'Suomen Pankin rahamuseo',
  'Suomen Rautatiemuseo',
  'Suomen kellomuseo',
  'Suomen valokuvataiteen museo',
  'Suomenlinna-museo',
  'Suomenlinnan Lelumuseo',
  'Talomuseo Glims',
  'Tullimuseo',
  'Työväenasuntomuseo',
  'Vantaan kaupunginmuseo',
  'Vantaan maatalousmuseo',
]
const ISLANDS_FI = [
  'Harakan luontokeskus',
  'Harakka',
  'Kaskisaari',
  'Kaunissaari',
  'Korkeasaaren eläintarha',
  'Kuusiluoto',
  'Kuusisaari',
  'Lammassaari',
  'Lehtisaari',
  'Liuskasaari',
  'Lonna',
  'Luoto',
  'Mustasaari',
  'Mustikkamaa',
  'Rajasaari',
  'Seurasaari',
  'Sirpalesaari',
  'Sisä-Hattu',
  'Särkkä',
  'Tervasaari',
  'Valkosaari',
  'Vallisaari',
  'Vartiosaari',
]
const BEACHES_FI = [
  'Aurinkolahden uimaranta',
  'Hietarannan uimaranta',
  'Kallahdenniemen uimaranta',
  'Laajasalon uimaranta',
  'Lauttasaaren uimaranta (Kasinonranta)',
  'Marjaniemen uimaranta',
  'Munkkiniemen uimaranta',
  'Mustikkamaan uimaranta',
  'Myllyjärven uimaranta',
  'Pikkukosken uimaranta',
  'Seurasaaren uimala ja uimaranta',
  'Vetokannaksen uimaranta',
]
const CHURCHES_FI = [
  'Helsingin tuomiokirkko',
  'Johanneksenkirkko',
  'Kallion kirkko',
  'Mikael Agricolan kirkko',
  'Temppeliaukion kirkko',
  'Vanhakirkko',
  'Viikin kirkko',
]
const ART_MUSEUMS_FI = [
  'Ateneumin taidemuseo',
  'Didrichsenin taidemuseo',
  'Helsingin taidemuseo HAM',
  'Järvenpään taidemuseo',
  'EMMA - Espoon modernin taiteen museo',
]
const ART_MUSEUMS_SV = [
  'Didrichsens konstmuseum',
  'EMMA - Esbo moderna konstmuseum',
  'Helsingfors konstmuseum HAM',
  'Konstmuseet Ateneum',
  'Träskända konstmuseum',
  'Vanda konstmuseum Artsi',
]
const BEACHES_SV = [
  'Blåbärslandets badstrand',
  'Degerö badstrand',
  'Fölisöns badinrättning och badstrand',
  'Kallviksuddens badstrand',
  'Lillforsens badstrand',
  'Marudds badstrand',
  'Munksnäs badstrand',
  'Sandstrands badstrand',
  'Solviks badstrand',
]
const BEACHES_EN = [
  'Aurinkolahti beach',
  'Hietaranta beach',
  'Kallahdenniemi beach',
  'Laajasalo beach',
  'Lauttasaari beach (Kasinonranta)',
  'Marjaniemi beach',
  'Munkkiniemi beach',
  'Mustikkamaa beach',
  'Myllyjärvi beach',
  'Pikkukoski beach',
  'Seurasaari bath and beach',
  'Vetokannas beach',
]
const SWIMMING_HALLS_EN = [
  'Itäkeskus Swimming Hall',
  'Jakomäki Swimming Hall',
  'Pirkkola swimming hall',
  'Urheiluhallit Mäkelänrinne - Mäkelänrinne Swimming Hall',
  'Urheiluhallit Siltamäki - Siltamäki swimming hall',
]
const SWIMMING_HALLS_FI = [
  'Itäkeskuksen uimahalli',
  'Jakomäen uimahalli',
  'Pirkkolan liikuntapuiston uimahalli',
  'Urheiluhallit Siltamäki - Siltamäen uimahalli',
]
const CHURCHES_SV = [
  'Berghälls kyrka',
  'Gamla kyrkan',
  'Helsingfors domkyrka',
  'Johanneskyrkan',
  'Mikael Agricola kyrka',
  'Tempelplatsens kyrka',
  'Viks kyrka',
]
const CHURCHES_EN = [
  'Kallio Church',
  'Mikael Agricola Church',
  'Old Church',
  'St. John´s Church',
  'Temppeliaukio Rock Church',
  'Viikki Church',
]
const LIBRARIES_FI = [
  'Kaisa-talo, Helsingin yliopiston pääkirjasto',
  'Kallion kirjasto',
  'Oodi, Helsingin keskustakirjasto',
  'Oulunkylän kirjasto',
  'Pasilan kirjasto',
  'Rikhardinkadun kirjasto',
  'Suomen kansalliskirjasto',
  'Töölön kirjasto',
  'Medialukutaitoa kirjastossa',
]
const LIBRARIES_EN = [
  'Kaisa House, Helsinki University Main Library',
  'Kallio library',
  'Oodi, Helsinki Central Library',
  'Oulunkylä library',
  'Pasila Library',
  'Rikhardinkatu Library',
  'The National Library of Finland',
  'Töölö library',
  'Media literacy at the library',
]
const LIBRARIES_SV = [
  'Berghälls bibliotek',
  'Böle bibliotek',
  'Finlands nationalbibliotek',
  'Kajsahuset, Helsingfors Universitets huvudbibliotek',
  'Ode, Helsingfors centrumbibliotek',
  'Richardsgatans bibliotek',
  'Tölö bibliotek',
  'Åggelby bibliotek',
  'Mediekunnighet på biblioteket',
]
const NATURE_TRAILS_SV = [
  'Arboretumet i Vik',
  'Fölisön',
  'Fårholmen',
  'Stora Räntans naturcentrum',
  'Haltia Finlands Naturcenter',
]
const NATURE_TRAILS_EN = [
  'Viikki arboretum',
  'Uutela Nature Trail',
  'Seurasaari Island',
  'Lammassaari',
  'Harakka Nature Centre',
  'Haltia The Finnish Natural Centre',
]
const NATURE_TRAILS_FI = [
  'Viikin arboretum',
  'Seurasaari',
  'Lammassaari',
  'Harakan luontokeskus',
  'Haltia Suomen luontokeskus',
]
const MUSEUMS_EN = [
  'Artsi Vantaa Art Museum',
  'Ateneum Art Museum',
  'Bank of Finland Museum',
  'Birthplace and Home Museum of Aleksis Kivi',
  'Customs Museum',
  'Design Museum Arabia',
  'Diamus - Helsinki Deaconess Institute Museum',
  'Didrichsen Art Museum',
  'EMMA - Espoo Museum of Modern Art',
  'Ehrensvärd Museum',
  'Finnish Museum of Horology',
  'Finnish Museum of Photography',
  'Finnish Railway Museum',
  'Finnish Toy Museum Hevosenkenkä',
  'Gallen-Kallela Museum',
  'Glims Farmstead Museum',
  'Helinä Rautavaara Museum',
  'Helsinki Art Museum HAM',
  'Helsinki University Museum',
  'Hotel and Restaurant Museum',
  'Järvenpää Art Museum',
  'KAMU Espoo City Museum',
  'Kindergarten Museum',
  'Lotta Museum',
  'Mannerheim Museum',
  "Military Museum's Manege and Artillery Manege",
  'Museum of Civil Defence',
  'Museum of Finnish Architecture',
  'Museum of Herttoniemi Manor',
  'Music Museum Fame',
  'Natural History Museum',
  'Nordea Bank Museum',
  'Päivikki and Sakari Sohlberg Home Museum',
  'Päivälehti Museum',
  'Salvation Army Museum',
  "Sederholm House - Children's town at the Helsinki City Museum",
  'Seurasaari Open-Air Museum',
  'Suomenlinna Museum',
  'Suomenlinna Toy Museum',
  'Telephone Museum Elisa',
  "The Helsinki City Rescue Department's Fire Museum",
  'The Reitz Foundation Museum',
  'Vantaa Agricultural Museum',
  'Vantaa City Museum',
  'Villa Museum Villa Rulludd',
  'Worker Housing Museum',
]
const CITY_MUSEUMS_FI = [
  'KAMU Espoon kaupunginmuseo',
  'Vantaan kaupunginmuseo',
  'Sederholmin talo - Lasten kaupunki Helsingin kaupunginmuseossa',
]
const PROGRAMMING_FI = ['Robottiohjelmointi alakoulussa', 'Scratch-ohjelmointiympäristö']
const MATHS_FI = [
  'Käänteinen luokkahuone matematiikassa',
  'Matematiikan opetusvideot',
  'GeoGebra-matematiikkaohjelma',
]

const fi = (q: string, kind: Kind, relevant: string[], rank = 1): Judged => ({
  locale: 'fi',
  q,
  kind,
  relevant,
  rank,
})
const sv = (q: string, kind: Kind, relevant: string[], rank = 1): Judged => ({
  ...fi(q, kind, relevant, rank),
  locale: 'sv',
})
const en = (q: string, kind: Kind, relevant: string[], rank = 1): Judged => ({
  ...fi(q, kind, relevant, rank),
  locale: 'en',
})
const none = (locale: Locale, q: string): Judged => ({
  locale,
  q,
  kind: 'none',
  relevant: [],
  rank: 0,
})

export const JUDGED: Judged[] = [
  // Finnish: cases, plurals, possessives.
  fi('luontopolulla', 'inflection', NATURE_TRAILS_FI),
  fi('luontopolkuja', 'inflection', NATURE_TRAILS_FI),
  fi('museoissamme', 'inflection', MUSEUMS_FI, 3),
  fi('museoissa', 'inflection', [...MUSEUMS_FI, 'Tutkiva museovierailu'], 3),
  fi('kirjastoissa', 'inflection', LIBRARIES_FI),
  fi('kirjastossa', 'inflection', LIBRARIES_FI),
  fi('saarilla', 'inflection', ISLANDS_FI),
  fi('uimarannalla', 'inflection', BEACHES_FI),
  fi('uimahalliin', 'inflection', SWIMMING_HALLS_FI),
  fi('taidemuseoon', 'inflection', ART_MUSEUMS_FI),
  fi('kirkkoon', 'inflection', CHURCHES_FI),
  fi('robotteja', 'inflection', [
    'Robotiikkaa joka luokalle (esimerkkikokeilu)',
    'Robottiohjelmointi alakoulussa',
  ]),
  fi('ohjelmoinnin', 'inflection', PROGRAMMING_FI),
  fi('matematiikkaa', 'inflection', MATHS_FI),
  fi('opetusvideoita', 'inflection', ['Matematiikan opetusvideot']),
  fi('valeuutisia', 'inflection', ['Medialukutaitoa kirjastossa']),
  fi('tarinoita', 'inflection', ['Sadutus ja digitarinat']),
  fi('eläintarhaan', 'inflection', ['Korkeasaaren eläintarha']),
  fi('Suomenlinnassa', 'inflection', [
    'Suomenlinnakeskus',
    'Suomenlinna-museo',
    'Suomenlinnan Lelumuseo',
  ]),
  fi('Seurasaaressa', 'inflection', ['Seurasaari', 'Seurasaaren ulkomuseo']),
  fi('lintutornille', 'inflection', [
    'Maarin lintutorni eli Laajalahden lintutorni',
    'Myllykallion lintutorni',
    'Pornaistenniemen lintutorni',
  ]),
  fi('Itämerellä', 'inflection', ['Virtuaaliretki Itämeren pohjaan']),
  fi('e-oppikirjoja', 'inflection', ['Kaupungin lisensoimat e-oppikirjat']),
  fi('puutarhoissa', 'inflection', [
    'Annalan puutarha',
    'Kumpulan kasvitieteellinen puutarha',
    'Helsingin kaupungin talvipuutarha',
  ]),
  // Finnish compounds, together and apart.
  fi('temppeliaukionkirkko', 'compound-together', ['Temppeliaukion kirkko']),
  fi('temppeliaukion kirkko', 'compound-apart', ['Temppeliaukion kirkko']),
  fi('kaupungin museo', 'compound-apart', CITY_MUSEUMS_FI),
  fi('kaupunginmuseo', 'compound-together', CITY_MUSEUMS_FI),
  fi('luontokeskus', 'compound-together', ['Harakan luontokeskus', 'Haltia Suomen luontokeskus']),
  fi('luonto keskus', 'compound-apart', ['Harakan luontokeskus', 'Haltia Suomen luontokeskus']),
  fi('museovierailu', 'compound-together', ['Tutkiva museovierailu']),
  fi('museo vierailu', 'compound-apart', ['Tutkiva museovierailu']),
  fi('matematiikkaohjelma', 'compound-together', ['GeoGebra-matematiikkaohjelma']),
  fi('ohjelmointiympäristö', 'compound-together', ['Scratch-ohjelmointiympäristö']),
  fi('taide museo', 'compound-apart', ART_MUSEUMS_FI),
  fi('keskustakirjasto', 'compound-together', ['Oodi, Helsingin keskustakirjasto']),
  fi('ulkomuseo', 'compound-together', ['Seurasaaren ulkomuseo']),
  fi('ohjelmointi', 'compound-together', PROGRAMMING_FI),
  fi('kasvitieteellinen puutarha', 'plain', ['Kumpulan kasvitieteellinen puutarha']),
  // Finnish typos.
  fi('ohjelmonti', 'typo', PROGRAMMING_FI),
  fi('musoe', 'typo', MUSEUMS_FI, 3),
  fi('kirjsto', 'typo', LIBRARIES_FI),
  fi('gegebra', 'typo', ['GeoGebra-matematiikkaohjelma']),
  fi('robotikka', 'typo', ['Robotiikkaa joka luokalle (esimerkkikokeilu)']),
  fi('matematikka', 'typo', MATHS_FI),
  fi('temppeliaukon kirkko', 'typo', ['Temppeliaukion kirkko']),
  fi('medialukutaiot', 'typo', ['Medialukutaitoa kirjastossa']),
  // Eläintarha is also a district: its sports field is as near a match as the zoo.
  fi('eläintraha', 'typo', ['Korkeasaaren eläintarha'], 2),
  // Finnish place and people's names.
  fi('oodi', 'place', ['Oodi, Helsingin keskustakirjasto']),
  fi('ateneum', 'place', ['Ateneumin taidemuseo']),
  fi('Sibeliuksen koti', 'place', ['Ainola, Aino ja Jean Sibeliuksen koti']),
  fi('Aleksis Kivi', 'place', ['Aleksis Kiven kuolinmökki', 'Aleksis Kiven syntymäkoti']),
  fi('Alvar Aalto', 'place', ['Alvar Aallon ateljee', 'Alvar Aallon kotitalo']),
  fi('korkeasaari', 'place', ['Korkeasaaren eläintarha']),
  fi('suomenlinna', 'place', ['Suomenlinnakeskus', 'Suomenlinna-museo', 'Suomenlinnan Lelumuseo']),
  // Finnish competence names.
  fi('monilukutaito', 'competence', [
    'Oivalluksia esiopetuksesta varhaiskasvatukseen (esimerkki)',
    'Sadutus ja digitarinat',
    'Medialukutaitoa kirjastossa',
    'Tutkiva museovierailu',
  ]),
  fi('ongelmanratkaisu', 'competence', [
    'Robottiohjelmointi alakoulussa',
    'Robotiikkaa joka luokalle (esimerkkikokeilu)',
    'Scratch-ohjelmointiympäristö',
  ]),
  fi('yhteisöllinen oppiminen', 'competence', [
    'Tutkiva museovierailu',
    'Robottiohjelmointi alakoulussa',
    'Robotiikkaa joka luokalle (esimerkkikokeilu)',
  ]),
  fi('eriyttäminen', 'competence', [
    'Käänteinen luokkahuone matematiikassa',
    'Matematiikan opetusvideot',
  ]),
  fi('medialukutaito', 'competence', ['Medialukutaitoa kirjastossa']),
  // Finnish queries the data cannot answer.
  none('fi', 'kvanttifysiikka'),
  none('fi', 'avaruusasema'),
  none('fi', 'kirahvikokeilu'),
  none('fi', 'xyzzy'),

  // Swedish.
  sv('naturhistoriska', 'compound-together', ['Naturhistoriska museet']),
  sv('naturhistoriska museet', 'plain', ['Naturhistoriska museet']),
  sv('natur historiska', 'compound-apart', ['Naturhistoriska museet']),
  sv('bibliotek', 'plain', LIBRARIES_SV),
  sv('biblioteket', 'inflection', ['Mediekunnighet på biblioteket', 'Berghälls bibliotek']),
  sv('konstmuseum', 'compound-together', ART_MUSEUMS_SV),
  sv('kyrkan', 'inflection', CHURCHES_SV),
  sv('domkyrkan', 'inflection', ['Helsingfors domkyrka']),
  sv('djurpark', 'compound-together', ['Högholmens djurpark', 'Fallkulla husdjurspark']),
  sv('botaniska trädgården', 'inflection', ['Gumtäkt botaniska trädgård']),
  sv('robotprogrammering', 'compound-together', ['Robotprogrammering i lågstadiet']),
  sv('programmering', 'compound-together', [
    'Robotprogrammering i lågstadiet',
    'Programmeringsmiljön Scratch',
  ]),
  sv('sagostund', 'plain', ['Sagostund och digitala berättelser']),
  sv('östersjön', 'place', ['Virtuell utflykt till Östersjöns botten']),
  sv('museibesök', 'compound-together', ['Undersökande museibesök']),
  sv('friluftsmuseum', 'compound-together', ['Fölisö friluftsmuseum']),
  sv('badstrand', 'plain', BEACHES_SV),
  sv('simhall', 'plain', [
    'Britas idrottsparks simhall',
    'Jakobacka simhall',
    'Östra centrums simhall',
  ]),
  sv('naturstigar', 'inflection', NATURE_TRAILS_SV),
  sv('bibliotk', 'typo', LIBRARIES_SV),
  sv('robotprogramering', 'typo', ['Robotprogrammering i lågstadiet']),
  sv('mediekunnighet', 'competence', ['Mediekunnighet på biblioteket', 'Naturdata i närskogen']),
  sv('kollaborativt lärande', 'competence', [
    'Robotprogrammering i lågstadiet',
    'Undersökande museibesök',
    'Robotik i varje klass (exempelförsök)',
  ]),
  none('sv', 'kvantfysik'),
  none('sv', 'rymdstation'),

  // English.
  en('museum visit', 'plain', ['An investigative museum visit']),
  en('nature trails', 'inflection', NATURE_TRAILS_EN),
  en('libraries', 'inflection', LIBRARIES_EN),
  en('robot programming', 'plain', ['Robot programming in primary school']),
  en('programming', 'plain', [
    'Robot programming in primary school',
    'Scratch programming environment',
  ]),
  en('flipped classroom', 'plain', ['Flipped classroom in mathematics']),
  en('fake news', 'plain', ['Media literacy at the library']),
  en('baltic sea', 'place', ['A virtual dive to the Baltic seabed']),
  en('churches', 'inflection', CHURCHES_EN),
  en('beaches', 'inflection', BEACHES_EN),
  en('zoo', 'place', ['Helsinki Zoo']),
  en('swimming halls', 'inflection', SWIMMING_HALLS_EN),
  en('botanic garden', 'place', ['Kumpula Botanic Garden']),
  en('Sibelius', 'place', ['Ainola, Home of Jean Sibelius', 'Sibelius Park']),
  en('story crafting', 'plain', ['Story crafting and digital stories']),
  en('mathematics videos', 'plain', ['Mathematics teaching videos']),
  en('e-textbooks', 'plain', ['City-licensed e-textbooks']),
  en(
    'musuem',
    'typo',
    [...MUSEUMS_EN, 'An investigative museum visit', 'Open museum collections'],
    3,
  ),
  en('libary', 'typo', LIBRARIES_EN),
  en('progamming', 'typo', [
    'Robot programming in primary school',
    'Scratch programming environment',
  ]),
  en('digital problem solving', 'competence', [
    'Robot programming in primary school',
    'Scratch programming environment',
    'Robotics in every class (example pilot)',
  ]),
  en('collaborative learning', 'competence', [
    'Robot programming in primary school',
    'An investigative museum visit',
    'Robotics in every class (example pilot)',
  ]),
  none('en', 'quantum physics'),
  none('en', 'spaceflight'),
]
