/**
 * A walk through the perf-targets API as a front-end team would write it: every request and
 * response typed by the generated `schema.d.ts` (openapi-typescript) through openapi-fetch, no
 * casts. It runs against a server that holds at least one sheet (the example data:
 * `perf-targets load-example`) and leaves the data as it found it.
 *
 * 1. Lists every sheet, page by page with `next_page_token`.
 * 2. Reads one sheet and its `ETag`.
 * 3. Merge-patches it with `If-Match`; the same stale `ETag` again is a typed 412 problem, an
 *    amount below zero a typed 422 problem naming the field; then puts the old value back. An
 *    approved sheet (the example data's are) is reopened first, and submitted and approved
 *    again afterwards.
 * 4. Validates a copy of the sheet with a broken target without saving it.
 * 5. Downloads the sheets of its fund as an Excel workbook and writes it to a file, and the
 *    sheet's printed form.
 * 6. Uploads that file again as a `Blob` (a dry run, then for real with an `Idempotency-Key`):
 *    every sheet comes back unchanged.
 *
 * Usage: PERF_TARGETS_URL=http://127.0.0.1:8080 PERF_TARGETS_TOKEN=pt_… npm run flow
 * (optionally PERF_TARGETS_OUT: the folder for the downloaded files; a temporary one otherwise).
 * Exits with 1 and says why at the first answer that is not the expected one.
 */

import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import createClient from "openapi-fetch";

import type { paths } from "./schema.js";

/** Media type of Excel workbooks. */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type SheetPath = paths["/api/v1/sheets/{sheet_id}"];
/** A stored sheet, as `GET /sheets/{sheet_id}` returns it. */
type Sheet = SheetPath["get"]["responses"][200]["content"]["application/json"];
/** The problem of a merge patch whose `If-Match` is stale. */
type PreconditionFailed = SheetPath["patch"]["responses"][412]["content"]["application/problem+json"];
/** The problem of a merge patch that breaks the rules. */
type ValidationFailed = SheetPath["patch"]["responses"][422]["content"]["application/problem+json"];
/** The body of a merge patch of a sheet. */
type SheetMergePatch = NonNullable<SheetPath["patch"]["requestBody"]>["content"]["application/merge-patch+json"];
/** What a bulk upload did with each sheet. */
type ImportSummary = paths["/api/v1/sheets/bulk"]["post"]["responses"][200]["content"]["application/json"];

/** An answer that is not the expected one. */
class FlowError extends Error {}

function env(name: string): string {
  const value = process.env[name]?.trim();
  if (value === undefined || value === "") {
    throw new FlowError(`${name} is not set`);
  }
  return value;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new FlowError(message);
  }
}

/** The error for an unexpected answer: what was asked, the status, the problem, the request id. */
function unexpected(what: string, response: Response, body: unknown): FlowError {
  const requestId = response.headers.get("X-Request-Id") ?? "none";
  return new FlowError(`${what}: HTTP ${response.status} ${JSON.stringify(body)} (X-Request-Id ${requestId})`);
}

const client = createClient<paths>({
  baseUrl: env("PERF_TARGETS_URL").replace(/\/+$/, ""),
  headers: { Authorization: `Bearer ${env("PERF_TARGETS_TOKEN")}`, "Accept-Language": "en" },
});

/** 1. Every sheet, following `next_page_token` until the last page. */
async function listAll(pageSize: number): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const page = await client.GET("/api/v1/sheets", {
      params: { query: { page_size: pageSize, page_token: pageToken } },
    });
    if (page.data === undefined) {
      throw unexpected("GET /sheets", page.response, page.error);
    }
    check(page.data.items.length <= pageSize, `a page of ${page.data.items.length} sheets, over page_size ${pageSize}`);
    sheets.push(...page.data.items);
    pageToken = page.data.next_page_token ?? undefined;
    pages += 1;
  } while (pageToken !== undefined);
  const ids = sheets.map((sheet) => sheet.id);
  check(
    ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? id)),
    `the pages repeat or reorder sheets: ${ids.join(", ")}`,
  );
  console.log(`1. listed ${sheets.length} sheets in ${pages} pages of at most ${pageSize}`);
  return sheets;
}

/** 2. One sheet and its version. */
async function getWithEtag(sheetId: number): Promise<{ sheet: Sheet; etag: string }> {
  const got = await client.GET("/api/v1/sheets/{sheet_id}", { params: { path: { sheet_id: sheetId } } });
  if (got.data === undefined) {
    throw unexpected(`GET /sheets/${sheetId}`, got.response, got.error);
  }
  const etag = got.response.headers.get("ETag");
  check(etag !== null, `GET /sheets/${sheetId} sent no ETag`);
  console.log(`2. sheet ${sheetId} (${got.data.region_name}, ${got.data.status}) at ETag ${etag}`);
  return { sheet: got.data, etag };
}

