// Where each box and link of the USB picture goes: one bus drawn top-down, the computer's bus at
// the top, hubs below it and the parts at the bottom. Pure, so it is tested without a browser.
import type { TopologyNode } from '../../../shared/contract'

export interface LayoutOptions {
  nodeWidth: number
  nodeHeight: number
  /** Horizontal space between neighbouring subtrees. */
  siblingGap: number
  /** Vertical space between levels; the link labels sit in it. */
  levelGap: number
  padding: number
  /** Characters per line of a node's name before it wraps. */
  maxChars: number
  /** Lines a name may take before it is cut with "…". */
  maxLines: number
}

// Tall enough for a name of up to three lines ("MeetUp Speakerphone (firmware update mode)") never
// cut short, what the node is, and a part's serial and firmware; narrow enough that a
// controller's two buses still sit side by side.
export const LAYOUT: LayoutOptions = {
  nodeWidth: 172,
  nodeHeight: 106,
  siblingGap: 16,
  levelGap: 76,
  padding: 12,
  maxChars: 19,
  maxLines: 3
}

export interface PlacedNode {
  node: TopologyNode
  depth: number
  /** Top-left corner of the box. */
  x: number
  y: number
  width: number
  height: number
  /** The name, wrapped to at most two lines. */
  lines: string[]
}

export interface PlacedLink {
  /** The node the link leads into; its speed and problems are the link's. */
  node: TopologyNode
  parentId: string
  from: { x: number; y: number }
  to: { x: number; y: number }
  /** SVG path data: a smooth curve from the parent's bottom edge to the child's top. */
  path: string
  /** Centre of the speed label, just above the child. */
  label: { x: number; y: number }
}

export interface TreeLayout {
  nodes: PlacedNode[]
  links: PlacedLink[]
  width: number
  height: number
  /** Levels below the root (0 for a bus with nothing on it). */
  depth: number
}

/** Word-wraps a name to `maxLines` lines of about `maxChars`, ending in "…" when it is cut. */
export function wrapName(name: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (candidate.length <= maxChars || !line) line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  const kept = lines.slice(0, maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l))
  if (lines.length > maxLines) {
    const last = kept[maxLines - 1] ?? ''
    kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).replace(/…$/, '')}…`
  }
  return kept
}

export function layoutTree(root: TopologyNode, o: LayoutOptions = LAYOUT): TreeLayout {
  const nodes: PlacedNode[] = []
  const links: PlacedLink[] = []
  let depth = 0

  /** Places `node`'s subtree starting at `left`; returns its box and the subtree's right edge. */
  const place = (node: TopologyNode, level: number, left: number): { box: PlacedNode; right: number } => {
    depth = Math.max(depth, level)
    const y = o.padding + level * (o.nodeHeight + o.levelGap)
    const box: PlacedNode = {
      node,
      depth: level,
      x: left,
      y,
      width: o.nodeWidth,
      height: o.nodeHeight,
      lines: wrapName(node.name, o.maxChars, o.maxLines)
    }
    nodes.push(box)
    if (node.children.length === 0) return { box, right: left + o.nodeWidth }

    const kids: PlacedNode[] = []
    let cursor = left
    let right = left
    for (const child of node.children) {
      const placed = place(child, level + 1, cursor)
      kids.push(placed.box)
      right = placed.right
      cursor = placed.right + o.siblingGap
    }
    const first = kids[0] as PlacedNode
    const last = kids[kids.length - 1] as PlacedNode
    const centre = (first.x + last.x + o.nodeWidth) / 2
    box.x = centre - o.nodeWidth / 2

    // Each link leaves from its own point on the parent's bottom edge, in the children's order,
    // so links never cross and each one reads as its own cable.
    const n = kids.length
    const spacing = n > 1 ? Math.min(26, (o.nodeWidth - 48) / (n - 1)) : 0
    kids.forEach((kid, i) => {
      const from = { x: centre + (i - (n - 1) / 2) * spacing, y: y + o.nodeHeight }
      const to = { x: kid.x + o.nodeWidth / 2, y: kid.y }
      const bend = (to.y - from.y) / 2
      links.push({
        node: kid.node,
        parentId: node.id,
        from,
        to,
        path: `M ${from.x} ${from.y} C ${from.x} ${from.y + bend} ${to.x} ${to.y - bend} ${to.x} ${to.y}`,
        label: { x: to.x, y: to.y - 20 }
      })
    })
    return { box, right: Math.max(right, box.x + o.nodeWidth) }
  }

  const { right } = place(root, 0, o.padding)
  return {
    nodes,
    links,
    width: right + o.padding,
    height: o.padding * 2 + (depth + 1) * o.nodeHeight + depth * o.levelGap,
    depth
  }
}
