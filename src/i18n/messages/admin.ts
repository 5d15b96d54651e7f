/** Names the admin's own controls lack (see src/components/admin/AccessibleAdmin.tsx). */
const en = {
  moreActions: 'More actions',
  selectRow: 'Select row',
  choose: 'Choose',
}

export type AdminMessages = typeof en

const fi: AdminMessages = {
  moreActions: 'Lisää toimintoja',
  selectRow: 'Valitse rivi',
  choose: 'Valitse',
}

const sv: AdminMessages = {
  moreActions: 'Fler åtgärder',
  selectRow: 'Välj rad',
  choose: 'Välj',
}

export const admin = { en, fi, sv }
