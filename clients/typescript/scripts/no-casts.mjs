// Fails when a file under src/ (other than the generated schema.d.ts) holds a type assertion
// (`x as T`, `<T>x`), a non-null assertion (`x!`) or `any`: the client must type-check from the
// generated types alone. `tsc --strict` cannot tell this by itself.
//
// Usage: node scripts/no-casts.mjs

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");
const found = [];
for (const name of fs.readdirSync(src).filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))) {
  const file = path.join(src, name);
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    const what =
      ts.isAsExpression(node) && !(ts.isTypeReferenceNode(node.type) && node.type.getText(source) === "const")
        ? "`as`"
        : ts.isTypeAssertionExpression(node)
          ? "`<T>` assertion"
          : ts.isNonNullExpression(node)
            ? "non-null assertion `!`"
            : node.kind === ts.SyntaxKind.AnyKeyword
              ? "`any`"
              : undefined;
    if (what !== undefined) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`src/${name}:${line + 1}:${character + 1}: ${what}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (found.length > 0) {
  console.error(`FAIL: casts in the client:\n${found.join("\n")}`);
  process.exit(1);
}
console.log("no casts in src/");
