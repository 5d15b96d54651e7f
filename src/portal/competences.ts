import type { Id } from '../ids.js'

export type CompetenceNode = {
  id: Id
  code: string
  name: string
  framework: string
  parent: Id | null
}

export type CompetenceTreeNode = CompetenceNode & {
  /** Published items linked to this area or to any area under it, each counted once. */
  count: number
  children: CompetenceTreeNode[]
}

/** An item and the competence areas it links to; `key` tells items of different types apart. */
export type LinkedItem = { key: string; competenceAreas: Id[] }

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'en', { numeric: true })

/**
 * The competence trees of one framework with the number of distinct items under each node: an
 * item linked to 3.1 counts for 3.1 and for 3, and once for 3 even when it also links 3.2.
 */
export const competenceTree = (
  nodes: readonly CompetenceNode[],
  items: readonly LinkedItem[],
): CompetenceTreeNode[] => {
  const byId = new Map(nodes.map((n) => [String(n.id), n]))
  const under = new Map<string, Set<string>>(nodes.map((n) => [String(n.id), new Set()]))
  for (const item of items) {
    for (const linked of item.competenceAreas) {
      // Walk up to the root; `seen` stops a parent loop in bad data.
      const seen = new Set<string>()
      for (let node = byId.get(String(linked)); node && !seen.has(String(node.id));) {
        seen.add(String(node.id))
        under.get(String(node.id))!.add(item.key)
        node = node.parent === null ? undefined : byId.get(String(node.parent))
      }
    }
  }
  const build = (node: CompetenceNode): CompetenceTreeNode => ({
    ...node,
    count: under.get(String(node.id))!.size,
    children: nodes
      .filter((n) => n.parent !== null && String(n.parent) === String(node.id))
      .sort(byCode)
      .map(build),
  })
  return nodes
    .filter((n) => n.parent === null || !byId.has(String(n.parent)))
    .sort(byCode)
    .map(build)
}
