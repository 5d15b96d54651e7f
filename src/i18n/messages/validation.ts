/**
 * Field validation, hook refusals and upload checks, as the REST API and the admin show them.
 * As in `api.ts`, the code writes the English and the lookup translates it; `{name}` matches text.
 */
const en = {
  webAddress: 'Must be a web address',
  httpScheme: 'Must start with http:// or https://',
  webAddressExample: 'Must be a web address such as https://example.org',
  numberBetween: '{field} must be a number between {min} and {max}',
  onlyOnce: 'Each {thing} may appear only once',
  competenceOnlyOnce: 'Each competence may appear only once',
  requiredForPlace: 'Required for this kind of place',
  sessionEnd: 'A session must end after it starts',
  schoolYear: 'School year must look like 2016–17',
  schoolYearOrder: 'The second year must follow the first, as in 2016–17',
  competenceCodeShape: 'Code must be 1–16 letters, digits, dots or dashes, such as 3.1 or L5',
  ratingWhole: 'The rating must be a whole number from 1 to 5',
  assessedOnce: 'Each competence may be assessed only once.',
  notAssessable: 'This is not a teacher competence that can be assessed.',
  trainersExperts: 'Every trainer must be an expert teacher.',
  ratingNeedsTeacher: 'A rating needs a signed-in teacher.',
  chooseRated: 'Choose the model, material, learning environment or pilot to rate.',
  publishedOnly: 'Only published items can be rated.',
  alreadyRated: 'You have already rated this item; change your earlier rating instead.',
  unknownField: 'Unknown field "{path}".',
  publishDenied: 'Only editors and admins can publish.',
  unpublishDenied: 'Only editors and admins can unpublish.',
  restoreDenied: 'Only editors and admins can restore a version; restore it as a draft.',
  svgRefused:
    'SVG files are not accepted because they can carry scripts. Upload PNG, JPEG or WebP.',
  notAcceptedType: 'The file is not a PNG, JPEG, WebP or PDF file, whatever its name says.',
  declaredType: 'The file content is {type} but it was sent as {declared}.',
  extensionType: 'The file name ends in .{extension} but the content is {type}.',
  polyglot: 'The file is not a plain {type} file: it carries another file or markup.',
  activePdf: 'PDF files with JavaScript or other active content are not accepted.',
  tooManyPixels: 'The image has more than {megapixels} megapixels.',
  unreadableImage: 'The {type} image could not be read.',
}

export type ValidationMessages = typeof en

const fi: ValidationMessages = {
  webAddress: 'On oltava verkko-osoite',
  httpScheme: 'On alettava http:// tai https://',
  webAddressExample: 'On oltava verkko-osoite, esimerkiksi https://example.org',
  numberBetween: '{field}: on oltava luku väliltä {min}–{max}',
  onlyOnce: 'Sama arvo ({thing}) saa esiintyä vain kerran',
  competenceOnlyOnce: 'Kukin osaaminen saa esiintyä vain kerran',
  requiredForPlace: 'Pakollinen tämän paikkatyypin kanssa',
  sessionEnd: 'Kerran on päätyttävä alkamisensa jälkeen',
  schoolYear: 'Lukuvuoden on oltava muotoa 2016–17',
  schoolYearOrder: 'Jälkimmäisen vuoden on seurattava ensimmäistä, kuten 2016–17',
  competenceCodeShape:
    'Koodissa on oltava 1–16 kirjainta, numeroa, pistettä tai viivaa, esimerkiksi 3.1 tai L5',
  ratingWhole: 'Arvion on oltava kokonaisluku 1–5',
  assessedOnce: 'Kunkin osaamisen voi arvioida vain kerran.',
  notAssessable: 'Tämä ei ole arvioitava opettajan osaaminen.',
  trainersExperts: 'Jokaisen kouluttajan on oltava asiantuntijaopettaja.',
  ratingNeedsTeacher: 'Arvio vaatii kirjautuneen opettajan.',
  chooseRated: 'Valitse arvioitava malli, materiaali, oppimisympäristö tai pilotti.',
  publishedOnly: 'Vain julkaistuja kohteita voi arvioida.',
  alreadyRated: 'Olet jo arvioinut tämän kohteen; muuta aiempaa arviotasi.',
  unknownField: 'Tuntematon kenttä "{path}".',
  publishDenied: 'Vain päätoimittajat ja ylläpitäjät voivat julkaista.',
  unpublishDenied: 'Vain päätoimittajat ja ylläpitäjät voivat perua julkaisun.',
  restoreDenied:
    'Vain päätoimittajat ja ylläpitäjät voivat palauttaa version; palauta se luonnoksena.',
  svgRefused:
    'SVG-tiedostoja ei hyväksytä, koska niissä voi olla skriptejä. Lataa PNG, JPEG tai WebP.',
  notAcceptedType: 'Tiedosto ei ole PNG-, JPEG-, WebP- tai PDF-tiedosto, sanoi nimi mitä tahansa.',
  declaredType: 'Tiedoston sisältö on {type}, mutta se lähetettiin tyyppinä {declared}.',
  extensionType: 'Tiedostonimen pääte on .{extension}, mutta sisältö on {type}.',
  polyglot: 'Tiedosto ei ole pelkkä {type}-tiedosto: siinä on toinen tiedosto tai merkintäkieltä.',
  activePdf: 'PDF-tiedostoja, joissa on JavaScriptiä tai muuta aktiivista sisältöä, ei hyväksytä.',
  tooManyPixels: 'Kuvassa on yli {megapixels} megapikseliä.',
  unreadableImage: '{type}-kuvaa ei voitu lukea.',
}

