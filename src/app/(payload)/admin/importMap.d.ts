// Types for the generated importMap.js (`npm run generate:importmap` rewrites it, not this file).
import type { ImportMap } from 'payload'

export declare const importMap: ImportMap
