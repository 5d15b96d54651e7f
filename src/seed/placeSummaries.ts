import type { Locale } from '../localization.js'

/**
 * Short descriptions for a few of the seeded places (the MyHelsinki data has names only), written
 * the way the places describe themselves, so that search has running text to analyse: inflected
 * words (`luontopolut`), compounds and Swedish and English equivalents. Keyed by source id.
 */
export const PLACE_SUMMARIES: Record<string, Record<Locale, string>> = {
  'myhelsinki:364': {
    fi: 'Luontopolut kulkevat kallioiden ja lintuluotojen ohi; luontokoulu opastaa luokkia.',
    sv: 'Naturstigarna går förbi klippor och fågelskär; naturskolan guidar klasser.',
    en: 'The nature trails pass cliffs and bird islets; the nature school guides classes.',
  },
  'myhelsinki:2137': {
    fi: 'Luontonäyttely ja Nuuksion luontopolut; opastettuja kierroksia koululaisryhmille.',
    sv: 'Naturutställning och Noux naturstigar; guidade turer för skolgrupper.',
    en: 'A nature exhibition and the Nuuksio nature trails; guided tours for school groups.',
  },
  'myhelsinki:755': {
    fi: 'Pitkospuut ja luontopolku ruovikon halki; lintutorni Vanhankaupunginlahdella.',
    sv: 'Spångar och en naturstig genom vassen; fågeltorn vid Gammelstadsviken.',
    en: 'Duckboards and a nature trail through the reeds; a bird tower on the bay.',
  },
  'myhelsinki:2940': {
    fi: 'Puulajien kokoelma ja luontopolkuja; sopii biologian ja maantiedon tunneille.',
    sv: 'En samling trädarter och naturstigar; passar lektioner i biologi och geografi.',
    en: 'A collection of tree species and nature trails; suits biology and geography lessons.',
  },
  'myhelsinki:83': {
    fi: 'Saari, jossa on ulkomuseo, rantoja ja luontopolku; oravat ja linnut ovat kesyjä.',
    sv: 'En ö med friluftsmuseum, stränder och en naturstig; ekorrarna och fåglarna är tama.',
    en: 'An island with an open-air museum, beaches and a nature trail; the squirrels are tame.',
  },
  'myhelsinki:1342': {
    fi: 'Moderni puukirkko Viikissä; arkkitehtuuria ja puurakentamista.',
    sv: 'En modern träkyrka i Vik; arkitektur och träbyggande.',
    en: 'A modern wooden church in Viikki; architecture and building in wood.',
  },
}
