import frameworks from './data/frameworks.json' with { type: 'json' }

/** One competence area as seeded: English from the source, fi/sv as marked translations. */
export type SeedCompetence = {
  framework: 'digcompedu' | 'transversal'
  code: string
  parentCode?: string
  name: { fi: string; sv: string; en: string }
  isTranslation: boolean
}

// The project's own translations of DigCompEdu (isTranslation is set on every one of them).
const digcompeduFiSv: Record<string, [fi: string, sv: string]> = {
  '1': ['Ammatillinen sitoutuminen', 'Professionellt engagemang'],
  '1.1': ['Organisaation viestintä', 'Organisatorisk kommunikation'],
  '1.2': ['Ammatillinen yhteistyö', 'Professionellt samarbete'],
  '1.3': ['Reflektoiva käytäntö', 'Reflekterande praktik'],
  '1.4': ['Digitaalinen täydennyskoulutus', 'Digital kompetensutveckling'],
  '2': ['Digitaaliset resurssit', 'Digitala resurser'],
  '2.1': ['Digitaalisten resurssien valinta', 'Att välja digitala resurser'],
  '2.2': [
    'Digitaalisten resurssien luominen ja muokkaaminen',
    'Att skapa och bearbeta digitala resurser',
  ],
  '2.3': [
    'Digitaalisten resurssien hallinta, suojaaminen ja jakaminen',
    'Att hantera, skydda och dela digitala resurser',
  ],
  '3': ['Opetus ja oppiminen', 'Undervisning och lärande'],
  '3.1': ['Opettaminen', 'Undervisning'],
  '3.2': ['Ohjaus', 'Handledning'],
  '3.3': ['Yhteisöllinen oppiminen', 'Kollaborativt lärande'],
  '3.4': ['Itseohjautuva oppiminen', 'Självreglerat lärande'],
  '4': ['Arviointi', 'Bedömning'],
  '4.1': ['Arviointistrategiat', 'Bedömningsstrategier'],
  '4.2': ['Näytön analysointi', 'Att analysera belägg'],
  '4.3': ['Palaute ja suunnittelu', 'Återkoppling och planering'],
  '5': ['Oppijoiden voimaannuttaminen', 'Att stärka eleverna'],
  '5.1': ['Saavutettavuus ja osallisuus', 'Tillgänglighet och inkludering'],
  '5.2': ['Eriyttäminen ja yksilöllistäminen', 'Differentiering och individanpassning'],
  '5.3': ['Oppijoiden aktiivinen osallistaminen', 'Att aktivt engagera eleverna'],
  '6': ['Oppijoiden digitaalisen osaamisen edistäminen', 'Att främja elevernas digitala kompetens'],
  '6.1': ['Informaatio- ja medialukutaito', 'Informations- och mediekunnighet'],
  '6.2': ['Digitaalinen viestintä ja yhteistyö', 'Digital kommunikation och samarbete'],
  '6.3': ['Digitaalisen sisällön tuottaminen', 'Att skapa digitalt innehåll'],
  '6.4': ['Vastuullinen käyttö', 'Ansvarsfull användning'],
  '6.5': ['Digitaalinen ongelmanratkaisu', 'Digital problemlösning'],
}

// Swedish names of L1–L7 as the Swedish-language core curriculum words them (K1–K7 there).
const transversalSv: Record<string, string> = {
  L1: 'Förmåga att tänka och lära sig',
  L2: 'Kulturell och kommunikativ kompetens samt förmåga att uttrycka sig',
  L3: 'Vardagskompetens och förmåga att ta hand om sig själv',
  L4: 'Multilitteracitet',
  L5: 'Digital kompetens',
  L6: 'Arbetslivskompetens och entreprenörskap',
  L7: 'Förmåga att delta, påverka och bidra till en hållbar framtid',
}

const translated = (code: string, en: string) => {
  const [fi, sv] = digcompeduFiSv[code] ?? [en, en]
  return { fi, sv, en }
}

/** Every seeded competence area, parents before children. */
export const seedCompetences = (): SeedCompetence[] => [
  ...frameworks.digcompedu.areas.flatMap((area) => [
    {
      framework: 'digcompedu' as const,
      code: area.code,
      name: translated(area.code, area.name),
      isTranslation: true,
    },
    ...area.competences.map((c) => ({
      framework: 'digcompedu' as const,
      code: c.code,
      parentCode: area.code,
      name: translated(c.code, c.name),
      isTranslation: true,
    })),
  ]),
  ...frameworks.transversalCompetences.items.map((item) => ({
    framework: 'transversal' as const,
    code: item.code,
    name: { fi: item.fi, sv: transversalSv[item.code] ?? item.en, en: item.en },
    isTranslation: true,
  })),
]
