import type { GradeBand } from '../fields/vocabularies.js'

/** Text in the three content languages. */
export type Tri = { fi: string; sv: string; en: string }
const tri = (fi: string, sv: string, en: string): Tri => ({ fi, sv, en })

export const DEVICE_PROFILES = [
  {
    key: 'one-laptop-each',
    name: tri('Kannettava jokaiselle', 'En bärbar dator per elev', 'A laptop for every pupil'),
    deviceKinds: ['laptop'],
    devicesPerPupil: 1,
    grouping: 'individual',
    network: 'basic',
  },
  {
    key: 'three-laptops-per-four',
    name: tri(
      'Kolme kannettavaa neljää oppilasta kohden',
      'Tre bärbara datorer per fyra elever',
      'Three laptops per four pupils',
    ),
    deviceKinds: ['laptop'],
    devicesPerPupil: 0.75,
    grouping: 'individual',
    network: 'basic',
  },
  {
    key: 'laptop-pairs',
    name: tri('Kannettava paria kohden', 'En bärbar dator per par', 'A laptop per pair'),
    deviceKinds: ['laptop'],
    devicesPerPupil: 0.5,
    grouping: 'pairs',
    network: 'basic',
  },
  {
    key: 'tablet-pairs',
    name: tri('Tabletti paria kohden', 'En surfplatta per par', 'A tablet per pair'),
    deviceKinds: ['tablet'],
    devicesPerPupil: 0.5,
    grouping: 'pairs',
    network: 'basic',
  },
  {
    key: 'robotics-groups',
    name: tri(
      'Robotiikkasarja pienryhmälle',
      'Robotiksats per smågrupp',
      'A robotics kit per small group',
    ),
    deviceKinds: ['robotics-kit', 'tablet'],
    devicesPerPupil: 0.25,
    grouping: 'small-groups',
    network: 'none',
  },
  {
    key: 'class-display',
    name: tri('Luokan kosketusnäyttö', 'Klassens interaktiva skärm', 'The classroom display'),
    deviceKinds: ['interactive-display'],
    devicesPerPupil: 0,
    grouping: 'whole-class',
    network: 'high',
  },
] as const

export type SeedSchool = {
  name: Tri
  kind: 'early-education' | 'preschool' | 'comprehensive' | 'upper-secondary' | 'vocational'
  district: string
  location: { lat: number; lng: number }
  pupils: { gradeBand: GradeBand; count: number }[]
  devices: { kind: string; count: number }[]
}

export const SCHOOLS: SeedSchool[] = [
  {
    name: tri(
      'Esimerkkilän peruskoulu',
      'Exempelby grundskola',
      'Esimerkkilä Comprehensive School',
    ),
    kind: 'comprehensive',
    district: 'Keski-Helsinki',
    location: { lat: 60.1867, lng: 24.9526 },
    pupils: [
      { gradeBand: '1-2', count: 80 },
      { gradeBand: '3-6', count: 160 },
      { gradeBand: '7-9', count: 120 },
    ],
    devices: [
      { kind: 'laptop', count: 210 },
      { kind: 'tablet', count: 60 },
      { kind: 'robotics-kit', count: 12 },
    ],
  },
  {
    name: tri(
      'Merenrannan ala-aste (esimerkki)',
      'Havsstrandens lågstadium (exempel)',
      'Seaside Primary (example)',
    ),
    kind: 'comprehensive',
    district: 'Itä-Helsinki',
    location: { lat: 60.2097, lng: 25.1446 },
    pupils: [
      { gradeBand: '1-2', count: 60 },
      { gradeBand: '3-6', count: 130 },
    ],
    devices: [
      { kind: 'laptop', count: 70 },
      { kind: 'tablet', count: 40 },
    ],
  },
  {
    name: tri(
      'Kallion lukio (esimerkki)',
      'Berghälls gymnasium (exempel)',
      'Kallio Upper Secondary (example)',
    ),
    kind: 'upper-secondary',
    district: 'Keski-Helsinki',
    location: { lat: 60.1841, lng: 24.9491 },
    pupils: [{ gradeBand: 'upper-secondary', count: 450 }],
    devices: [
      { kind: 'laptop', count: 40 },
      { kind: 'vr-headset', count: 15 },
    ],
  },
  {
    name: tri(
      'Metsätähden päiväkoti (esimerkki)',
      'Skogsstjärnans daghem (exempel)',
      'Forest Star Day-care (example)',
    ),
    kind: 'early-education',
    district: 'Pohjois-Helsinki',
    location: { lat: 60.2302, lng: 24.9398 },
    pupils: [
      { gradeBand: 'early', count: 70 },
      { gradeBand: 'pre', count: 20 },
    ],
    devices: [{ kind: 'tablet', count: 12 }],
  },
]

