import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const MESSAGE: Record<string, string> = {
  fi: 'Tätä sähköpostiosoitetta ei voi käyttää.',
  sv: 'Den här e-postadressen kan inte användas.',
  en: 'This email address cannot be used.',
}

/**
 * An email already in use is refused with a generic message, before the database's unique index
 * would answer "must be unique" and so confirm that somebody has an account under that address.
 */
export const refuseTakenEmail: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : undefined
  if (!email || email === originalDoc?.email) return data
  const holder = await req.payload.db.findOne<{ id: number | string }>({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  if (!holder || holder.id === originalDoc?.id) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ message: MESSAGE[req.i18n?.language] ?? MESSAGE.en!, path: 'email' }],
  })
}
