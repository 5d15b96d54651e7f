import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The process's one Payload instance (Express created it first; the cache hands it back). */
export const portalPayload = (): Promise<Payload> => getPayload({ config })