export type SeedItem = {
  slug: string
  title: Tri
  summary: Tri
  body: Tri
  gradeBands: GradeBand[]
  subjects: string[]
  competences: string[]
  device: (typeof DEVICE_PROFILES)[number]['key']
}

export const PILOTS: (Omit<SeedItem, 'device' | 'gradeBands' | 'subjects'> & {
  schoolYear: string
  theme: Tri
  schools: number[]
})[] = [
  {
    slug: 'example-pilot-robotics',
    title: tri(
      'Robotiikkaa joka luokalle (esimerkkikokeilu)',
      'Robotik i varje klass (exempelförsök)',
      'Robotics in every class (example pilot)',
    ),
    summary: tri(
      'Kokeilu, jossa alakoulun oppilaat ohjelmoivat robotteja pienryhmissä.',
      'Ett försök där lågstadieelever programmerar robotar i smågrupper.',
      'A pilot in which primary pupils program robots in small groups.',
    ),
    body: tri(
      'Lukuvuonna 2016–17 käynnistetty kokeilu toi robottiohjelmoinnin kaikille vuosiluokille.',
      'Försöket som inleddes läsåret 2016–17 förde robotprogrammering till alla årskurser.',
      'Started in the school year 2016–17, the pilot brought robot programming to every grade.',
    ),
    competences: ['3.3', '6.5', 'L5'],
    schoolYear: '2016–17',
    theme: tri('Ohjelmointi', 'Programmering', 'Programming'),
    schools: [0, 1],
  },
  {
    slug: 'example-pilot-insights',
    title: tri(
      'Oivalluksia esiopetuksesta varhaiskasvatukseen (esimerkki)',
      'Insikter från förskoleundervisningen till småbarnspedagogiken (exempel)',
      'Insights from preschool to early education (example)',
    ),
    summary: tri(
      'Monilukutaitoa ja teknologian luontevaa käyttöä päiväkodeissa.',
      'Multilitteracitet och naturlig användning av teknik i daghem.',
      'Multiliteracy and the natural use of technology in day-care.',
    ),
    body: tri(
      'Henkilöstö kehitti yhdessä lasten kanssa tapoja lisätä lasten osallisuutta.',
      'Personalen utvecklade tillsammans med barnen sätt att öka barnens delaktighet.',
      "Staff and children developed ways to increase the children's participation together.",
    ),
    competences: ['L4', 'L7', '5.3'],
    schoolYear: '2016–17',
    theme: tri('Monilukutaito', 'Multilitteracitet', 'Multiliteracy'),
    schools: [3],
  },
  {
    slug: 'example-pilot-city-classroom',
    title: tri(
      'Kaupunki luokkahuoneena (esimerkkikokeilu)',
      'Staden som klassrum (exempelförsök)',
      'The city as a classroom (example pilot)',
    ),
    summary: tri(
      'Oppitunteja museoissa, kirjastoissa ja luontokohteissa.',
      'Lektioner i museer, bibliotek och naturområden.',
      'Lessons in museums, libraries and nature sites.',
    ),
    body: tri(
      'Koulut suunnittelivat oppimiskokonaisuuksia yhdessä museoiden ja kirjastojen kanssa.',
      'Skolorna planerade lärhelheter tillsammans med museer och bibliotek.',
      'Schools designed learning units together with museums and libraries.',
    ),
    competences: ['L2', 'L7', '3.4'],
    schoolYear: '2017–18',
    theme: tri('Oppimisympäristöt', 'Lärmiljöer', 'Learning environments'),
    schools: [0, 2],
  },
]

