/** A label in the admin's three languages. */
export type Label = { en: string; fi: string; sv: string }

export const label = (en: string, fi: string, sv: string): Label => ({ en, fi, sv })

/** A select option whose label is shown in the admin's language. */
export const option = <V extends string>(value: V, en: string, fi: string, sv: string) => ({
  value,
  label: label(en, fi, sv),
})
