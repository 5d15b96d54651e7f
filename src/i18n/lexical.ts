/**
 * Finnish for the Lexical rich-text editor. The editor keeps its own strings apart from Payload's
 * (`@payloadcms/richtext-lexical`: `general` plus one object per feature key) and merges them into
 * `config.i18n.translations[lang].lexical`; these cover every feature it ships, enabled or not.
 */
export const lexicalFi = {
  general: {
    placeholder: 'Aloita kirjoittaminen tai avaa komennot painamalla ”/”...',
    slashMenuBasicGroupLabel: 'Perusosat',
    slashMenuListGroupLabel: 'Luettelot',
    toolbarItemsActive: '{{count}} käytössä',
  },
  align: {
    alignCenterLabel: 'Keskitä',
    alignJustifyLabel: 'Tasaa molemmat reunat',
    alignLeftLabel: 'Tasaa vasemmalle',
    alignRightLabel: 'Tasaa oikealle',
  },
  blockquote: { label: 'Lainaus' },
  blocks: {
    inlineBlocks: {
      create: 'Luo {{label}}',
      edit: 'Muokkaa: {{label}}',
      label: 'Tekstinsisäiset lohkot',
      remove: 'Poista {{label}}',
    },
    label: 'Lohkot',
  },
  checklist: { label: 'Tehtävälista' },
  heading: { label: 'Otsikko {{headingLevel}}' },
  horizontalRule: { label: 'Vaakaviiva' },
  indent: { decreaseLabel: 'Vähennä sisennystä', increaseLabel: 'Lisää sisennystä' },
  link: { label: 'Linkki', loadingWithEllipsis: 'Ladataan...' },
  orderedList: { label: 'Numeroitu luettelo' },
  paragraph: { label: 'Kappale', label2: 'Leipäteksti' },
  relationship: { label: 'Viittaus' },
  textState: { defaultStyle: 'Oletustyyli' },
  unorderedList: { label: 'Numeroimaton luettelo' },
  upload: { label: 'Tiedosto' },
}
