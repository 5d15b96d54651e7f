/** Keeps text safe inside XML character data and attributes. */
const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** CDATA cannot hold "]]>": such a run is split across two sections. */
const cdata = (text: string): string => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

/**
 * A badge image with the credential baked in, as Open Badges 3.0 baking defines for SVG: the
 * credential JSON in an `openbadges:credential` element. The picture is a plain medal with the
 * achievement's name; what counts is the credential inside.
 */
export const bakeSvg = (credential: Record<string, unknown>, title: string): string => {
  const words = title.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  for (const word of words) {
    const last = lines.at(-1)
    if (last !== undefined && (last + ' ' + word).length <= 22)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const shown = lines.slice(0, 4)
  const text = shown
    .map(
      (line, i) =>
        `<text x="128" y="${128 + (i - (shown.length - 1) / 2) * 20}" text-anchor="middle" font-family="sans-serif" font-size="16" fill="#fff">${escapeXml(line)}</text>`,
    )
    .join('')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="256" height="256" viewBox="0 0 256 256" role="img">',
    `<title>${escapeXml(title)}</title>`,
    `<openbadges:credential>${cdata(JSON.stringify(credential))}</openbadges:credential>`,
    '<circle cx="128" cy="128" r="120" fill="#0000bf"/><circle cx="128" cy="128" r="104" fill="none" stroke="#fff" stroke-width="4"/>',
    text,
    '</svg>',
  ].join('\n')
}

/** The credential baked into an SVG by bakeSvg, or null when there is none. */
export const unbakeSvg = (svg: string): Record<string, unknown> | null => {
  const match = /<openbadges:credential>([\s\S]*?)<\/openbadges:credential>/.exec(svg)
  if (!match) return null
  const text = match[1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
  return JSON.parse(text) as Record<string, unknown>
}
