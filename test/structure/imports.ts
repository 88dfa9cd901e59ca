// Every module a source file names, read with the TypeScript parser (not a regex, so text in
// comments and strings is never taken for an import): static imports and `export … from`,
// `import x = require()`, dynamic `import()`, `require()`, and `typeof import('x')` types.
import ts from 'typescript'

export interface ImportRef {
  /** The module as written, e.g. `../devices/discover` or `node:fs`. */
  specifier: string
  /** 1-based line, for the failure message. */
  line: number
  /** False when the import vanishes at compile time (`import type`, all-`type` specifiers, type queries). */
  runtime: boolean
  /** `import()` or `require()` whose argument is not a plain string: it cannot be placed in a layer. */
  unchecked?: true
}

export function importsOf(fileName: string, text: string): ImportRef[] {
  const kind = fileName.endsWith('x')
    ? ts.ScriptKind.TSX
    : fileName.endsWith('.js') || fileName.endsWith('.mjs')
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  const out: ImportRef[] = []
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
  const add = (node: ts.Node, arg: ts.Node | undefined, runtime: boolean): void => {
    if (arg && ts.isStringLiteralLike(arg)) out.push({ specifier: arg.text, line: lineOf(node), runtime })
    else out.push({ specifier: arg ? arg.getText(source) : '', line: lineOf(node), runtime, unchecked: true })
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)))
      add(node, node.moduleSpecifier, !typeOnly)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const typeOnly =
        node.isTypeOnly ||
        (!!node.exportClause &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly))
      add(node, node.moduleSpecifier, !typeOnly)
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, !node.isTypeOnly)
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node, node.arguments[0], true)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, false)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}