/**
 * Before 3: an approved sheet changes only once reopened (调整, back to `DRAFT`); the `ETag` it
 * then has.
 */
async function reopen(sheet: Sheet, etag: string): Promise<string> {
  const reopened = await client.POST("/api/v1/sheets/{sheet_id}/reopen", {
    params: { path: { sheet_id: sheet.id }, header: { "If-Match": etag } },
    body: { reason: "flow: a merge patch with If-Match" },
  });
  if (reopened.data === undefined) {
    throw unexpected(`POST /sheets/${sheet.id}/reopen`, reopened.response, reopened.error);
  }
  const next = reopened.response.headers.get("ETag");
  check(reopened.data.status === "DRAFT" && next !== null, `reopened as ${reopened.data.status} at ETag ${next}`);
  return next;
}

/** After 3: a reopened sheet submitted and approved again, as it was found. */
async function approveAgain(sheetId: number): Promise<void> {
  const path = { params: { path: { sheet_id: sheetId } } };
  const submitted = await client.POST("/api/v1/sheets/{sheet_id}/submit", path);
  if (submitted.data === undefined) {
    throw unexpected(`POST /sheets/${sheetId}/submit`, submitted.response, submitted.error);
  }
  const approved = await client.POST("/api/v1/sheets/{sheet_id}/approve", path);
  if (approved.data === undefined) {
    throw unexpected(`POST /sheets/${sheetId}/approve`, approved.response, approved.error);
  }
  check(approved.data.status === "APPROVED", `approved again as ${approved.data.status}`);
  console.log(`3. sheet ${sheetId} submitted and approved again (ETag ${approved.response.headers.get("ETag")})`);
}

/** 3. Merge patches with `If-Match`: one that wins, a stale one (412), a bad one (422), the undo. */
async function mergePatch(sheet: Sheet, etag: string): Promise<void> {
  const patch = (ifMatch: string, body: SheetMergePatch) =>
    client.PATCH("/api/v1/sheets/{sheet_id}", {
      params: { path: { sheet_id: sheet.id }, header: { "If-Match": ifMatch } },
      headers: { "Content-Type": "application/merge-patch+json" },
      body,
    });
  const note = "含县市区配套资金";

  const first = await patch(etag, { matching_funds_note: note });
  if (first.data === undefined) {
    throw unexpected(`PATCH /sheets/${sheet.id} with If-Match ${etag}`, first.response, first.error);
  }
  check(first.data.matching_funds_note === note, `the patch was not stored: ${first.data.matching_funds_note}`);
  const next = first.response.headers.get("ETag");
  check(next !== null && next !== etag, `PATCH answered ETag ${next}, expected a new version after ${etag}`);

  // The same stale version again: the first write won, this one is refused.
  const stale = await patch(etag, { matching_funds_note: "另一份修改" });
  if (stale.error === undefined || stale.response.status !== 412) {
    throw unexpected("a PATCH with a stale If-Match (expected 412)", stale.response, stale.data);
  }
  const precondition: PreconditionFailed = stale.error;
  check(precondition.code === "PRECONDITION_FAILED", `412 with code ${precondition.code}`);

  // A rule broken: the problem names the field and the issue.
  const negative = await patch(next, { provincial_funds: "-5" });
  if (negative.error === undefined || negative.response.status !== 422) {
    throw unexpected("a PATCH with a negative amount (expected 422)", negative.response, negative.data);
  }
  const invalid: ValidationFailed = negative.error;
  const issue = invalid.errors?.find((e) => e.path === "/provincial_funds");
  check(
    invalid.code === "VALIDATION_FAILED" && issue?.code === "AMOUNT_NEGATIVE",
    `422 ${invalid.code} without AMOUNT_NEGATIVE at /provincial_funds: ${JSON.stringify(invalid.errors)}`,
  );

  // Back to the note it had (null clears it), with the version the first patch made.
  const undo = await patch(next, { matching_funds_note: sheet.matching_funds_note });
  if (undo.data === undefined) {
    throw unexpected(`PATCH /sheets/${sheet.id} back`, undo.response, undo.error);
  }
  check(undo.data.matching_funds_note === sheet.matching_funds_note, "the note was not put back");
  console.log(
    `3. merge patch with If-Match ${etag} → ${next}; stale ETag → 412 ${precondition.code}; ` +
      `negative amount → 422 ${invalid.code} (${issue.code} at ${issue.path}); undone → ` +
      `${undo.response.headers.get("ETag")}`,
  );
}

