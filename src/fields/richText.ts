import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/** The smallest Lexical document shape that Payload's rich text field stores. */
export type LexicalState = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr' | null
    format: ''
    indent: 0
    version: 1
  }
}

type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** Rich text made of plain paragraphs, for seeds, imports and tests. */
export const paragraphs = (...texts: string[]): LexicalState => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: texts.map((text) => ({
      type: 'paragraph',
      children: [textNode(text)],
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      version: 1,
    })),
  },
})

/**
 * The plain text of a Lexical document, paragraphs separated by blank lines: Payload's own
 * converter, behind a shape check, because stored bodies from imports and old drafts are not
 * always Lexical documents and the converter assumes they are.
 */
export const plainText = (state: unknown): string => {
  const root = (state as { root?: { children?: unknown } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  return convertLexicalToPlaintext({ data: state as SerializedEditorState }).trim()
}
