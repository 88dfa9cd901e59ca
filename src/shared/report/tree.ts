// Plain-text trees ("├─ ", "└─ ", "│  "): roots at the left margin, every child one step in,
// continuation lines of a node aligned under its own text.

export interface TextTree {
  /** First line of the node; further lines are printed under it, aligned with its text. */
  lines: readonly string[]
  children: readonly TextTree[]
}

function render(node: TextTree, lead: string, branch: string, rest: string, out: string[]): void {
  const [first = '', ...more] = node.lines
  out.push(`${lead}${branch}${first}`)
  const childLead = lead + rest
  const hasChildren = node.children.length > 0
  for (const line of more) out.push(`${childLead}${hasChildren ? '│  ' : '   '}${line}`.trimEnd())
  node.children.forEach((child, i) => {
    const last = i === node.children.length - 1
    render(child, childLead, last ? '└─ ' : '├─ ', last ? '   ' : '│  ', out)
  })
}

export function renderTree(roots: readonly TextTree[], indent = ''): string[] {
  const out: string[] = []
  for (const root of roots) render(root, indent, '', '', out)
  return out
}