export const MODELS: (SeedItem & {
  places: string[]
  materials: string[]
  pilots: string[]
  durationMinutes: number
})[] = [
  {
    slug: 'example-robot-programming',
    title: tri(
      'Robottiohjelmointi alakoulussa',
      'Robotprogrammering i lågstadiet',
      'Robot programming in primary school',
    ),
    summary: tri(
      'Oppilaat ohjelmoivat pienryhmissä robotin kulkemaan radan ja kertovat ratkaisustaan.',
      'Eleverna programmerar i smågrupper en robot som kör en bana och berättar om sin lösning.',
      'In small groups, pupils program a robot to drive a course and explain their solution.',
    ),
    body: tri(
      'Aloita sanallisella ohjelmoinnilla ilman laitteita. Siirry sitten robotteihin: jokainen ryhmä suunnittelee, kokeilee ja korjaa. Lopuksi ryhmät esittelevät algoritminsa.',
      'Börja med programmering i ord utan enheter. Gå sedan över till robotarna: varje grupp planerar, testar och rättar. Till sist presenterar grupperna sina algoritmer.',
      'Start with unplugged programming in words. Then move to the robots: each group plans, tests and debugs. Finally the groups present their algorithms.',
    ),
    gradeBands: ['1-2', '3-6'],
    subjects: ['mathematics', 'multidisciplinary'],
    competences: ['3.3', '6.5', 'L1', 'L5'],
    device: 'robotics-groups',
    places: [],
    materials: ['example-scratch'],
    pilots: ['example-pilot-robotics'],
    durationMinutes: 90,
  },
  {
    slug: 'example-museum-investigation',
    title: tri('Tutkiva museovierailu', 'Undersökande museibesök', 'An investigative museum visit'),
    summary: tri(
      'Oppilaat dokumentoivat museossa esineitä tableteilla ja rakentavat niistä digitaalisen näyttelyn.',
      'Eleverna dokumenterar föremål i museet med surfplattor och bygger en digital utställning.',
      'Pupils document museum objects with tablets and build a digital exhibition from them.',
    ),
    body: tri(
      'Museoissa oppilaat valitsevat pareittain kolme esinettä, kuvaavat ne ja kirjoittavat niistä lyhyen tarinan. Koulussa tarinoista kootaan yhteinen verkkonäyttely.',
      'I museerna väljer eleverna parvis tre föremål, fotograferar dem och skriver en kort berättelse. I skolan samlas berättelserna till en gemensam webbutställning.',
      'In museums, pupils choose three objects in pairs, photograph them and write a short story about each. Back at school the stories become a shared online exhibition.',
    ),
    gradeBands: ['3-6', '7-9'],
    subjects: ['history', 'visual-arts'],
    competences: ['6.3', '3.3', 'L2', 'L4'],
    device: 'tablet-pairs',
    places: ['myhelsinki:883', 'myhelsinki:219'],
    materials: ['example-open-collections'],
    pilots: ['example-pilot-city-classroom'],
    durationMinutes: 180,
  },
  {
    slug: 'example-nature-data',
    title: tri(
      'Luontoaineiston keruu lähimetsässä',
      'Naturdata i närskogen',
      'Collecting nature data in the local forest',
    ),
    summary: tri(
      'Luokka kerää havaintoja puhelimilla ja analysoi ne taulukkolaskennalla.',
      'Klassen samlar observationer med telefoner och analyserar dem i kalkylblad.',
      'The class collects observations with phones and analyses them in a spreadsheet.',
    ),
    body: tri(
      'Oppilaat havainnoivat kasveja ja eläimiä ja tallentavat havainnot yhteiseen taulukkoon. Tuloksista piirretään kaavioita ja pohditaan luonnon monimuotoisuutta.',
      'Eleverna observerar växter och djur och sparar observationerna i ett gemensamt kalkylblad. Av resultaten ritas diagram och den biologiska mångfalden diskuteras.',
      'Pupils observe plants and animals and record their observations in a shared sheet. They chart the results and discuss biodiversity.',
    ),
    gradeBands: ['7-9'],
    subjects: ['biology', 'mathematics'],
    competences: ['4.2', '6.1', 'L7'],
    device: 'one-laptop-each',
    places: [],
    materials: [],
    pilots: [],
    durationMinutes: 120,
  },
  {
    slug: 'example-library-media-literacy',
    title: tri(
      'Medialukutaitoa kirjastossa',
      'Mediekunnighet på biblioteket',
      'Media literacy at the library',
    ),
    summary: tri(
      'Oppilaat tunnistavat valeuutisia ja vertailevat lähteitä kirjaston tietokannoissa.',
      'Eleverna känner igen falska nyheter och jämför källor i bibliotekets databaser.',
      "Pupils spot fake news and compare sources in the library's databases.",
    ),
    body: tri(
      'Kirjaston informaatikko ohjaa lähdekritiikin harjoituksia. Oppilaat etsivät saman uutisen kolmesta lähteestä ja arvioivat niiden luotettavuutta.',
      'Bibliotekets informatiker leder övningar i källkritik. Eleverna söker samma nyhet i tre källor och bedömer deras trovärdighet.',
      "The library's information specialist leads source-criticism exercises. Pupils find the same news in three sources and judge their reliability.",
    ),
    gradeBands: ['7-9', 'upper-secondary'],
    subjects: ['finnish', 'social-studies'],
    competences: ['6.1', '6.4', 'L4'],
    device: 'three-laptops-per-four',
    places: [],
    materials: ['example-open-collections'],
    pilots: ['example-pilot-city-classroom'],
    durationMinutes: 75,
  },
  {
    slug: 'example-story-crafting',
    title: tri(
      'Sadutus ja digitarinat',
      'Sagostund och digitala berättelser',
      'Story crafting and digital stories',
    ),
    summary: tri(
      'Lapset kertovat tarinan, jonka aikuinen kirjaa, ja kuvittavat sen tabletilla.',
      'Barnen berättar en saga som en vuxen skriver ner, och illustrerar den med surfplattan.',
      'Children tell a story that an adult writes down, and illustrate it on a tablet.',
    ),
    body: tri(
      'Sadutus vahvistaa lapsen osallisuutta. Yhdessä kuvitettu tarina tallennetaan ja jaetaan huoltajille.',
      'Sagostunden stärker barnets delaktighet. Den gemensamt illustrerade sagan sparas och delas med vårdnadshavarna.',
      "Story crafting strengthens the child's participation. The illustrated story is saved and shared with guardians.",
    ),
    gradeBands: ['early', 'pre'],
    subjects: ['multidisciplinary'],
    competences: ['5.3', 'L2', 'L4'],
    device: 'tablet-pairs',
    places: [],
    materials: [],
    pilots: ['example-pilot-insights'],
    durationMinutes: 45,
  },
  {
    slug: 'example-flipped-classroom',
    title: tri(
      'Käänteinen luokkahuone matematiikassa',
      'Flippat klassrum i matematik',
      'Flipped classroom in mathematics',
    ),
    summary: tri(
      'Opettaja tekee lyhyet opetusvideot; tunnilla harjoitellaan ja ohjataan yksilöllisesti.',
      'Läraren gör korta undervisningsvideor; lektionen används för övning och individuell handledning.',
      'The teacher records short videos; lesson time goes to practice and individual guidance.',
    ),
    body: tri(
      'Oppilaat katsovat videon kotona ja vastaavat kolmeen kysymykseen. Tunnilla opettaja ryhmittelee oppilaat vastausten perusteella.',
      'Eleverna ser videon hemma och svarar på tre frågor. På lektionen grupperar läraren eleverna utifrån svaren.',
      'Pupils watch the video at home and answer three questions. In class the teacher groups them by their answers.',
    ),
    gradeBands: ['7-9', 'upper-secondary'],
    subjects: ['mathematics'],
    competences: ['3.1', '3.2', '5.2', '4.3'],
    device: 'one-laptop-each',
    places: [],
    materials: ['example-geogebra'],
    pilots: [],
    durationMinutes: 45,
  },
]