const sv: ValidationMessages = {
  webAddress: 'Måste vara en webbadress',
  httpScheme: 'Måste börja med http:// eller https://',
  webAddressExample: 'Måste vara en webbadress, till exempel https://example.org',
  numberBetween: '{field}: måste vara ett tal mellan {min} och {max}',
  onlyOnce: 'Samma värde ({thing}) får förekomma bara en gång',
  competenceOnlyOnce: 'Varje kompetens får förekomma bara en gång',
  requiredForPlace: 'Obligatoriskt för den här typen av plats',
  sessionEnd: 'Ett tillfälle måste sluta efter att det börjat',
  schoolYear: 'Läsåret måste skrivas som 2016–17',
  schoolYearOrder: 'Det andra året måste följa på det första, som i 2016–17',
  competenceCodeShape:
    'Koden måste ha 1–16 bokstäver, siffror, punkter eller streck, till exempel 3.1 eller L5',
  ratingWhole: 'Betyget måste vara ett heltal från 1 till 5',
  assessedOnce: 'Varje kompetens kan bedömas bara en gång.',
  notAssessable: 'Det här är ingen lärarkompetens som kan bedömas.',
  trainersExperts: 'Varje utbildare måste vara en expertlärare.',
  ratingNeedsTeacher: 'Ett betyg kräver en inloggad lärare.',
  chooseRated:
    'Välj den modell, det material, den lärmiljö eller det pilotprojekt som ska bedömas.',
  publishedOnly: 'Bara publicerade objekt kan betygsättas.',
  alreadyRated: 'Du har redan betygsatt det här objektet; ändra ditt tidigare betyg i stället.',
  unknownField: 'Okänt fält "{path}".',
  publishDenied: 'Bara redaktörer och administratörer kan publicera.',
  unpublishDenied: 'Bara redaktörer och administratörer kan avpublicera.',
  restoreDenied:
    'Bara redaktörer och administratörer kan återställa en version; återställ den som utkast.',
  svgRefused:
    'SVG-filer tas inte emot eftersom de kan innehålla skript. Ladda upp PNG, JPEG eller WebP.',
  notAcceptedType: 'Filen är ingen PNG-, JPEG-, WebP- eller PDF-fil, vad namnet än säger.',
  declaredType: 'Filens innehåll är {type} men den skickades som {declared}.',
  extensionType: 'Filnamnet slutar på .{extension} men innehållet är {type}.',
  polyglot: 'Filen är ingen ren {type}-fil: den bär på en annan fil eller märkspråk.',
  activePdf: 'PDF-filer med JavaScript eller annat aktivt innehåll tas inte emot.',
  tooManyPixels: 'Bilden har fler än {megapixels} megapixlar.',
  unreadableImage: '{type}-bilden kunde inte läsas.',
}

export const validation = { en, fi, sv }
