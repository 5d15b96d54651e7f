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

/** The plain text of a Lexical document, paragraphs separated by blank lines. */
export const plainText = (state: unknown): string => {
  const walk = (node: LexicalNode): string =>
    typeof node.text === 'string'
      ? node.text
      : (node.children ?? []).map(walk).join(node.type === 'root' ? '\n\n' : '')
  const root = (state as LexicalState | null | undefined)?.root
  return root ? walk(root as LexicalNode).trim() : ''
}