export const MATERIALS: (SeedItem & {
  resourceType: string
  url: string
  provider: string
  licence: string
  cost: string
  languages: string[]
  accessibility: string[]
})[] = [
  {
    slug: 'example-scratch',
    title: tri(
      'Scratch-ohjelmointiympäristö',
      'Programmeringsmiljön Scratch',
      'Scratch programming environment',
    ),
    summary: tri(
      'Lohkopohjainen ohjelmointiympäristö lapsille.',
      'En blockbaserad programmeringsmiljö för barn.',
      'A block-based programming environment for children.',
    ),
    body: tri(
      'Maksuton, selaimessa toimiva ohjelmointiympäristö.',
      'En gratis programmeringsmiljö som fungerar i webbläsaren.',
      'A free programming environment that runs in the browser.',
    ),
    gradeBands: ['1-2', '3-6', '7-9'],
    subjects: ['mathematics', 'multidisciplinary'],
    competences: ['6.3', '6.5', 'L5'],
    device: 'laptop-pairs',
    resourceType: 'application',
    url: 'https://scratch.mit.edu/',
    provider: 'MIT Media Lab',
    licence: 'proprietary',
    cost: 'free',
    languages: ['fi', 'sv', 'en'],
    accessibility: ['keyboard-navigation'],
  },
  {
    slug: 'example-geogebra',
    title: tri(
      'GeoGebra-matematiikkaohjelma',
      'Matematikprogrammet GeoGebra',
      'GeoGebra mathematics software',
    ),
    summary: tri(
      'Dynaaminen geometria-, algebra- ja laskentaohjelma.',
      'Ett dynamiskt program för geometri, algebra och analys.',
      'Dynamic software for geometry, algebra and calculus.',
    ),
    body: tri(
      'Toimii selaimessa ja sovelluksena.',
      'Fungerar i webbläsaren och som app.',
      'Runs in the browser and as an app.',
    ),
    gradeBands: ['7-9', 'upper-secondary'],
    subjects: ['mathematics'],
    competences: ['2.1', 'L5'],
    device: 'one-laptop-each',
    resourceType: 'tool',
    url: 'https://www.geogebra.org/',
    provider: 'GeoGebra',
    licence: 'proprietary',
    cost: 'free',
    languages: ['fi', 'sv', 'en'],
    accessibility: ['screen-reader'],
  },
  {
    slug: 'example-open-collections',
    title: tri('Avoimet museokokoelmat', 'Öppna museisamlingar', 'Open museum collections'),
    summary: tri(
      'Vapaasti käytettäviä kuvia museoiden kokoelmista opetukseen.',
      'Fritt användbara bilder ur museernas samlingar för undervisning.',
      'Freely usable images from museum collections for teaching.',
    ),
    body: tri(
      'Kuvat on lisensoitu CC BY 4.0 -lisenssillä.',
      'Bilderna är licensierade under CC BY 4.0.',
      'The images are licensed under CC BY 4.0.',
    ),
    gradeBands: ['3-6', '7-9', 'upper-secondary'],
    subjects: ['history', 'visual-arts'],
    competences: ['2.1', '2.3', 'L2'],
    device: 'tablet-pairs',
    resourceType: 'dataset',
    url: 'https://www.finna.fi/',
    provider: 'Finna',
    licence: 'cc-by',
    cost: 'free',
    languages: ['fi', 'sv', 'en'],
    accessibility: ['alternative-text'],
  },
  {
    slug: 'example-math-videos',
    title: tri(
      'Matematiikan opetusvideot',
      'Undervisningsvideor i matematik',
      'Mathematics teaching videos',
    ),
    summary: tri(
      'Lyhyitä tekstitettyjä videoita yläkoulun matematiikkaan.',
      'Korta textade videor i högstadiets matematik.',
      'Short captioned videos for lower-secondary mathematics.',
    ),
    body: tri(
      'Videot sopivat käänteiseen opetukseen.',
      'Videorna passar för flippat lärande.',
      'The videos suit flipped learning.',
    ),
    gradeBands: ['7-9'],
    subjects: ['mathematics'],
    competences: ['3.1', '5.2'],
    device: 'class-display',
    resourceType: 'video',
    url: 'https://example.org/math-videos',
    provider: 'Esimerkkilän opettajat',
    licence: 'cc-by-sa',
    cost: 'free',
    languages: ['fi'],
    accessibility: ['captions', 'transcript'],
  },
  {
    slug: 'example-city-licensed-ebooks',
    title: tri(
      'Kaupungin lisensoimat e-oppikirjat',
      'E-läroböcker med stadens licens',
      'City-licensed e-textbooks',
    ),
    summary: tri(
      'Sähköiset oppikirjat, joihin kaupungilla on lisenssi.',
      'Elektroniska läroböcker som staden har licens för.',
      'Electronic textbooks the city holds a licence for.',
    ),
    body: tri(
      'Käyttö edellyttää kirjautumista kaupungin tunnuksilla.',
      'Användningen kräver inloggning med stadens konto.',
      'Use requires signing in with a city account.',
    ),
    gradeBands: ['3-6', '7-9'],
    subjects: ['finnish', 'environmental-studies'],
    competences: ['2.1'],
    device: 'three-laptops-per-four',
    resourceType: 'e-book',
    url: 'https://example.org/ebooks',
    provider: 'Esimerkkikustannus',
    licence: 'proprietary',
    cost: 'city-licensed',
    languages: ['fi', 'sv'],
    accessibility: ['adjustable-text'],
  },
  {
    slug: 'example-vr-nature',
    title: tri(
      'Virtuaaliretki Itämeren pohjaan',
      'Virtuell utflykt till Östersjöns botten',
      'A virtual dive to the Baltic seabed',
    ),
    summary: tri(
      'VR-elämys Itämeren ekosysteemistä.',
      'En VR-upplevelse av Östersjöns ekosystem.',
      'A VR experience of the Baltic Sea ecosystem.',
    ),
    body: tri(
      'Sopii biologian ja maantiedon opetukseen.',
      'Passar för biologi och geografi.',
      'Suits biology and geography.',
    ),
    gradeBands: ['7-9', 'upper-secondary'],
    subjects: ['biology', 'geography'],
    competences: ['L7'],
    device: 'one-laptop-each',
    resourceType: 'simulation',
    url: 'https://example.org/baltic-vr',
    provider: 'Esimerkkistudio',
    licence: 'proprietary',
    cost: 'paid',
    languages: ['fi', 'en'],
    accessibility: [],
  },
]

export const DEMO_USERS = [
  {
    email: 'admin@example.org',
    name: 'Aino Admin',
    roles: ['admin'],
    password: 'learning-city-admin',
  },
  {
    email: 'editor@example.org',
    name: 'Eero Editor',
    roles: ['editor'],
    password: 'learning-city-editor',
  },
  {
    email: 'expert@example.org',
    name: 'Elina Expert',
    roles: ['expert'],
    password: 'learning-city-expert',
  },
  {
    email: 'teacher@example.org',
    name: 'Teemu Teacher',
    roles: ['teacher'],
    password: 'learning-city-teacher',
  },
] as const
