import { option } from './labels.js'

/**
 * The controlled vocabularies shared by the content model, the search filters and the open
 * interfaces. Values are stable identifiers; labels are for people.
 */
export const GRADE_BANDS = [
  'early',
  'pre',
  '1-2',
  '3-6',
  '7-9',
  'upper-secondary',
  'vocational',
] as const
export type GradeBand = (typeof GRADE_BANDS)[number]

export const gradeBandOptions = [
  option('early', 'Early education', 'Varhaiskasvatus', 'Småbarnspedagogik'),
  option('pre', 'Pre-primary', 'Esiopetus', 'Förskoleundervisning'),
  option('1-2', 'Grades 1–2', 'Vuosiluokat 1–2', 'Årskurs 1–2'),
  option('3-6', 'Grades 3–6', 'Vuosiluokat 3–6', 'Årskurs 3–6'),
  option('7-9', 'Grades 7–9', 'Vuosiluokat 7–9', 'Årskurs 7–9'),
  option('upper-secondary', 'Upper secondary', 'Lukio', 'Gymnasium'),
  option('vocational', 'Vocational', 'Ammatillinen koulutus', 'Yrkesutbildning'),
]

export const SUBJECTS = [
  'finnish',
  'swedish',
  'english',
  'other-languages',
  'mathematics',
  'environmental-studies',
  'biology',
  'geography',
  'physics',
  'chemistry',
  'health',
  'history',
  'social-studies',
  'religion-ethics',
  'music',
  'visual-arts',
  'crafts',
  'physical-education',
  'home-economics',
  'guidance',
  'multidisciplinary',
] as const

export const subjectOptions = [
  option(
    'finnish',
    'Finnish language and literature',
    'Äidinkieli ja kirjallisuus',
    'Finska och litteratur',
  ),
  option('swedish', 'Swedish', 'Ruotsi', 'Svenska'),
  option('english', 'English', 'Englanti', 'Engelska'),
  option('other-languages', 'Other languages', 'Muut kielet', 'Andra språk'),
  option('mathematics', 'Mathematics', 'Matematiikka', 'Matematik'),
  option('environmental-studies', 'Environmental studies', 'Ympäristöoppi', 'Omgivningslära'),
  option('biology', 'Biology', 'Biologia', 'Biologi'),
  option('geography', 'Geography', 'Maantieto', 'Geografi'),
  option('physics', 'Physics', 'Fysiikka', 'Fysik'),
  option('chemistry', 'Chemistry', 'Kemia', 'Kemi'),
  option('health', 'Health education', 'Terveystieto', 'Hälsokunskap'),
  option('history', 'History', 'Historia', 'Historia'),
  option('social-studies', 'Social studies', 'Yhteiskuntaoppi', 'Samhällslära'),
  option(
    'religion-ethics',
    'Religion and ethics',
    'Uskonto ja elämänkatsomustieto',
    'Religion och livsåskådning',
  ),
  option('music', 'Music', 'Musiikki', 'Musik'),
  option('visual-arts', 'Visual arts', 'Kuvataide', 'Bildkonst'),
  option('crafts', 'Crafts', 'Käsityö', 'Slöjd'),
  option('physical-education', 'Physical education', 'Liikunta', 'Gymnastik'),
  option('home-economics', 'Home economics', 'Kotitalous', 'Huslig ekonomi'),
  option('guidance', 'Student guidance', 'Oppilaanohjaus', 'Elevhandledning'),
  option('multidisciplinary', 'Multidisciplinary', 'Monialainen', 'Mångvetenskaplig'),
]

export const LICENCES = [
  'cc-by',
  'cc-by-sa',
  'cc-by-nc',
  'cc-by-nc-sa',
  'cc-by-nd',
  'cc-by-nc-nd',
  'cc0',
  'proprietary',
] as const
export type Licence = (typeof LICENCES)[number]

export const licenceOptions = [
  option('cc-by', 'CC BY 4.0', 'CC BY 4.0', 'CC BY 4.0'),
  option('cc-by-sa', 'CC BY-SA 4.0', 'CC BY-SA 4.0', 'CC BY-SA 4.0'),
  option('cc-by-nc', 'CC BY-NC 4.0', 'CC BY-NC 4.0', 'CC BY-NC 4.0'),
  option('cc-by-nc-sa', 'CC BY-NC-SA 4.0', 'CC BY-NC-SA 4.0', 'CC BY-NC-SA 4.0'),
  option('cc-by-nd', 'CC BY-ND 4.0', 'CC BY-ND 4.0', 'CC BY-ND 4.0'),
  option('cc-by-nc-nd', 'CC BY-NC-ND 4.0', 'CC BY-NC-ND 4.0', 'CC BY-NC-ND 4.0'),
  option('cc0', 'CC0 (public domain)', 'CC0 (vapaa käyttö)', 'CC0 (fri användning)'),
  option('proprietary', 'Proprietary', 'Suljettu lisenssi', 'Proprietär licens'),
]