/** 4. A copy of the sheet with its first target broken, checked without saving. */
async function validate(sheet: Sheet): Promise<void> {
  const report = await client.POST("/api/v1/sheets/validate", {
    body: {
      fund_id: sheet.fund_id,
      region_code: sheet.region_code,
      departments: sheet.departments,
      provincial_funds: sheet.provincial_funds,
      matching_funds: sheet.matching_funds,
      matching_funds_note: sheet.matching_funds_note,
      overall_goal: sheet.overall_goal,
      indicators: sheet.indicators.map(({ level1, level2, name, target }, i) => ({
        level1,
        level2,
        name,
        target: i === 0 ? "≥" : target,
      })),
    },
  });
  if (report.data === undefined) {
    throw unexpected("POST /sheets/validate", report.response, report.error);
  }
  const broken = report.data.issues.find((issue) => issue.path === "/indicators/0/target");
  check(!report.data.valid, "a document with a target of \"≥\" is valid");
  check(broken?.code === "TARGET_MALFORMED", `no TARGET_MALFORMED at /indicators/0/target: ${JSON.stringify(report.data.issues)}`);
  console.log(
    `4. validated a copy: ${report.data.error_count} errors, ${report.data.warning_count} warnings ` +
      `(${report.data.issues.map((issue) => issue.code).join(", ")})`,
  );
}

/** 5. The fund's sheets as an Excel workbook, written to a file; the sheet's printed form. */
async function download(sheet: Sheet, folder: string): Promise<string> {
  const exported = await client.GET("/api/v1/sheets/export", {
    params: { query: { format: "xlsx", fund_id: sheet.fund_id } },
    parseAs: "blob",
  });
  if (exported.data === undefined) {
    throw unexpected("GET /sheets/export?format=xlsx", exported.response, exported.error);
  }
  const workbook = Buffer.from(await exported.data.arrayBuffer());
  check(exported.response.headers.get("Content-Type") === XLSX, `export sent ${exported.response.headers.get("Content-Type")}`);
  check(workbook.subarray(0, 2).toString("latin1") === "PK", "the export is not a zip (xlsx) file");
  const file = join(folder, `fund-${sheet.fund_id}-sheets.xlsx`);
  await writeFile(file, workbook);

  const printed = await client.GET("/api/v1/sheets/{sheet_id}/export", {
    params: { path: { sheet_id: sheet.id } },
    parseAs: "blob",
  });
  if (printed.data === undefined) {
    throw unexpected(`GET /sheets/${sheet.id}/export`, printed.response, printed.error);
  }
  const form = join(folder, `sheet-${sheet.id}-form.xlsx`);
  await writeFile(form, Buffer.from(await printed.data.arrayBuffer()));
  console.log(
    `5. downloaded ${file} (${workbook.length} bytes, ${exported.response.headers.get("Content-Disposition")}) ` +
      `and the printed form ${form} (${printed.data.size} bytes)`,
  );
  return file;
}

/** 6. The downloaded workbook uploaded again as a Blob: a dry run, then for real. */
async function upload(file: string, expected: number): Promise<void> {
  const workbook = new Blob([await readFile(file)], { type: XLSX });
  const summaries: ImportSummary[] = [];
  for (const dryRun of [true, false]) {
    const sent = await client.POST("/api/v1/sheets/bulk", {
      params: {
        query: { dry_run: dryRun, mode: "atomic" },
        header: { "Idempotency-Key": `flow-${Date.now()}-${dryRun ? "dry-run" : "saved"}` },
      },
      headers: { "Content-Type": XLSX },
      body: workbook,
      bodySerializer: (body) => body,
    });
    if (sent.data === undefined) {
      throw unexpected(`POST /sheets/bulk (dry_run=${dryRun})`, sent.response, sent.error);
    }
    const summary = sent.data;
    check(
      summary.items.length === expected && summary.unchanged === expected && summary.failed === 0,
      `uploading the export back: ${JSON.stringify({ ...summary, items: summary.items.length })}, expected ${expected} unchanged`,
    );
    check(summary.dry_run === dryRun && summary.saved === !dryRun, `dry_run ${summary.dry_run}, saved ${summary.saved}`);
    summaries.push(summary);
  }
  console.log(
    `6. uploaded ${file} as a Blob: ${summaries
      .map((s) => `${s.dry_run ? "dry run" : "saved"} ${s.unchanged}/${s.items.length} unchanged`)
      .join(", ")}`,
  );
}

async function main(): Promise<void> {
  const sheets = await listAll(5);
  const first = sheets[0];
  check(first !== undefined, "the server holds no sheet: load the example data first (perf-targets load-example)");
  const { sheet, etag } = await getWithEtag(first.id);
  const approved = sheet.status === "APPROVED";
  await mergePatch(sheet, approved ? await reopen(sheet, etag) : etag);
  if (approved) {
    await approveAgain(sheet.id);
  }
  await validate(sheet);
  const folder = process.env["PERF_TARGETS_OUT"] ?? (await mkdtemp(join(tmpdir(), "perf-targets-flow-")));
  const file = await download(sheet, folder);
  await upload(file, sheets.filter((s) => s.fund_id === sheet.fund_id).length);
  console.log("flow: 6 steps passed");
}

try {
  await main();
} catch (error) {
  console.error(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
