// Generates src/schema.d.ts (or the path given as the first argument) from the committed spec,
// openapi/openapi.json, with openapi-typescript.
//
// One transform on top of openapi-typescript's defaults: a string schema that is a file — OpenAPI
// 3.0's `format: binary`, or OpenAPI 3.1's `contentMediaType` without a `contentEncoding` — becomes
// `Blob`, so that an `.xlsx` or `.docx` upload takes a `Blob` and a download is typed as one
// (openapi-typescript leaves both as `string`).
//
// Usage: node scripts/generate.mjs [OUTPUT [SPEC]]
//        (defaults: src/schema.d.ts from ../../openapi/openapi.json)

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(process.argv[2] ?? path.join(here, "../src/schema.d.ts"));
const spec = path.resolve(process.argv[3] ?? path.join(here, "../../../openapi/openapi.json"));

const HEADER = `/**
 * The perf-targets API as TypeScript types, generated from openapi/openapi.json by
 * clients/typescript/scripts/generate.mjs (openapi-typescript). Do not edit: run
 * \`npm run generate\` after the spec changes; CI fails when this file is out of date.
 */

`;

const BLOB = ts.factory.createTypeReferenceNode("Blob");
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/** True for a schema that describes the raw bytes of a file. */
function isFile(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("string")) return false;
  return schema.format === "binary" || (schema.contentMediaType !== undefined && schema.contentEncoding === undefined);
}

const ast = await openapiTS(pathToFileURL(spec), {
  transform(schema) {
    if (typeof schema !== "object" || schema === null || !isFile(schema)) return undefined;
    const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
    return nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
  },
});

fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, HEADER + astToString(ast));
console.log(`${path.relative(process.cwd(), spec)} → ${path.relative(process.cwd(), output)}`);