/** Canonical licence URLs, for the open interfaces. */
export const licenceUrl: Record<Licence, string | null> = {
  'cc-by': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc-by-nc': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'cc-by-nc-sa': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  'cc-by-nd': 'https://creativecommons.org/licenses/by-nd/4.0/',
  'cc-by-nc-nd': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  cc0: 'https://creativecommons.org/publicdomain/zero/1.0/',
  proprietary: null,
}

export const DEVICE_KINDS = [
  'laptop',
  'tablet',
  'interactive-display',
  'phone',
  'robotics-kit',
  'vr-headset',
  'camera',
  'microcontroller',
] as const
export type DeviceKind = (typeof DEVICE_KINDS)[number]

export const deviceKindOptions = [
  option('laptop', 'Laptop', 'Kannettava tietokone', 'Bärbar dator'),
  option('tablet', 'Tablet', 'Tabletti', 'Surfplatta'),
  option('interactive-display', 'Interactive display', 'Kosketusnäyttö', 'Interaktiv skärm'),
  option('phone', 'Phone', 'Puhelin', 'Telefon'),
  option('robotics-kit', 'Robotics kit', 'Robotiikkasarja', 'Robotiksats'),
  option('vr-headset', 'VR headset', 'VR-lasit', 'VR-glasögon'),
  option('camera', 'Camera', 'Kamera', 'Kamera'),
  option('microcontroller', 'Microcontroller board', 'Mikrokontrolleri', 'Mikrokontroller'),
]

export const accessibilityOptions = [
  option('captions', 'Captions', 'Tekstitys', 'Textning'),
  option('transcript', 'Transcript', 'Tekstivastine', 'Transkription'),
  option('audio-description', 'Audio description', 'Kuvailutulkkaus', 'Syntolkning'),
  option(
    'alternative-text',
    'Alternative text for images',
    'Kuvien tekstivastineet',
    'Alternativtext för bilder',
  ),
  option(
    'keyboard-navigation',
    'Keyboard navigation',
    'Näppäimistökäyttö',
    'Tangentbordsnavigering',
  ),
  option('screen-reader', 'Screen reader support', 'Ruudunlukijatuki', 'Stöd för skärmläsare'),
  option(
    'adjustable-text',
    'Adjustable text size',
    'Säädettävä tekstikoko',
    'Justerbar textstorlek',
  ),
  option('easy-language', 'Easy language', 'Selkokieli', 'Lättläst'),
  option('sign-language', 'Sign language', 'Viittomakieli', 'Teckenspråk'),
  option('step-free-access', 'Step-free access', 'Esteetön kulku', 'Tillgänglig entré'),
  option('accessible-toilet', 'Accessible toilet', 'Esteetön WC', 'Tillgänglig toalett'),
  option('induction-loop', 'Induction loop', 'Induktiosilmukka', 'Hörslinga'),
]

export const languageOptions = [
  option('fi', 'Finnish', 'Suomi', 'Finska'),
  option('sv', 'Swedish', 'Ruotsi', 'Svenska'),
  option('en', 'English', 'Englanti', 'Engelska'),
  option('other', 'Other', 'Muu', 'Annat'),
]

export const ENVIRONMENT_KINDS = [
  'museum',
  'gallery',
  'library',
  'park',
  'nature-site',
  'science-centre',
  'culture-centre',
  'theatre',
  'sports',
  'company',
  'university',
  'island',
  'architecture',
  'other',
] as const
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[number]

export const environmentKindOptions = [
  option('museum', 'Museum', 'Museo', 'Museum'),
  option('gallery', 'Gallery', 'Galleria', 'Galleri'),
  option('library', 'Library', 'Kirjasto', 'Bibliotek'),
  option('park', 'Park', 'Puisto', 'Park'),
  option('nature-site', 'Nature site', 'Luontokohde', 'Naturområde'),
  option('science-centre', 'Science centre', 'Tiedekeskus', 'Vetenskapscenter'),
  option('culture-centre', 'Culture centre', 'Kulttuurikeskus', 'Kulturcentrum'),
  option(
    'theatre',
    'Theatre or concert venue',
    'Teatteri tai konserttisali',
    'Teater eller konsertsal',
  ),
  option('sports', 'Sports venue', 'Liikuntapaikka', 'Idrottsplats'),
  option('company', 'Company', 'Yritys', 'Företag'),
  option('university', 'University', 'Yliopisto', 'Universitet'),
  option('island', 'Island', 'Saari', 'Ö'),
  option(
    'architecture',
    'Architecture and landmarks',
    'Arkkitehtuuri ja maamerkit',
    'Arkitektur och landmärken',
  ),
  option('other', 'Other', 'Muu', 'Annat'),
]

export const costOptions = [
  option('free', 'Free', 'Maksuton', 'Gratis'),
  option('paid', 'Paid', 'Maksullinen', 'Avgiftsbelagd'),
  option('city-licensed', 'City-licensed', 'Kaupungin lisenssi', 'Stadens licens'),
]

export const REVIEW_STATUSES = ['draft', 'in-review', 'changes-requested', 'published'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** Review states an expert may set; the others belong to editors. */
export const EXPERT_REVIEW_STATUSES: readonly ReviewStatus[] = ['draft', 'in-review']
