/**
 * The perf-targets API as TypeScript types, generated from openapi/openapi.json by
 * clients/typescript/scripts/generate.mjs (openapi-typescript). Do not edit: run
 * `npm run generate` after the spec changes; CI fails when this file is out of date.
 */

export interface paths {
    "/api/v1/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项资金列表 (list funds)
         * @description Lists funds, ordered by id.
         */
        get: operations["listFunds"];
        put?: never;
        /**
         * 新建专项资金 (create a fund)
         * @description Creates a fund. Funds are unique on (`year`, `name`).
         */
        post: operations["createFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{fund_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 读取专项资金 (get a fund)
         * @description Reads a fund: its amounts, template and scoring scheme (the default scheme when it sets
         *     none), with its version as the `ETag` for the next `PUT` or `PATCH`.
         */
        get: operations["getFund"];
        /**
         * 修改专项资金 (replace a fund)
         * @description Replaces a fund with the document sent (what `GET` returns may be sent back as it is).
         */
        put: operations["replaceFund"];
        post?: never;
        /**
         * 删除专项资金 (delete a fund)
         * @description Deletes a fund; with `force=true` its sheets too.
         */
        delete: operations["deleteFund"];
        options?: never;
        head?: never;
        /**
         * 部分修改专项资金 (patch a fund)
         * @description Changes some fields of a fund (JSON merge patch, RFC 7396; `null` clears a field).
         */
        patch: operations["patchFund"];
        trace?: never;
    };
    "/api/v1/funds/{fund_id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项资金绩效指标横向比较 (a fund's indicators side by side)
         * @description A fund's indicators side by side (SPEC §7.1): grouped by (一级, 二级, name) after dropping
         *     whitespace, in the order of the fund's template then of first appearance; per group the
         *     regions' targets with their number and their number per 万元 of provincial funds, whether
         *     they are comparable, sum, min, median, max, the `LOW`/`HIGH` flags (with four comparable
         *     targets or more), and the actuals of the latest counted monitoring month and of the
         *     submitted and approved self-evaluations. A fixed number of queries whatever the number of
         *     sheets. `format=xlsx` gives the same as a workbook.
         */
        get: operations["fundIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{fund_id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项资金绩效监控情况 (a fund's monitoring picture for a month)
         * @description The fund's picture for a month: one row per sheet that is `APPROVED` or has a report for
         *     the month, by region code, with its light; only `SUBMITTED` and `APPROVED` reports count
         *     (`GREY` otherwise).
         */
        get: operations["fundMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{fund_id}/self-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项资金绩效自评排名 (a fund's self-evaluations ranked)
         * @description The fund's ranking: one row per sheet that is `APPROVED` or has a self-evaluation, scored
         *     rows (only `SUBMITTED` and `APPROVED` evaluations) by total score, highest first, then
         *     region code; rows without a score last, by region code; the count per grade and the mean
         *     total.
         */
        get: operations["fundEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{fund_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专项资金分配汇总 (fund summary)
         * @description How a fund is allocated: total, allocated and unallocated provincial funds, stated matching
         *     funds, one line per region, counts by status, and the regions still without a sheet.
         */
        get: operations["getFundSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前令牌 (the caller's identity)
         * @description Who the caller is: the token's name, role and regions, so that a front end can show what
         *     its user may do.
         */
        get: operations["whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量上传绩效监控报告 (bulk upload of monitoring reports)
         * @description Uploads many monitoring reports at once (SPEC §5.4), each created or replaced through the
         *     checks of `PUT /sheets/{sheet_id}/monitoring/{month}`. Each report names its sheet by its
         *     fund (`fund_id`, or `fund_name` and `year`) and region (`region_code` or `region_name`), or
         *     by `sheet_id` alone (beside a fund and region it must be their sheet's: `VALUE_INVALID`
         *     otherwise), and its `month`.
         *
         *     Bodies: `application/json` (an array of report documents; what `GET
         *     /monitoring/export` returns is accepted as it is), `application/x-ndjson` (one per line),
         *     `text/csv` and Excel `.xlsx` (one row per indicator, the columns of `GET
         *     /monitoring/export?format=csv`; indicators named by 一级/二级/三级; choices by their Chinese
         *     labels — 确定能, 有可能, 完全不可能; 经费保障、制度保障、人员保障、硬件条件保障、其他 — or their
         *     codes; computed columns ignored). Modes, dry runs, `Idempotency-Key`, limits and the answer
         *     are those of `POST /sheets/bulk`; an item's `sheet_id` is its sheet's.
         */
        post: operations["bulkUploadReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出绩效监控表 (export monitoring reports as a file)
         * @description Exports every monitoring report that matches the filters (no paging), ordered by fund id,
         *     region code and month. JSON: an array of reports exactly as
         *     `GET /sheets/{sheet_id}/monitoring/{month}` returns them, each with `fund_id`, `fund_name`,
         *     `year`, `region_code` and `region_name` first. CSV and Excel: one row per indicator in the
         *     flat layout (English header; key, report values repeated on each row; computed columns for
         *     reading), which `POST /monitoring/bulk` reads back. The file is named
         *     `[fund name-]monitoring[-region code][-month]`.
         */
        get: operations["exportReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行政区划列表 (regions)
         * @description Lists the administrative divisions sheets can be filed for, ordered by code.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-evaluations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量上传绩效自评 (bulk upload of self-evaluations)
         * @description Uploads many self-evaluations at once (SPEC §5.4), each created or replaced through the
         *     checks of `PUT /sheets/{sheet_id}/self-evaluation`. Each evaluation names its sheet by its
         *     fund (`fund_id`, or `fund_name` and `year`) and region (`region_code` or `region_name`), or
         *     by `sheet_id` alone (beside a fund and region it must be their sheet's).
         *
         *     Bodies: `application/json` (an array of evaluation documents; what `GET
         *     /self-evaluations/export` returns is accepted as it is), `application/x-ndjson`, `text/csv`
         *     and Excel `.xlsx` (one row per indicator, the columns of `GET
         *     /self-evaluations/export?format=csv`; indicators named by 一级/二级/三级; 达成情况 as 达成,
         *     部分达成, 未达成 or their codes; computed columns such as 分值 and 得分 ignored). Modes, dry
         *     runs, `Idempotency-Key`, limits and the answer are those of `POST /sheets/bulk`.
         */
        post: operations["bulkUploadEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-evaluations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出项目支出绩效自评表 (export self-evaluations as a file)
         * @description Exports every self-evaluation that matches the filters (no paging), ordered by fund id and
         *     region code. JSON: an array of evaluations exactly as `GET /sheets/{sheet_id}/self-evaluation`
         *     returns them, each with `fund_id`, `fund_name`, `year`, `region_code` and `region_name`
         *     first. CSV and Excel: one row per indicator in the flat layout (English header; key,
         *     evaluation values repeated on each row; computed columns — weights, scores, total, grade —
         *     for reading), which `POST /self-evaluations/bulk` reads back. The file is named
         *     `[fund name-]self-evaluations[-region code]`.
         */
        get: operations["exportEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效目标表列表 (list sheets)
         * @description Lists sheets with their indicators, ordered by id; filters combine with AND.
         */
        get: operations["listSheets"];
        put?: never;
        /**
         * 新建绩效目标表 (create a sheet)
         * @description Creates a sheet for a (fund, region) pair that has none yet.
         *
         *     Every rule error is listed at once (422); a second sheet for the same fund and region is 409
         *     `SHEET_EXISTS` (422 when the document also breaks rules).
         */
        post: operations["createSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量上传绩效目标表 (bulk upload)
         * @description Uploads many sheets at once, upserted by their natural key (fund, region) through the same
         *     checks as a single save. Funds may be named (`fund_name`, with `year` when the name is not
         *     unique) instead of `fund_id`, and regions (`region_name`: full or short name) instead of
         *     `region_code`; without either, the region is taken from the department names.
         *
         *     Bodies: `application/json` (an array of sheet documents, what `GET /sheets` lists is
         *     accepted as it is), `application/x-ndjson` (one document per line), `text/csv` and Excel
         *     `.xlsx` (one row per indicator: the columns of `GET /sheets/export?format=csv`; a workbook in
         *     the printed 附件2 layout is read as a form), or the 附件2 forms
         *     themselves: their text form (`text/plain`, UTF-8: cells start with a tab, rows are
         *     separated by blank lines) or a Word document (`.docx`, merged cells understood). In forms
         *     the fund is named by 专项名称 and the region taken from the department names; issues carry
         *     the `row` (line or table row) and `column` (the form's label) they come from. Limits:
         *     32 MiB, 128 MiB unpacked, and 10,000 sheets.
         *
         *     The answer lists every item with its outcome (`CREATED`, `UPDATED`, `UNCHANGED`: equal to
         *     the stored sheet, no new version; `FAILED`) and its issues. An atomic upload with any
         *     failed item saves nothing and answers 422 `IMPORT_FAILED` with the summary in the problem
         *     body; partial mode and dry runs answer 200. With an `Idempotency-Key`, the first answer is
         *     kept 24 hours and returned again for the same key and body without applying anything
         *     twice (on any instance); the same key with another body is 422 `IDEMPOTENCY_KEY_REUSED`.
         */
        post: operations["bulkUploadSheets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出绩效目标表 (export sheets as a file)
         * @description Exports every sheet that matches the filters (no paging), ordered by id, as one file that
         *     `POST /sheets/bulk` reads back to identical sheets. The file is sent while it is read from
         *     one snapshot of the database, in memory that does not grow with it (JSON and CSV chunked as
         *     the rows are read; Excel written first, then sent); a failure after its first byte cuts the
         *     transfer off instead of answering a problem. The file is named after the fund when
         *     `fund_id` is given (`Content-Disposition` with an RFC 6266 `filename*` for Chinese names).
         */
        get: operations["exportSheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 校验绩效目标表，不保存 (validate a sheet document)
         * @description Checks a sheet document with exactly the checks of a real save, cross-sheet ones included
         *     (the fund's budget and template, a second sheet for the same fund and region), and saves
         *     nothing. `valid` is false when any `ERROR` is listed; a save of the same document would be
         *     refused then, with the same issues.
         */
        post: operations["validateSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 读取绩效目标表 (get a sheet)
         * @description Reads a sheet with its indicators.
         */
        get: operations["getSheet"];
        /**
         * 修改绩效目标表 (replace a sheet)
         * @description Replaces a sheet with the document sent (what `GET` returns may be sent back as it is).
         *     An unchanged document keeps the version.
         */
        put: operations["replaceSheet"];
        post?: never;
        /**
         * 删除绩效目标表 (delete a sheet)
         * @description Deletes a sheet and its indicators.
         */
        delete: operations["deleteSheet"];
        options?: never;
        head?: never;
        /**
         * 部分修改绩效目标表 (patch a sheet)
         * @description Changes some fields of a sheet (JSON merge patch, RFC 7396: objects merge, `null` clears,
         *     `indicators` is replaced as a whole).
         */
        patch: operations["patchSheet"];
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批复 (approve a sheet)
         * @description 批复: approves a `SUBMITTED` sheet (`REVIEWER` or `ADMIN`). Checked against today's rules
         *     first, like submitting.
         */
        post: operations["approveSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/compare/{other_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 两张绩效目标表对比 (two sheets side by side)
         * @description Two sheets side by side (SPEC §7.2), say this year's and last year's: both sheets' amounts
         *     and their difference (the sheet's minus the other's), then one row per indicator key in
         *     either, with both targets and the change read from the other to the sheet: `RAISED`,
         *     `LOWERED`, `SAME`, `ADDED`, `REMOVED` or `NOT_COMPARABLE`.
         */
        get: operations["compareSheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 版本比较 (difference between two versions)
         * @description The field-level difference between two versions of a sheet: each field added, removed or
         *     changed, with its JSON Pointer and both values.
         */
        get: operations["diffSheetRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出一张绩效目标表（附件2 版式）(export one sheet as its printed form)
         * @description Exports one sheet as an Excel workbook in the printed 附件2 layout (the heading, the money
         *     rows, the indicator table with merged 一级/二级 cells), which `POST /sheets/bulk` reads back.
         */
        get: operations["exportSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效监控报告列表 (a sheet's monitoring reports)
         * @description The sheet's monitoring reports, by month.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效监控报告 (a monitoring report)
         * @description One report, with its figures (computed while `DRAFT` or `RETURNED`, as frozen at submit
         *     afterwards) and its checks.
         */
        get: operations["getReport"];
        /**
         * 填报绩效监控报告 (create or replace a monitoring report)
         * @description Creates (201) or replaces (200) the report of an `APPROVED` sheet for a month. What `GET`
         *     returns may be sent back as it is; an unchanged document keeps the version. Errors refuse
         *     the write (422); the *submit* checks are warnings here, in `issues`.
         */
        put: operations["putReport"];
        post?: never;
        /**
         * 删除绩效监控报告 (delete a monitoring report)
         * @description Deletes a report while `DRAFT` or `RETURNED`; its history is kept.
         */
        delete: operations["deleteReport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批复绩效监控报告 (approve a report)
         * @description Approves a `SUBMITTED` report (`REVIEWER` or `ADMIN`); its figures stay as frozen at submit.
         */
        post: operations["approveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出绩效监控表（打印版式）(export a report as its printed form)
         * @description Exports a monitoring report as the printed 绩效监控表: the heading, the fund, region and
         *     month, the budget with the 1–N月 execution and its rate, the progress on the year's goal,
         *     then the indicator table (一级/二级 merged over their runs) with the values, likelihoods,
         *     deviation reasons and measures. Computed figures are shown as the report has them (frozen
         *     once submitted); `POST /monitoring/bulk` reads the workbook back.
         */
        get: operations["exportReportForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 调整绩效监控报告 (reopen a report)
         * @description Reopens an `APPROVED` report as a `DRAFT`, with a reason (`REVIEWER` or `ADMIN`); its figures are computed afresh.
         */
        post: operations["reopenReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回绩效监控报告 (return a report)
         * @description Returns a `SUBMITTED` report to the region with a reason (`REVIEWER` or `ADMIN`); its figures are computed afresh from then on.
         */
        post: operations["returnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效监控报告修订记录 (a report's revisions)
         * @description The history of a report: every change and review step, oldest first; kept after the report
         *     is deleted.
         */
        get: operations["listReportRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效监控报告的某一版本 (one revision of a report)
         * @description One revision of a report, with the report as it was (`snapshot`).
         */
        get: operations["getReportRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申报绩效监控报告 (submit a report)
         * @description Submits a `DRAFT` or `RETURNED` report (`SUBMITTER` of the sheet's region, or `ADMIN`): its *submit* checks are errors now (422 while any remains), and its figures are frozen.
         */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/monitoring/{month}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 校验绩效监控报告 (check a report without saving)
         * @description Checks a report document with the checks of `PUT`, saving nothing: 200 with `valid`,
         *     every issue and the report as it would be stored. Before the sheet is approved the first
         *     issue is the error `SHEET_NOT_APPROVED` (where `PUT` answers 409).
         */
        post: operations["validateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 调整 (reopen an approved sheet)
         * @description 调整: reopens an `APPROVED` sheet as a `DRAFT` with a reason (`REVIEWER` or `ADMIN`), the
         *     only way an approved sheet changes.
         */
        post: operations["reopenSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回 (return a sheet to its region)
         * @description 退回: returns a `SUBMITTED` sheet to its region with a reason (`REVIEWER` or `ADMIN`); the
         *     region edits it and submits it again.
         */
        post: operations["returnSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 修订记录 (a sheet's revisions)
         * @description The history of a sheet: every change and review step, oldest first, with who, when, why and
         *     the request. Kept after the sheet is deleted.
         */
        get: operations["listSheetRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某一版本 (one revision)
         * @description One revision of a sheet, with the sheet as it was at that version (`snapshot`).
         */
        get: operations["getSheetRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效自评 (a sheet's self-evaluation)
         * @description The sheet's self-evaluation, with its scores (computed while `DRAFT` or `RETURNED`, as
         *     frozen at submit afterwards), their explanations and its checks.
         */
        get: operations["getEvaluation"];
        /**
         * 填报绩效自评 (create or replace a self-evaluation)
         * @description Creates (201) or replaces (200) the self-evaluation of an `APPROVED` sheet. What `GET`
         *     returns may be sent back as it is; an unchanged document keeps the version. Errors refuse
         *     the write (422); the *submit* checks are warnings here, in `issues`.
         */
        put: operations["putEvaluation"];
        post?: never;
        /**
         * 删除绩效自评 (delete a self-evaluation)
         * @description Deletes the self-evaluation while `DRAFT` or `RETURNED`; its history is kept.
         */
        delete: operations["deleteEvaluation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批复绩效自评 (approve a self-evaluation)
         * @description Approves a `SUBMITTED` self-evaluation (`REVIEWER` or `ADMIN`); its scores stay as frozen at submit.
         */
        post: operations["approveEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出项目支出绩效自评表（打印版式）(export a self-evaluation as its printed form)
         * @description Exports a self-evaluation as the printed 项目支出绩效自评表: the heading, the fund and
         *     region, the budget with the year's execution and its 分值, 执行率 and 得分, the goal's
         *     achievement and the budget deviation, the indicator table with each indicator's 分值 and
         *     得分 (and the 达成情况, 评分 and 权重 given), then 总分 and 等级. `POST
         *     /self-evaluations/bulk` reads the workbook back.
         */
        get: operations["exportEvaluationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 调整绩效自评 (reopen a self-evaluation)
         * @description Reopens an `APPROVED` self-evaluation as a `DRAFT`, with a reason (`REVIEWER` or `ADMIN`); its scores are computed afresh.
         */
        post: operations["reopenEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回绩效自评 (return a self-evaluation)
         * @description Returns a `SUBMITTED` self-evaluation to the region with a reason (`REVIEWER` or `ADMIN`); its scores are computed afresh from then on.
         */
        post: operations["returnEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效自评修订记录 (a self-evaluation's revisions)
         * @description The history of a self-evaluation: every change and review step, oldest first; kept after
         *     the evaluation is deleted.
         */
        get: operations["listEvaluationRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 绩效自评的某一版本 (one revision of a self-evaluation)
         * @description One revision of a self-evaluation, with the evaluation as it was (`snapshot`).
         */
        get: operations["getEvaluationRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 试算绩效自评得分 (score a self-evaluation without saving)
         * @description Scores a self-evaluation document and runs the checks of `PUT`, saving nothing: 200 with
         *     `valid`, every issue and the evaluation as it would be stored, with its scores. Before the
         *     sheet is approved the first issue is the error `SHEET_NOT_APPROVED` (where `PUT` answers
         *     409).
         */
        post: operations["scoreEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/self-evaluation/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申报绩效自评 (submit a self-evaluation)
         * @description Submits a `DRAFT` or `RETURNED` self-evaluation (`SUBMITTER` of the sheet's region, or `ADMIN`): its *submit* checks are errors now (422 while any remains), and its weights, readings, scores, total and grade are frozen with `scored_at`.
         */
        post: operations["submitEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申报 (submit a sheet for review)
         * @description 申报: submits a `DRAFT` or `RETURNED` sheet for review (`SUBMITTER` of its region, or
         *     `ADMIN`). The sheet is checked against today's rules first: while any error remains this is
         *     a 422 listing them, and nothing changes.
         */
        post: operations["submitSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sheets/{sheet_id}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 校验已保存的绩效目标表 (validate a stored sheet)
         * @description Checks a stored sheet against today's rules and its fund's current template.
         */
        get: operations["getSheetValidation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解析指标值 (parse a target value)
         * @description Parses one target value (指标值) into its structure: kind, comparator, value, upper bound,
         *     unit, basis, deadline date and whether it is measurable. Always 200 for a well-formed
         *     request: a target that does not parse is reported in `issues`. `year` fills the year of a
         *     deadline that names none.
         */
        post: operations["parseTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 指标体系 (indicator taxonomy)
         * @description The 一级 → 二级 indicator tree; the labels are the values indicators use.
         *
         *     Both vocabularies in use are accepted (成本指标 as a 二级 under 产出指标, and as a 一级 of its
         *     own per 财预〔2021〕101号). Labels match after dropping whitespace and line breaks.
         */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API 令牌列表 (list API tokens)
         * @description Lists API tokens by id, revoked ones included (`ADMIN` only).
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * 新建 API 令牌 (create an API token)
         * @description Creates an API token (`ADMIN` only). The answer holds the token itself, shown this once: only
         *     a hash of it is stored.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 读取 API 令牌 (get an API token's record)
         * @description Reads one token's record (`ADMIN` only).
         */
        get: operations["getToken"];
        put?: never;
        post?: never;
        /**
         * 撤销 API 令牌 (revoke an API token)
         * @description Revokes a token (`ADMIN` only): it stops working at once on this instance, and within
         *     `--token-cache-seconds` on the others. Its record stays listed. The last active `ADMIN` token
         *     cannot be revoked (409 `LAST_ADMIN_TOKEN`).
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 存活检查 (liveness)
         * @description The process is up (it does not touch the database).
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 运行指标 (Prometheus metrics)
         * @description Metrics for Prometheus, in its text format (OpenMetrics 1.0): requests by operation id,
         *     method and status; latency by operation id; the database connection pool (size, in use,
         *     checkouts that waited, time waited); bulk upload items by outcome; sheet cache hits and
         *     misses. No token needed: it names no sheet, fund, region or token. 404 when the service runs
         *     with `--metrics disabled`.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就绪检查 (readiness: the database answers)
         * @description The service can reach its database (200), or not (503).
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description 达成情况 of an indicator scored by judgement.
         * @enum {string}
         */
        Achievement: "ACHIEVED" | "PARTIAL" | "NOT_ACHIEVED";
        /** @description The sheet's amounts minus the other's, 万元, as signed decimal strings. */
        AmountDifference: {
            /**
             * @description 省级资金: the sheet's minus the other's.
             * @example 40
             */
            provincial_funds: string;
            /**
             * @description 市、区拟配套资金: the sheet's minus the other's; null when either is blank (a blank is not
             *     0).
             * @example -20
             */
            matching_funds: string | null;
            /**
             * @description Budget (a blank counting 0): the sheet's minus the other's.
             * @example 20
             */
            budget: string;
        };
        /**
         * @description An API token as listed (never the token itself).
         * @example {
         *       "created_at": "2024-03-01T08:00:00Z",
         *       "created_by": "initial admin",
         *       "id": 2,
         *       "name": "株洲市商务局",
         *       "regions": [
         *         "430200"
         *       ],
         *       "revoked_at": null,
         *       "role": "SUBMITTER"
         *     }
         */
        ApiToken: {
            /**
             * Format: int64
             * @description Identifier.
             * @example 2
             */
            id: number;
            /**
             * @description Who holds it.
             * @example 株洲市商务局
             */
            name: string;
            /** @description The role. */
            role: components["schemas"]["Role"];
            /**
             * @description For `SUBMITTER`: the regions it may write; empty otherwise.
             * @example [
             *       "430200"
             *     ]
             */
            regions: string[];
            /**
             * @description The token or command that created it.
             * @example initial admin
             */
            created_by: string;
            /**
             * Format: date-time
             * @description When it was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it was revoked (UTC); `null` while active.
             */
            revoked_at: string | null;
        };
        /**
         * @description Baseline of a relative target.
         * @enum {string}
         */
        Basis: "YEAR_ON_YEAR" | "UNSPECIFIED";
        /**
         * @description All or nothing, or each sheet on its own.
         * @enum {string}
         */
        BulkMode: "atomic" | "partial";
        /**
         * @description What a sheet asks of an indicator compared with another sheet (SPEC §7.2), read from the
         *     other to the sheet.
         * @enum {string}
         */
        Change: "RAISED" | "LOWERED" | "SAME" | "ADDED" | "REMOVED" | "NOT_COMPARABLE";
        /**
         * @description How a field differs between two versions.
         * @enum {string}
         */
        ChangeKind: "ADDED" | "REMOVED" | "CHANGED";
        /**
         * @description How the actual value is compared with `value` (and `upper`).
         * @enum {string}
         */
        Comparator: "EQ" | "GE" | "GT" | "LE" | "LT" | "RANGE";
        /** @description One indicator key present in either sheet. */
        ComparedIndicator: {
            /**
             * @description 一级指标.
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标.
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标, as the sheet writes it (the other's for a removed one).
             * @example 跨境电商相关培训人次数
             */
            name: string;
            /**
             * Format: int64
             * @description The indicator in the sheet; null when removed.
             * @example 17
             */
            indicator_id: number | null;
            /**
             * @description The sheet's target, as written; null when removed.
             * @example 1200
             */
            target: string | null;
            /**
             * Format: int64
             * @description The indicator in the other sheet; null when added.
             * @example 3
             */
            other_indicator_id: number | null;
            /**
             * @description The other sheet's target, as written; null when added.
             * @example 1000
             */
            other_target: string | null;
            /** @description What changed, from the other to the sheet. */
            change: components["schemas"]["Change"];
        };
        /** @description One side of a comparison: a sheet's amounts. */
        ComparedSheet: {
            /**
             * Format: int64
             * @description The sheet.
             * @example 1
             */
            id: number;
            /**
             * Format: int64
             * @description Its fund.
             * @example 1
             */
            fund_id: number;
            /**
             * @description Its fund's name.
             * @example 2024年度跨境电商支持资金
             */
            fund_name: string;
            /**
             * Format: int32
             * @description Its fund's year.
             * @example 2024
             */
            year: number;
            /**
             * @description The region's code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description The region's name.
             * @example 株洲市
             */
            region_name: string;
            /**
             * @description 省级资金, 万元.
             * @example 260
             */
            provincial_funds: string;
            /**
             * @description 市、区拟配套资金, 万元; null when the form leaves it blank.
             * @example 100
             */
            matching_funds: string | null;
            /**
             * @description provincial + matching (a blank counts 0), 万元.
             * @example 360
             */
            budget: string;
        };
        /**
         * @description The answer to creating a token: the token itself, shown this once.
         * @example {
         *       "created_at": "2024-03-01T08:00:00Z",
         *       "created_by": "initial admin",
         *       "id": 2,
         *       "name": "株洲市商务局",
         *       "regions": [
         *         "430200"
         *       ],
         *       "revoked_at": null,
         *       "role": "SUBMITTER",
         *       "token": "pt_5f0c8e2a91d4b7c35f0c8e2a91d4b7c35f0c8e2a91d4b7c35f0c8e2a91d4b7c3"
         *     }
         */
        CreatedToken: components["schemas"]["ApiToken"] & {
            /**
             * @description The token, to send as `Authorization: Bearer <token>`. It is not stored and cannot be
             *     shown again: keep it now.
             * @example pt_5f0c…
             */
            token: string;
        };
        /**
         * @description 偏差原因.
         * @enum {string}
         */
        DeviationReason: "FUNDING" | "INSTITUTIONAL" | "STAFFING" | "HARDWARE" | "OTHER";
        /**
         * @description A self-evaluation (项目支出绩效自评表) as the API returns it: what was sent and (read-only) the
         *     scores computed from it — on every read while `DRAFT` or `RETURNED`, as they were at submit
         *     afterwards.
         */
        Evaluation: {
            /**
             * Format: int64
             * @description The sheet.
             * @example 1
             */
            sheet_id: number;
            /** @description Review status; changed only by the review steps. */
            status: components["schemas"]["SheetStatus"];
            /** @description The reason given with the latest review step, or null. */
            status_reason: string | null;
            /**
             * Format: int64
             * @description Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the evaluation was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updated_at: string;
            /**
             * Format: date-time
             * @description When the scores were computed: now while `DRAFT` or `RETURNED`, the submission's time
             *     afterwards (UTC).
             */
            scored_at: string;
            /**
             * @description 全年执行数 in 万元.
             * @example 430
             */
            executed_funds: string;
            /** @description 总体目标实际完成情况. */
            goal_achievement: string | null;
            /** @description 预算执行偏差原因. */
            budget_deviation_analysis: string | null;
            /**
             * @description 年初预算数 = 省级资金 + 市、区拟配套资金, 万元 (read-only).
             * @example 500
             */
            budget: string;
            /**
             * @description 预算执行率 in % (2 places, half-up); null when the budget is 0 (read-only).
             * @example 86.00
             */
            execution_rate: string | null;
            /**
             * @description The scheme's points for budget execution (read-only).
             * @example 10
             */
            budget_weight: string;
            /**
             * @description budget weight × min(executed ÷ budget, 1), 2 places (read-only).
             * @example 8.60
             */
            budget_score: string;
            /**
             * @description The budget score's arithmetic, in the request's language (read-only).
             * @example 430 ÷ 500 × 10 = 8.60
             */
            budget_explanation: string;
            /** @description The lines, in the order sent. */
            indicators: components["schemas"]["EvaluationLineView"][];
            /**
             * @description The budget score plus the indicators' rounded scores, at most 100.00 (read-only).
             * @example 83.70
             */
            total_score: string;
            /** @description 等级 on the total (read-only). */
            grade: components["schemas"]["Grade"];
            /**
             * @description The checks of SPEC §6.3 against the evaluation as it stands (read-only): warnings, and
             *     on a `DRAFT` the *submit* checks that submitting will make errors.
             */
            issues: components["schemas"]["Issue"][];
        };
        /**
         * @description One self-evaluation of a bulk upload (`POST /self-evaluations/bulk`): the document of `PUT /sheets/{sheet_id}/self-evaluation` (what `GET` returns is accepted as it is) with its key: the fund and the region (or `sheet_id` alone; beside them it must be their sheet's).
         * @example {
         *       "budget_deviation_analysis": "部分配套资金年底到位",
         *       "executed_funds": "430",
         *       "goal_achievement": "全年举办跨境电商培训12场、430人次，进出口额同比增长12%",
         *       "indicators": [
         *         {
         *           "actual": "12场",
         *           "indicator_id": 17
         *         },
         *         {
         *           "achievement": "PARTIAL",
         *           "actual": "2025年1月",
         *           "deviation_analysis": "场馆延期交付",
         *           "indicator_id": 21
         *         },
         *         {
         *           "achievement": "PARTIAL",
         *           "actual": "带动就业效果较好",
         *           "deviation_analysis": "就业统计口径尚未统一，明年按季度跟踪",
         *           "indicator_id": 23,
         *           "score": "11"
         *         }
         *       ]
         *     }
         */
        EvaluationBulkItem: {
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            executed_funds: string | number;
            /** @description 总体目标实际完成情况, at most 2000 characters. */
            goal_achievement?: string | null;
            /** @description Why the execution rate is below 100 % (预算执行偏差原因), at most 2000 characters. */
            budget_deviation_analysis?: string | null;
            /** @description One line per indicator of the sheet, in any order (at most 200). */
            indicators?: components["schemas"]["EvaluationLineDocument"][];
            /** @description The sheet, by id; or give the fund (`fund_id`, or `fund_name` with `year`) and the region (`region_code` or `region_name`) */
            sheet_id?: number;
            /** @description The sheet's fund, by id (with the region) */
            fund_id?: number;
            /** @description The sheet's region, by code (with the fund) */
            region_code?: string;
            /** @description The fund by its 专项名称, instead of `fund_id` (with `year` when the name is not unique) */
            fund_name?: string;
            /** @description The fund's year, narrowing `fund_name` */
            year?: number;
            /** @description The region by its full or short name, instead of `region_code`; without either, the region is taken from the department names */
            region_name?: string;
        };
        /**
         * @description A self-evaluation as a client sends it: the document its writes and checks read. In the
         *     spec it is the body of `score`, which checks any document; `PUT` and the bulk upload name
         *     what they require (`EvaluationInput`, `EvaluationBulkItem`). What `GET` returns can be sent
         *     back as it is: the read-only fields are ignored.
         * @example {
         *       "budget_deviation_analysis": "部分配套资金年底到位",
         *       "executed_funds": "430",
         *       "goal_achievement": "全年举办跨境电商培训12场、430人次，进出口额同比增长12%",
         *       "indicators": [
         *         {
         *           "actual": "12场",
         *           "indicator_id": 17
         *         },
         *         {
         *           "achievement": "PARTIAL",
         *           "actual": "2025年1月",
         *           "deviation_analysis": "场馆延期交付",
         *           "indicator_id": 21
         *         },
         *         {
         *           "achievement": "PARTIAL",
         *           "actual": "带动就业效果较好",
         *           "deviation_analysis": "就业统计口径尚未统一，明年按季度跟踪",
         *           "indicator_id": 23,
         *           "score": "11"
         *         }
         *       ]
         *     }
         */
        EvaluationDocument: {
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            executed_funds?: string | number | null;
            /** @description 总体目标实际完成情况, at most 2000 characters. */
            goal_achievement?: string | null;
            /** @description Why the execution rate is below 100 % (预算执行偏差原因), at most 2000 characters. */
            budget_deviation_analysis?: string | null;
            /** @description One line per indicator of the sheet, in any order (at most 200). */
            indicators?: components["schemas"]["EvaluationLineDocument"][] | null;
        };
        /**
         * @description A self-evaluation to create or to replace the stored one with (`PUT /sheets/{sheet_id}/self-evaluation`): what `GET` returns may be sent back as it is (its computed weights and scores are ignored). Indicators left out are reported as not reported (a warning on save, an error on submit).
         * @example {
         *       "budget_deviation_analysis": "部分配套资金年底到位",
         *       "executed_funds": "430",
         *       "goal_achievement": "全年举办跨境电商培训12场、430人次，进出口额同比增长12%",
         *       "indicators": [
         *         {
         *           "actual": "12场",
         *           "indicator_id": 17
         *         },
         *         {
         *           "achievement": "PARTIAL",
         *           "actual": "2025年1月",
         *           "deviation_analysis": "场馆延期交付",
         *           "indicator_id": 21
         *         },
         *         {
         *           "achievement": "PARTIAL",
         *           "actual": "带动就业效果较好",
         *           "deviation_analysis": "就业统计口径尚未统一，明年按季度跟踪",
         *           "indicator_id": 23,
         *           "score": "11"
         *         }
         *       ]
         *     }
         */
        EvaluationInput: {
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            executed_funds: string | number;
            /** @description 总体目标实际完成情况, at most 2000 characters. */
            goal_achievement?: string | null;
            /** @description Why the execution rate is below 100 % (预算执行偏差原因), at most 2000 characters. */
            budget_deviation_analysis?: string | null;
            /** @description One line per indicator of the sheet, in any order (at most 200). */
            indicators?: components["schemas"]["EvaluationLineDocument"][];
        };
        /** @description One indicator of a self-evaluation as a client sends it. */
        EvaluationLineDocument: {
            /**
             * Format: int64
             * @description The sheet's indicator (its `id` in `GET /sheets/{sheet_id}`).
             * @example 17
             */
            indicator_id?: number | null;
            /**
             * @description 实际完成值: one value in the grammar of the targets (`12场`, `93%`, `同比增长12%`,
             *     `2025年1月`); free text for a qualitative or not measurable target. At most 100
             *     characters.
             * @example 12场
             */
            actual?: string | null;
            achievement?: components["schemas"]["Achievement"] | null;
            /**
             * @description Points: a decimal string (preferred, e.g. `"11"`, `"12.5"`) or a JSON number; not negative; a score has at most 2 decimals, a weight at most 4.
             * @example 11
             */
            score?: string | number | null;
            /**
             * @description Points: a decimal string (preferred, e.g. `"11"`, `"12.5"`) or a JSON number; not negative; a score has at most 2 decimals, a weight at most 4.
             * @example 11
             */
            weight?: string | number | null;
            /** @description 偏差原因分析及改进措施, at most 2000 characters. */
            deviation_analysis?: string | null;
        };
        /** @description One indicator of a self-evaluation, as the API returns it. */
        EvaluationLineView: {
            /**
             * Format: int64
             * @description The sheet's indicator.
             * @example 17
             */
            indicator_id: number;
            /**
             * @description 一级指标 (read-only).
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标 (read-only).
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标 (read-only).
             * @example 举办跨境电商培训
             */
            name: string;
            /**
             * @description 年度指标值 (read-only), as written.
             * @example ≥10场
             */
            target: string;
            target_parsed: components["schemas"]["TargetParsed"] | null;
            /**
             * @description 实际完成值, as written.
             * @example 12场
             */
            actual: string | null;
            achievement: components["schemas"]["Achievement"] | null;
            /**
             * @description The score chosen inside its band, as sent.
             * @example 11
             */
            score: string | null;
            /**
             * @description The weight given instead of the scheme's, as sent.
             * @example null
             */
            weight: string | null;
            /** @description 偏差原因分析及改进措施. */
            deviation_analysis: string | null;
            actual_parsed: components["schemas"]["ValueParsed"] | null;
            /**
             * @description The weight the indicator is scored on, rounded half-up to 4 places (read-only; the exact
             *     weight is used to compute).
             * @example 10
             */
            computed_weight: string;
            /** @description How the indicator is scored (read-only). */
            method: components["schemas"]["Method"];
            /**
             * @description The score, rounded half-up to 2 places (read-only).
             * @example 10.00
             */
            computed_score: string;
            /**
             * @description The arithmetic in words, in the request's language (read-only).
             * @example 12 ≥ 10，达到目标，得满分 10.00
             */
            explanation: string;
        };
        /** @description One recorded change of an evaluation. */
        EvaluationRevision: {
            /**
             * Format: int64
             * @description The sheet.
             * @example 1
             */
            sheet_id: number;
            /**
             * Format: int64
             * @description The evaluation's version after the change.
             * @example 2
             */
            version: number;
            /** @description What happened. */
            action: components["schemas"]["RevisionAction"];
            /** @description The evaluation's status after the change. */
            status: components["schemas"]["SheetStatus"];
            /** @description Who made it. */
            actor: components["schemas"]["RevisionActor"];
            /** @description Why, when a reason was given. */
            reason: string | null;
            /** @description The request that made it (`X-Request-Id`); null for command-line work. */
            request_id: string | null;
            /**
             * Format: date-time
             * @description When (UTC).
             */
            created_at: string;
            snapshot?: components["schemas"]["Evaluation"] | null;
        };
        /** @description A page of an evaluation's revisions. */
        EvaluationRevisionPage: {
            /** @description The revisions, oldest first. */
            items: components["schemas"]["EvaluationRevision"][];
            /** @description Token of the next page; `null` on the last page. */
            next_page_token: string | null;
        };
        /**
         * @description The status of a region's evaluation in the fund's ranking.
         * @enum {string}
         */
        EvaluationState: "MISSING" | "DRAFT" | "RETURNED" | "SUBMITTED" | "APPROVED";
        /** @description The answer to scoring an evaluation without saving it. */
        EvaluationValidation: {
            /** @description True when the evaluation can be saved (no error). */
            valid: boolean;
            /** @description Every error and warning. */
            issues: components["schemas"]["Issue"][];
            evaluation: components["schemas"]["Evaluation"] | null;
        };
        /**
         * @description A self-evaluation in a JSON export: its fund and region, then the evaluation as
         *     `GET /sheets/{sheet_id}/self-evaluation` returns it.
         */
        ExportedEvaluation: components["schemas"]["Evaluation"] & {
            /**
             * Format: int64
             * @description The sheet's fund.
             * @example 1
             */
            fund_id: number;
            /**
             * @description The fund's name.
             * @example 2024年度跨境电商支持资金
             */
            fund_name: string;
            /**
             * Format: int32
             * @description The fund's budget year.
             * @example 2024
             */
            year: number;
            /**
             * @description The sheet's region code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description The region's name.
             * @example 株洲市
             */
            region_name: string;
        };
        /**
         * @description A monitoring report in a JSON export: its fund and region, then the report as
         *     `GET /sheets/{sheet_id}/monitoring/{month}` returns it.
         */
        ExportedReport: components["schemas"]["Report"] & {
            /**
             * Format: int64
             * @description The sheet's fund.
             * @example 1
             */
            fund_id: number;
            /**
             * @description The fund's name.
             * @example 2024年度跨境电商支持资金
             */
            fund_name: string;
            /**
             * Format: int32
             * @description The fund's budget year.
             * @example 2024
             */
            year: number;
            /**
             * @description The sheet's region code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description The region's name.
             * @example 株洲市
             */
            region_name: string;
        };
        /**
         * @description The direction a comparable group's targets ask for.
         * @enum {string}
         */
        Family: "REACH" | "REVERSE";
        /** @description One field that differs between two versions. */
        FieldChange: {
            /**
             * @description JSON Pointer of the field in the sheet, e.g. `/indicators/3/target`.
             * @example /indicators/3/target
             */
            path: string;
            /** @description Added, removed or changed. */
            change: components["schemas"]["ChangeKind"];
            /** @description The earlier value (absent when added). */
            from?: unknown;
            /** @description The later value (absent when removed). */
            to?: unknown;
        };
        /**
         * @description How a target stands among its group's.
         * @enum {string}
         */
        Flag: "LOW" | "HIGH";
        /**
         * @description A stored fund, as the API returns it.
         * @example {
         *       "created_at": "2024-03-01T08:00:00Z",
         *       "description": "2024年度跨境电商资金绩效目标表（附件2），湖南省各市州",
         *       "id": 1,
         *       "name": "2024年度跨境电商支持资金",
         *       "scoring": {
         *         "budget_execution": "10",
         *         "level1": {
         *           "产出指标": "50",
         *           "成本指标": "0",
         *           "效益指标": "30",
         *           "满意度指标": "10"
         *         }
         *       },
         *       "template": {
         *         "indicators": [
         *           {
         *             "floor": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商相关培训人次数"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "组织参加跨境电商相关展会企业数"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商平台湖南卖家（店铺）数"
         *           },
         *           {
         *             "floor": "=100%",
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "资金使用合规性"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "年度跨境电商重点工作完成率"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "预算资金执行率"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "资金拨付及时性"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "效益指标",
         *             "level2": "社会效益指标",
         *             "name": "开展跨境电商相关资源对接、展会、赛事等活动"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "效益指标",
         *             "level2": "可持续影响指标",
         *             "name": "对跨境电商未来可持续发展的影响"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "满意度指标",
         *             "level2": "服务对象满意度指标",
         *             "name": "服务跨境电商企业满意度"
         *           }
         *         ],
         *         "strict": false
         *       },
         *       "total_provincial_funds": "2000",
         *       "updated_at": "2024-03-01T08:00:00Z",
         *       "version": 1,
         *       "year": 2024
         *     }
         */
        Fund: {
            /**
             * Format: int64
             * @description Identifier.
             * @example 1
             */
            id: number;
            /**
             * @description 专项名称.
             * @example 2024年度跨境电商支持资金
             */
            name: string;
            /**
             * Format: int32
             * @description Budget year.
             * @example 2024
             */
            year: number;
            /**
             * @description Total provincial budget in 万元, or `null`.
             * @example 2000
             */
            total_provincial_funds: string | null;
            /** @description Free description. */
            description: string | null;
            template: components["schemas"]["Template"] | null;
            /**
             * @description The scoring scheme of self-evaluations (SPEC §6.1), always the one in force: the default
             *     (budget 10, 产出 50, 效益 30, 满意度 10, 成本 0) when none was set.
             */
            scoring: components["schemas"]["Scheme"];
            /**
             * Format: int64
             * @description Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the fund was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the fund last changed (UTC).
             */
            updated_at: string;
        };
        /** @description A fund's self-evaluations side by side (SPEC §6.4). */
        FundEvaluations: {
            /**
             * Format: int64
             * @description The fund.
             * @example 1
             */
            fund_id: number;
            /**
             * @description One row per sheet that is `APPROVED` or has an evaluation: scored rows by total (highest
             *     first, then region code), then the rows without a score by region code.
             */
            regions: components["schemas"]["RegionEvaluation"][];
            /** @description The count of scored regions per grade. */
            grades: components["schemas"]["GradeCounts"];
            /**
             * @description The mean of the scored totals, half-up to 2 places; null when none is scored.
             * @example 84.21
             */
            mean_total: string | null;
        };
        /**
         * @description A fund to create (`POST /funds`) or to replace the stored one with (`PUT /funds/{fund_id}`): what `GET` returns may be sent back as it is.
         * @example {
         *       "description": "2024年度跨境电商资金绩效目标表（附件2），湖南省各市州",
         *       "name": "2024年度跨境电商支持资金",
         *       "scoring": null,
         *       "template": {
         *         "indicators": [
         *           {
         *             "floor": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商相关培训人次数"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "组织参加跨境电商相关展会企业数"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商平台湖南卖家（店铺）数"
         *           },
         *           {
         *             "floor": "=100%",
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "资金使用合规性"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "年度跨境电商重点工作完成率"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "预算资金执行率"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "资金拨付及时性"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "效益指标",
         *             "level2": "社会效益指标",
         *             "name": "开展跨境电商相关资源对接、展会、赛事等活动"
         *           },
         *           {
         *             "floor": null,
         *             "level1": "效益指标",
         *             "level2": "可持续影响指标",
         *             "name": "对跨境电商未来可持续发展的影响"
         *           },
         *           {
         *             "floor": "≥90%",
         *             "level1": "满意度指标",
         *             "level2": "服务对象满意度指标",
         *             "name": "服务跨境电商企业满意度"
         *           }
         *         ],
         *         "strict": false
         *       },
         *       "total_provincial_funds": "2000",
         *       "year": 2024
         *     }
         */
        FundInput: {
            /**
             * @description 专项名称, at most 200 characters; unique within its year.
             * @example 2024年度跨境电商支持资金
             */
            name: string;
            /**
             * Format: int64
             * @description Budget year, 2000–2100.
             * @example 2024
             */
            year: number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            total_provincial_funds?: string | number | null;
            /** @description Free description, at most 2000 characters. */
            description?: string | null;
            template?: components["schemas"]["TemplateInput"] | null;
            scoring?: components["schemas"]["ScoringInput"] | null;
        };
        /** @description A fund's monitoring picture for one month (SPEC §5.3). */
        FundMonitoring: {
            /**
             * Format: int64
             * @description The fund.
             * @example 1
             */
            fund_id: number;
            /**
             * Format: int32
             * @description The month.
             * @example 7
             */
            month: number;
            /**
             * @description 序时进度 in %.
             * @example 58.33
             */
            time_progress: string;
            /**
             * @description The budgets of every row, summed, 万元.
             * @example 2335
             */
            budget: string;
            /**
             * @description The executed funds of the counted reports, summed, 万元.
             * @example 1200
             */
            executed_funds: string;
            /**
             * @description executed ÷ budget in % (2 places); null when the budget is 0.
             * @example 51.39
             */
            execution_rate: string | null;
            /** @description One row per sheet that is `APPROVED` or has a report for the month, by region code. */
            regions: components["schemas"]["RegionMonitoring"][];
        };
        /**
         * @description A page of funds.
         * @example {
         *       "items": [
         *         {
         *           "created_at": "2024-03-01T08:00:00Z",
         *           "description": "2024年度跨境电商资金绩效目标表（附件2），湖南省各市州",
         *           "id": 1,
         *           "name": "2024年度跨境电商支持资金",
         *           "scoring": {
         *             "budget_execution": "10",
         *             "level1": {
         *               "产出指标": "50",
         *               "成本指标": "0",
         *               "效益指标": "30",
         *               "满意度指标": "10"
         *             }
         *           },
         *           "template": {
         *             "indicators": [
         *               {
         *                 "floor": null,
         *                 "level1": "产出指标",
         *                 "level2": "数量指标",
         *                 "name": "跨境电商相关培训人次数"
         *               },
         *               {
         *                 "floor": null,
         *                 "level1": "产出指标",
         *                 "level2": "数量指标",
         *                 "name": "组织参加跨境电商相关展会企业数"
         *               },
         *               {
         *                 "floor": null,
         *                 "level1": "产出指标",
         *                 "level2": "数量指标",
         *                 "name": "跨境电商平台湖南卖家（店铺）数"
         *               },
         *               {
         *                 "floor": "=100%",
         *                 "level1": "产出指标",
         *                 "level2": "质量指标",
         *                 "name": "资金使用合规性"
         *               },
         *               {
         *                 "floor": "≥90%",
         *                 "level1": "产出指标",
         *                 "level2": "质量指标",
         *                 "name": "年度跨境电商重点工作完成率"
         *               },
         *               {
         *                 "floor": "≥90%",
         *                 "level1": "产出指标",
         *                 "level2": "时效指标",
         *                 "name": "预算资金执行率"
         *               },
         *               {
         *                 "floor": "≥90%",
         *                 "level1": "产出指标",
         *                 "level2": "时效指标",
         *                 "name": "资金拨付及时性"
         *               },
         *               {
         *                 "floor": null,
         *                 "level1": "效益指标",
         *                 "level2": "社会效益指标",
         *                 "name": "开展跨境电商相关资源对接、展会、赛事等活动"
         *               },
         *               {
         *                 "floor": null,
         *                 "level1": "效益指标",
         *                 "level2": "可持续影响指标",
         *                 "name": "对跨境电商未来可持续发展的影响"
         *               },
         *               {
         *                 "floor": "≥90%",
         *                 "level1": "满意度指标",
         *                 "level2": "服务对象满意度指标",
         *                 "name": "服务跨境电商企业满意度"
         *               }
         *             ],
         *             "strict": false
         *           },
         *           "total_provincial_funds": "2000",
         *           "updated_at": "2024-03-01T08:00:00Z",
         *           "version": 1,
         *           "year": 2024
         *         }
         *       ],
         *       "next_page_token": null
         *     }
         */
        FundPage: {
            /** @description The funds, ordered by id. */
            items: components["schemas"]["Fund"][];
            /** @description Token of the next page; `null` on the last page. */
            next_page_token: string | null;
        };
        /**
         * @description A JSON merge patch of a fund (RFC 7396): only the fields to change; `null` clears the total, the description or the template, and puts back the default scoring scheme; a template or scoring object merges into the stored one.
         * @example {
         *       "total_provincial_funds": "2100"
         *     }
         */
        FundPatch: {
            /**
             * @description 专项名称, at most 200 characters; unique within its year.
             * @example 2024年度跨境电商支持资金
             */
            name?: string;
            /**
             * Format: int64
             * @description Budget year, 2000–2100.
             * @example 2024
             */
            year?: number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            total_provincial_funds?: string | number | null;
            /** @description Free description, at most 2000 characters. */
            description?: string | null;
            template?: components["schemas"]["TemplateDocument"] | null;
            scoring?: components["schemas"]["ScoringDocument"] | null;
        };
        /**
         * @description Allocation of a fund across regions.
         * @example {
         *       "allocated_provincial_funds": "2000",
         *       "blank_matching_funds": 7,
         *       "by_status": {
         *         "APPROVED": 0,
         *         "DRAFT": 13,
         *         "RETURNED": 0,
         *         "SUBMITTED": 0
         *       },
         *       "fund_id": 1,
         *       "fund_name": "2024年度跨境电商支持资金",
         *       "indicator_count": 145,
         *       "missing_regions": [
         *         {
         *           "code": "430100",
         *           "name": "长沙市"
         *         }
         *       ],
         *       "regions": [
         *         {
         *           "error_count": 0,
         *           "indicator_count": 10,
         *           "matching_funds": "100",
         *           "matching_funds_note": null,
         *           "provincial_funds": "260",
         *           "region_code": "430200",
         *           "region_name": "株洲市",
         *           "sheet_id": 1,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 11,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "220",
         *           "region_code": "430300",
         *           "region_name": "湘潭市",
         *           "sheet_id": 2,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 3
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 10,
         *           "matching_funds": "50",
         *           "matching_funds_note": null,
         *           "provincial_funds": "260",
         *           "region_code": "430400",
         *           "region_name": "衡阳市",
         *           "sheet_id": 3,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 10,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "125",
         *           "region_code": "430500",
         *           "region_name": "邵阳市",
         *           "sheet_id": 4,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 12,
         *           "matching_funds": "0",
         *           "matching_funds_note": null,
         *           "provincial_funds": "235",
         *           "region_code": "430600",
         *           "region_name": "岳阳市",
         *           "sheet_id": 5,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 10,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "140",
         *           "region_code": "430700",
         *           "region_name": "常德市",
         *           "sheet_id": 6,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 10,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "85",
         *           "region_code": "430800",
         *           "region_name": "张家界市",
         *           "sheet_id": 7,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 10,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "85",
         *           "region_code": "430900",
         *           "region_name": "益阳市",
         *           "sheet_id": 8,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 12,
         *           "matching_funds": "100",
         *           "matching_funds_note": null,
         *           "provincial_funds": "230",
         *           "region_code": "431000",
         *           "region_name": "郴州市",
         *           "sheet_id": 10,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 3
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 13,
         *           "matching_funds": "50",
         *           "matching_funds_note": "含县市区",
         *           "provincial_funds": "50",
         *           "region_code": "431100",
         *           "region_name": "永州市",
         *           "sheet_id": 9,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 3
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 12,
         *           "matching_funds": "35",
         *           "matching_funds_note": null,
         *           "provincial_funds": "65",
         *           "region_code": "431200",
         *           "region_name": "怀化市",
         *           "sheet_id": 12,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 14,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "180",
         *           "region_code": "431300",
         *           "region_name": "娄底市",
         *           "sheet_id": 11,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 3
         *         },
         *         {
         *           "error_count": 0,
         *           "indicator_count": 11,
         *           "matching_funds": null,
         *           "matching_funds_note": null,
         *           "provincial_funds": "65",
         *           "region_code": "433100",
         *           "region_name": "湘西土家族苗族自治州",
         *           "sheet_id": 13,
         *           "status": "DRAFT",
         *           "version": 1,
         *           "warning_count": 2
         *         }
         *       ],
         *       "sheet_count": 13,
         *       "sheets_with_errors": 0,
         *       "sheets_with_warnings_only": 13,
         *       "stated_matching_funds": "335",
         *       "total_provincial_funds": "2000",
         *       "unallocated_provincial_funds": "0",
         *       "year": 2024
         *     }
         */
        FundSummary: {
            /**
             * Format: int64
             * @description The fund.
             */
            fund_id: number;
            /** @description The fund's name. */
            fund_name: string;
            /**
             * Format: int32
             * @description The fund's year.
             */
            year: number;
            /**
             * @description The fund's total provincial budget in 万元, or `null` when not fixed.
             * @example 2000
             */
            total_provincial_funds: string | null;
            /**
             * @description Sum of the sheets' provincial funds in 万元.
             * @example 2000
             */
            allocated_provincial_funds: string;
            /**
             * @description Total minus allocated in 万元 (negative when over budget); `null` without a total.
             * @example 0
             */
            unallocated_provincial_funds: string | null;
            /**
             * @description Sum of the stated matching funds in 万元 (blanks count as nothing).
             * @example 335
             */
            stated_matching_funds: string;
            /**
             * Format: int64
             * @description Sheets whose matching funds are blank.
             */
            blank_matching_funds: number;
            /**
             * Format: int64
             * @description Number of sheets.
             */
            sheet_count: number;
            /**
             * Format: int64
             * @description Number of indicators over all sheets.
             */
            indicator_count: number;
            /** @description Sheets by status. */
            by_status: components["schemas"]["StatusCounts"];
            /**
             * Format: int64
             * @description Sheets with at least one error against today's rules and the fund's template.
             */
            sheets_with_errors: number;
            /**
             * Format: int64
             * @description Sheets with warnings but no error.
             */
            sheets_with_warnings_only: number;
            /** @description One line per region with a sheet, ordered by region code. */
            regions: components["schemas"]["RegionLine"][];
            /** @description Built-in regions without a sheet for this fund. */
            missing_regions: components["schemas"]["MissingRegion"][];
        };
        /**
         * @description 等级.
         * @enum {string}
         */
        Grade: "EXCELLENT" | "GOOD" | "FAIR" | "POOR";
        /** @description How many scored regions have each grade. */
        GradeCounts: {
            /**
             * Format: int32
             * @description 优.
             */
            EXCELLENT: number;
            /**
             * Format: int32
             * @description 良.
             */
            GOOD: number;
            /**
             * Format: int32
             * @description 中.
             */
            FAIR: number;
            /**
             * Format: int32
             * @description 差.
             */
            POOR: number;
        };
        /** @description One indicator across the fund's sheets. */
        Group: {
            /**
             * @description 一级指标.
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标.
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标: the template's wording for a template indicator, else as first written.
             * @example 跨境电商相关培训人次数
             */
            name: string;
            /** @description True when the fund's template lists the indicator. */
            in_template: boolean;
            /**
             * @description How many sheets carry the indicator.
             * @example 13
             */
            sheets: number;
            /**
             * @description True when the measurable targets share kind, basis, method family and unit (see the
             *     module notes in docs/API.md); only then are the figures below given.
             */
            comparable: boolean;
            kind: components["schemas"]["TargetKind"] | null;
            /**
             * @description The unit of the comparable targets after the alias table (`场次` is `场`); null when not
             *     comparable or when every target is unitless.
             * @example 人次
             */
            unit: string | null;
            method: components["schemas"]["Family"] | null;
            /**
             * @description The comparable values summed; null when not comparable, for `%` and for RELATIVE
             *     targets.
             * @example 5350
             */
            sum: string | null;
            /**
             * @description The least comparable value; null when not comparable.
             * @example 100
             */
            min: string | null;
            /**
             * @description The median of the comparable values (the mean of the two middle ones for an even
             *     count); null when not comparable.
             * @example 400
             */
            median: string | null;
            /**
             * @description The greatest comparable value; null when not comparable.
             * @example 1000
             */
            max: string | null;
            /**
             * @description The median of the exact `per_wan` quotients, rounded half-up to 4 places; null when not
             *     comparable or no target has a `per_wan`.
             * @example 2.5
             */
            median_per_wan: string | null;
            /** @description One entry per sheet carrying the indicator, sheets by id. */
            targets: components["schemas"]["GroupTarget"][];
            monitoring: components["schemas"]["MonitoringFigures"] | null;
            results: components["schemas"]["ResultFigures"] | null;
        };
        /** @description One region's target in a group. */
        GroupTarget: {
            /**
             * @description The region's code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description The region's name.
             * @example 株洲市
             */
            region_name: string;
            /**
             * Format: int64
             * @description The sheet.
             * @example 1
             */
            sheet_id: number;
            /**
             * Format: int64
             * @description The indicator in that sheet.
             * @example 1
             */
            indicator_id: number;
            /**
             * @description 指标值, as written.
             * @example 1000
             */
            target: string;
            /**
             * @description The target's number as a decimal string (a RANGE's lower bound); null for a target that
             *     counts in no figure (qualitative, vague, a deadline, or one that does not parse).
             * @example 1000
             */
            value: string | null;
            /**
             * @description `value` ÷ the sheet's provincial funds in 万元, rounded half-up to 4 places: for
             *     QUANTITATIVE targets whose unit is not `%` (unitless included); null for `%` and
             *     RELATIVE targets and when the provincial funds are 0.
             * @example 3.8462
             */
            per_wan: string | null;
            flag: components["schemas"]["Flag"] | null;
        };
        /**
         * @description Liveness answer.
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /**
             * @description Always `ok` when the process answers.
             * @example ok
             */
            status: string;
        };
        /**
         * @description The answer to a bulk upload.
         * @example {
         *       "created": 1,
         *       "dry_run": false,
         *       "failed": 0,
         *       "items": [
         *         {
         *           "index": 0,
         *           "issues": [
         *             {
         *               "code": "TARGET_NOT_MEASURABLE",
         *               "message": "指标值“正增长”不可衡量，建议给出具体数值",
         *               "path": "/indicators/2/target",
         *               "severity": "WARNING"
         *             },
         *             {
         *               "code": "TARGET_NOT_MEASURABLE",
         *               "message": "指标值“积极”不可衡量，建议给出具体数值",
         *               "path": "/indicators/8/target",
         *               "severity": "WARNING"
         *             }
         *           ],
         *           "key": {
         *             "fund_id": 1,
         *             "region_code": "430200"
         *           },
         *           "outcome": "UNCHANGED",
         *           "sheet_id": 1
         *         },
         *         {
         *           "index": 1,
         *           "issues": [
         *             {
         *               "code": "TARGET_NOT_MEASURABLE",
         *               "message": "指标值“同比增长”不可衡量，建议给出具体数值",
         *               "path": "/indicators/2/target",
         *               "severity": "WARNING"
         *             },
         *             {
         *               "code": "TARGET_NOT_MEASURABLE",
         *               "message": "指标值“正增长”不可衡量，建议给出具体数值",
         *               "path": "/indicators/3/target",
         *               "severity": "WARNING"
         *             },
         *             {
         *               "code": "TARGET_NOT_MEASURABLE",
         *               "message": "指标值“积极”不可衡量，建议给出具体数值",
         *               "path": "/indicators/9/target",
         *               "severity": "WARNING"
         *             }
         *           ],
         *           "key": {
         *             "fund_id": 1,
         *             "region_code": "430300"
         *           },
         *           "outcome": "CREATED",
         *           "sheet_id": 2
         *         }
         *       ],
         *       "mode": "atomic",
         *       "saved": true,
         *       "unchanged": 1,
         *       "updated": 0
         *     }
         */
        ImportSummary: {
            /** @description `atomic` or `partial`. */
            mode: components["schemas"]["BulkMode"];
            /** @description True when nothing was to be saved. */
            dry_run: boolean;
            /**
             * @description True when the outcomes were written (false for a dry run and a refused atomic upload:
             *     the outcomes then say what would have happened).
             */
            saved: boolean;
            /** @description Items created. */
            created: number;
            /** @description Items updated. */
            updated: number;
            /** @description Items unchanged. */
            unchanged: number;
            /** @description Items failed. */
            failed: number;
            /** @description One entry per item, in upload order. */
            items: components["schemas"]["ItemResult"][];
        };
        /** @description A stored indicator. */
        Indicator: {
            /**
             * Format: int64
             * @description Identifier, read-only: it stays the same across saves of the sheet (SPEC §5.0), so
             *     monitoring reports and self-evaluations can refer to the indicator. Send it back with
             *     the indicator to keep it through a rename.
             * @example 17
             */
            id: number;
            /**
             * @description 一级指标 (canonical label).
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标 (canonical label).
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标, as written.
             * @example 跨境电商相关培训人次数
             */
            name: string;
            /**
             * @description 指标值, as written.
             * @example 1000
             */
            target: string;
            target_parsed: components["schemas"]["TargetParsed"] | null;
        };
        /** @description One indicator as a client sends it. */
        IndicatorDocument: {
            /**
             * Format: int64
             * @description The `id` that `GET` gave this indicator, to keep it (and what refers to it) across a
             *     rename: on a write to an existing sheet, an indicator sent with one of that sheet's ids
             *     updates that indicator in place; without one it is matched by 一级, 二级 and name. An id
             *     that is not one of the sheet's is ignored, and so are ids when creating a sheet.
             * @example 17
             */
            id?: number | null;
            /**
             * @description 一级指标: a label from `GET /api/v1/taxonomy` (whitespace ignored).
             * @example 产出指标
             */
            level1?: string | null;
            /**
             * @description 二级指标: a label under `level1` (whitespace ignored, aliases accepted).
             * @example 数量指标
             */
            level2?: string | null;
            /**
             * @description 三级指标: the indicator's name, free text kept as written, at most 200 characters,
             *     unique within its 二级指标.
             * @example 跨境电商相关培训人次数
             */
            name?: string | null;
            /**
             * @description 指标值: the target as written, at most 100 characters, e.g. `≥90%`, `10场以上`.
             * @example 1000
             */
            target?: string | null;
        };
        /**
         * @description One indicator as a client sends it with a sheet: its 一级, 二级, name and target, and the `id` of the stored indicator it updates, when there is one.
         * @example {
         *       "id": 1,
         *       "level1": "产出指标",
         *       "level2": "数量指标",
         *       "name": "跨境电商相关培训人次数",
         *       "target": "1000"
         *     }
         */
        IndicatorInput: {
            /**
             * Format: int64
             * @description The `id` that `GET` gave this indicator, to keep it (and what refers to it) across a
             *     rename: on a write to an existing sheet, an indicator sent with one of that sheet's ids
             *     updates that indicator in place; without one it is matched by 一级, 二级 and name. An id
             *     that is not one of the sheet's is ignored, and so are ids when creating a sheet.
             * @example 17
             */
            id?: number;
            /**
             * @description 一级指标: a label from `GET /api/v1/taxonomy` (whitespace ignored).
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标: a label under `level1` (whitespace ignored, aliases accepted).
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标: the indicator's name, free text kept as written, at most 200 characters,
             *     unique within its 二级指标.
             * @example 跨境电商相关培训人次数
             */
            name: string;
            /**
             * @description 指标值: the target as written, at most 100 characters, e.g. `≥90%`, `10场以上`.
             * @example 1000
             */
            target: string;
        };
        /**
         * @description One problem found in a request or a document.
         * @example {
         *       "code": "TARGET_NOT_MEASURABLE",
         *       "message": "指标值“正增长”不可衡量，建议给出具体数值",
         *       "path": "/indicators/2/target",
         *       "severity": "WARNING"
         *     }
         */
        Issue: {
            /** @description Stable machine-readable code, UPPER_SNAKE_CASE (see `docs/VALIDATION.md`): one of `IssueCode`, or a code a later version added. */
            code: components["schemas"]["IssueCode"] | string;
            /** @description `ERROR` blocks saving; `WARNING` is reported and saved. */
            severity: components["schemas"]["Severity"];
            /** @description JSON Pointer (RFC 6901) into the submitted document; empty for the document as a whole. */
            path: string;
            /** @description Human-readable explanation, Chinese by default, English with `Accept-Language: en`. */
            message: string;
            /** @description Query or path parameter at fault, when the issue is about the URL rather than the body. */
            parameter?: string | null;
            /**
             * Format: int32
             * @description 1-based row in an uploaded file (CSV, Excel, documents), when known.
             */
            row?: number | null;
            /** @description Column name or letter in an uploaded file, when known. */
            column?: string | null;
        };
        /**
         * @description The issue codes this version sends, UPPER_SNAKE_CASE; `docs/VALIDATION.md` explains each one. A later version may add codes.
         * @enum {string}
         */
        IssueCode: "UNKNOWN_FIELD" | "MISSING_FIELD" | "INVALID_TYPE" | "INVALID_PARAMETER" | "REQUIRED" | "TOO_LONG" | "TOO_MANY" | "CONTROL_CHARACTER" | "AMOUNT_NEGATIVE" | "AMOUNT_TOO_PRECISE" | "AMOUNT_TOO_LARGE" | "AMOUNT_INVALID" | "YEAR_OUT_OF_RANGE" | "INVALID_REGION_CODE" | "UNKNOWN_LEVEL1" | "UNKNOWN_LEVEL2" | "LEVEL2_NOT_UNDER_LEVEL1" | "DUPLICATE_INDICATOR" | "TARGET_EMPTY" | "TARGET_MALFORMED" | "TARGET_RANGE_INVERTED" | "SATISFACTION_OVER_100" | "UNKNOWN_FUND" | "UNKNOWN_REGION" | "IMMUTABLE_FIELD" | "SHEET_EXISTS" | "FUND_EXISTS" | "AMBIGUOUS_REFERENCE" | "FUND_TOTAL_EXCEEDED" | "SHEET_NOT_EDITABLE" | "REGION_NOT_PERMITTED" | "SHEET_NOT_FOUND" | "SHEET_NOT_APPROVED" | "REPORT_NOT_EDITABLE" | "EVALUATION_NOT_EDITABLE" | "INVALID_REGION_SCOPE" | "TOKEN_EXISTS" | "FILE_UNREADABLE" | "ENCODING_UNSUPPORTED" | "FORM_LAYOUT" | "COLUMN_MISSING" | "COLUMN_UNKNOWN" | "DUPLICATE_ITEM" | "VALUE_INVALID" | "TOO_MANY_ITEMS" | "CELL_TOO_LONG" | "TOO_MANY_ROWS" | "LEVEL1_MISSING" | "OUTPUT_LEVEL2_MISSING" | "TARGET_NOT_MEASURABLE" | "DEPARTMENT_REGION_MISMATCH" | "TEMPLATE_INDICATOR_MISSING" | "TEMPLATE_FLOOR_NOT_MET" | "UNKNOWN_INDICATOR" | "INDICATOR_IN_USE" | "INDICATOR_NOT_REPORTED" | "LIKELIHOOD_REQUIRED" | "DEVIATION_REASON_REQUIRED" | "ACTUAL_NOT_COMPARABLE" | "OUTLOOK_INCONSISTENT" | "EXECUTED_EXCEEDS_BUDGET" | "EXPECTED_BELOW_EXECUTED" | "BEHIND_SCHEDULE" | "SCORING_WEIGHTS_INVALID" | "WEIGHTS_SUM_INVALID" | "SCORE_OUT_OF_BAND" | "ACHIEVEMENT_CONTRADICTS_ACTUAL" | "ACHIEVEMENT_REQUIRED" | "DEVIATION_ANALYSIS_REQUIRED" | "ACHIEVEMENT_IGNORED" | "OVER_ACHIEVED" | "INDICATOR_UNWEIGHTED" | "TARGET_BELOW_PEERS";
        /** @description The natural key of an item, as resolved. */
        ItemKey: {
            /**
             * Format: int64
             * @description The fund, when known; absent otherwise.
             */
            fund_id?: number | null;
            /**
             * @description The region, when known; absent otherwise.
             * @example 430200
             */
            region_code?: string | null;
            /**
             * Format: int32
             * @description For a monitoring report, its month, when known; absent otherwise.
             * @example 7
             */
            month?: number | null;
        };
        /**
         * @description What happened to one item.
         * @enum {string}
         */
        ItemOutcome: "CREATED" | "UPDATED" | "UNCHANGED" | "FAILED";
        /** @description One item of an import summary. */
        ItemResult: {
            /** @description 0-based position of the item in the upload. */
            index: number;
            /** @description Its fund and region. */
            key: components["schemas"]["ItemKey"];
            /** @description What happened to it. */
            outcome: components["schemas"]["ItemOutcome"];
            /**
             * Format: int64
             * @description The sheet's id, when it exists (or was saved); absent otherwise, also for a sheet a dry
             *     run or a refused atomic upload would have created. For a report or an evaluation, the
             *     sheet it belongs to.
             */
            sheet_id?: number | null;
            /**
             * @description Its errors and warnings; paths are relative to the item, and for CSV, Excel and
             *     documents `row` and `column` say where in the file.
             */
            issues: components["schemas"]["Issue"][];
        };
        /** @description One 一级指标 with its 二级指标. */
        Level1View: {
            /**
             * @description Canonical label, the value to send as an indicator's `level1`.
             * @example 产出指标
             */
            label: string;
            /**
             * @description English name, for display only.
             * @example Output indicators
             */
            label_en: string;
            /** @description The 二级指标 allowed under this 一级. */
            level2: components["schemas"]["Level2View"][];
        };
        /** @description One 二级指标. */
        Level2View: {
            /**
             * @description Canonical label, the value to send as an indicator's `level2`.
             * @example 数量指标
             */
            label: string;
            /**
             * @description English name, for display only.
             * @example Quantity indicators
             */
            label_en: string;
            /** @description Other spellings accepted on input and stored as `label`. */
            aliases: string[];
        };
        /**
         * @description Where a region stands in the fund's picture.
         * @enum {string}
         */
        Light: "GREEN" | "YELLOW" | "RED" | "GREY";
        /**
         * @description 完成目标可能性.
         * @enum {string}
         */
        Likelihood: "CERTAIN" | "POSSIBLE" | "IMPOSSIBLE";
        /**
         * @description How an indicator is scored (SPEC §6.3).
         * @enum {string}
         */
        Method: "REACH" | "REVERSE" | "RANGE" | "JUDGED" | "DEADLINE";
        /** @description A region without a sheet. */
        MissingRegion: {
            /**
             * @description Region code.
             * @example 430100
             */
            code: string;
            /**
             * @description Region name.
             * @example 长沙市
             */
            name: string;
        };
        /**
         * @description The group's actuals in the latest month with counted (submitted or approved) monitoring
         *     reports in the fund.
         */
        MonitoringFigures: {
            /**
             * Format: int32
             * @description The cut-off month (1–N月) of the fund's latest counted reports.
             * @example 7
             */
            month: number;
            /**
             * @description The comparable 1–N月 actuals summed, a decimal string; null when the group gives no
             *     `sum` (not comparable, `%` or RELATIVE).
             * @example 2100
             */
            actual_sum: string | null;
            /**
             * Format: int32
             * @description How many regions reported a comparable actual for the month.
             * @example 9
             */
            regions: number;
        };
        /**
         * @description How likely an indicator's target is to be met by the end of the year.
         * @enum {string}
         */
        Outlook: "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "NOT_ASSESSED";
        /** @description Outlook counts of a region's report. */
        OutlookCounts: {
            /**
             * Format: int32
             * @description Indicators on track.
             */
            ON_TRACK: number;
            /**
             * Format: int32
             * @description Indicators at risk.
             */
            AT_RISK: number;
            /**
             * Format: int32
             * @description Indicators off track.
             */
            OFF_TRACK: number;
            /**
             * Format: int32
             * @description Indicators not assessed (no likelihood and no comparable expected value, or not
             *     reported).
             */
            NOT_ASSESSED: number;
        };
        /**
         * @description A target value to parse.
         * @example {
         *       "text": "12月底前完成",
         *       "year": 2024
         *     }
         */
        ParseRequest: {
            /** @description The 指标值 as written, e.g. `≥90%`, `10场以上`, `同比增长20%`, `积极`, `12月底前完成`. */
            text: string;
            /**
             * Format: int64
             * @description The year of a deadline that names none (the fund's year), 1900–2100: with `2024`,
             *     `12月底前` reads as `2024-12-31`; without it, as `--12-31`. A year in the text wins.
             * @example 2024
             */
            year?: number | null;
        };
        /**
         * @description How the service reads a target value.
         * @example {
         *       "issues": [],
         *       "parsed": {
         *         "basis": null,
         *         "comparator": "LE",
         *         "date": "2024-12-31",
         *         "kind": "DEADLINE",
         *         "measurable": true,
         *         "note": null,
         *         "unit": null,
         *         "upper": null,
         *         "value": null
         *       },
         *       "text": "12月底前完成"
         *     }
         */
        ParseResponse: {
            /** @description The text as sent. */
            text: string;
            parsed: components["schemas"]["TargetParsed"] | null;
            /**
             * @description `TARGET_EMPTY`, `TARGET_MALFORMED` or `TARGET_RANGE_INVERTED` when it does not parse;
             *     `TARGET_NOT_MEASURABLE` (a warning) for a vague target.
             */
            issues: components["schemas"]["Issue"][];
        };
        /**
         * @description Who is calling: the token's name, role and (for submitters) regions.
         * @example {
         *       "name": "株洲市商务局",
         *       "regions": [
         *         "430200"
         *       ],
         *       "role": "SUBMITTER",
         *       "token_id": 2
         *     }
         */
        Principal: {
            /**
             * Format: int64
             * @description The token's id; `null` when access control is disabled or for command-line work.
             */
            token_id: number | null;
            /**
             * @description The token's name, recorded as the actor of every change it makes.
             * @example 株洲市商务局
             */
            name: string;
            /** @description The token's role. */
            role: components["schemas"]["Role"];
            /**
             * @description For `SUBMITTER`: the region codes it may write; empty for other roles.
             * @example [
             *       "430200"
             *     ]
             */
            regions: string[];
        };
        /**
         * @description An error response (RFC 9457 problem details, `application/problem+json`). Each operation's
         *     responses give an example for every code it can answer.
         */
        Problem: {
            /** @description URI naming the kind of problem: `urn:perf-targets:problem:<code in kebab case>`. */
            type: string;
            /** @description Short summary of the kind of problem, in the request's language. */
            title: string;
            /**
             * Format: int32
             * @description HTTP status code.
             */
            status: number;
            /** @description Explanation of this occurrence, in the request's language. */
            detail: string;
            /** @description The request path. */
            instance: string;
            /** @description Stable UPPER_SNAKE code of the problem: one of `ProblemCode`, or a code a later version added (treat an unknown code by its `status`). */
            code: components["schemas"]["ProblemCode"] | string;
            /** @description The request id (also in the `X-Request-Id` header); quote it when reporting a problem. */
            request_id: string;
            /** @description The issues at fault, when fields of the request are at fault. */
            errors?: components["schemas"]["Issue"][] | null;
            summary?: components["schemas"]["ImportSummary"] | null;
        };
        /**
         * @description The problem codes this version sends, UPPER_SNAKE_CASE; `docs/API.md` explains each one. A later version may add codes: treat an unknown one by its status.
         * @enum {string}
         */
        ProblemCode: "INVALID_QUERY" | "INVALID_PATH_PARAMETER" | "MALFORMED_JSON" | "INVALID_BODY" | "INVALID_HEADER" | "BAD_REQUEST" | "CORS_REJECTED" | "UNAUTHENTICATED" | "FORBIDDEN" | "ROUTE_NOT_FOUND" | "SHEET_NOT_FOUND" | "FUND_NOT_FOUND" | "REVISION_NOT_FOUND" | "TOKEN_NOT_FOUND" | "REPORT_NOT_FOUND" | "EVALUATION_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "SHEET_EXISTS" | "FUND_EXISTS" | "FUND_HAS_SHEETS" | "SHEET_NOT_EDITABLE" | "INVALID_TRANSITION" | "SHEET_NOT_APPROVED" | "REPORT_NOT_EDITABLE" | "EVALUATION_NOT_EDITABLE" | "INDICATOR_IN_USE" | "SHEET_IN_USE" | "TOKEN_EXISTS" | "LAST_ADMIN_TOKEN" | "PRECONDITION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "IMPORT_FAILED" | "UNREADABLE_UPLOAD" | "IDEMPOTENCY_KEY_REUSED" | "EXPORT_FAILED" | "RATE_LIMITED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "TRANSACTION_CONFLICT";
        /**
         * @description Readiness answer.
         * @example {
         *       "database": "sqlite",
         *       "status": "ready"
         *     }
         */
        Ready: {
            /**
             * @description `ready` when the database answers.
             * @example ready
             */
            status: string;
            /**
             * @description The database engine in use: `sqlite` or `postgres`.
             * @example sqlite
             */
            database: string;
        };
        /**
         * @description The body of a step that needs a reason: returning (退回) or reopening (调整).
         * @example {
         *       "reason": "请补充时效指标"
         *     }
         */
        ReasonRequest: {
            /**
             * @description Why: required to return (退回) or reopen (调整) a sheet, optional otherwise; at most 2000
             *     characters. Kept in the sheet's `status_reason` and in the revision.
             */
            reason: string;
        };
        /** @description An administrative division (GB/T 2260). */
        Region: {
            /**
             * @description Six-digit division code, the value sheets use as `region_code`.
             * @example 433100
             */
            code: string;
            /**
             * @description Full name.
             * @example 湘西土家族苗族自治州
             */
            name: string;
            /**
             * @description Short name, accepted by importers and the department check as well as `name`.
             * @example 湘西州
             */
            short_name: string;
        };
        /** @description One region's row of the fund's ranking. */
        RegionEvaluation: {
            /**
             * @description Region code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description Region name.
             * @example 株洲市
             */
            region_name: string;
            /**
             * Format: int64
             * @description The region's sheet.
             * @example 1
             */
            sheet_id: number;
            /** @description The sheet's status. */
            sheet_status: components["schemas"]["SheetStatus"];
            /** @description The evaluation's status; `MISSING` when there is none. */
            status: components["schemas"]["EvaluationState"];
            /**
             * @description 预算执行率 of a submitted or approved evaluation, %; null otherwise (or when the budget
             *     is 0).
             * @example 86.00
             */
            execution_rate: string | null;
            /**
             * @description 总分 of a submitted or approved evaluation; null otherwise.
             * @example 83.70
             */
            total_score: string | null;
            grade: components["schemas"]["Grade"] | null;
        };
        /** @description One region's line in a fund summary. */
        RegionLine: {
            /**
             * @description Region code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description Region name.
             * @example 株洲市
             */
            region_name: string;
            /**
             * Format: int64
             * @description The region's sheet.
             */
            sheet_id: number;
            /** @description The sheet's status. */
            status: components["schemas"]["SheetStatus"];
            /**
             * Format: int64
             * @description The sheet's version.
             */
            version: number;
            /**
             * @description 省级资金 in 万元.
             * @example 260
             */
            provincial_funds: string;
            /**
             * @description 市、区拟配套资金 in 万元; `null` when blank.
             * @example 100
             */
            matching_funds: string | null;
            /** @description Remark beside the matching funds. */
            matching_funds_note: string | null;
            /**
             * Format: int64
             * @description Number of indicators.
             */
            indicator_count: number;
            /**
             * Format: int64
             * @description Errors the sheet has against today's rules and the fund's template.
             */
            error_count: number;
            /**
             * Format: int64
             * @description Warnings the sheet has against today's rules and the fund's template.
             */
            warning_count: number;
        };
        /**
         * @description All regions, ordered by code (a short reference list: not paged).
         * @example {
         *       "items": [
         *         {
         *           "code": "430100",
         *           "name": "长沙市",
         *           "short_name": "长沙市"
         *         },
         *         {
         *           "code": "430200",
         *           "name": "株洲市",
         *           "short_name": "株洲市"
         *         },
         *         {
         *           "code": "430300",
         *           "name": "湘潭市",
         *           "short_name": "湘潭市"
         *         },
         *         {
         *           "code": "430400",
         *           "name": "衡阳市",
         *           "short_name": "衡阳市"
         *         },
         *         {
         *           "code": "430500",
         *           "name": "邵阳市",
         *           "short_name": "邵阳市"
         *         },
         *         {
         *           "code": "430600",
         *           "name": "岳阳市",
         *           "short_name": "岳阳市"
         *         },
         *         {
         *           "code": "430700",
         *           "name": "常德市",
         *           "short_name": "常德市"
         *         },
         *         {
         *           "code": "430800",
         *           "name": "张家界市",
         *           "short_name": "张家界市"
         *         },
         *         {
         *           "code": "430900",
         *           "name": "益阳市",
         *           "short_name": "益阳市"
         *         },
         *         {
         *           "code": "431000",
         *           "name": "郴州市",
         *           "short_name": "郴州市"
         *         },
         *         {
         *           "code": "431100",
         *           "name": "永州市",
         *           "short_name": "永州市"
         *         },
         *         {
         *           "code": "431200",
         *           "name": "怀化市",
         *           "short_name": "怀化市"
         *         },
         *         {
         *           "code": "431300",
         *           "name": "娄底市",
         *           "short_name": "娄底市"
         *         },
         *         {
         *           "code": "433100",
         *           "name": "湘西土家族苗族自治州",
         *           "short_name": "湘西州"
         *         }
         *       ]
         *     }
         */
        RegionList: {
            /** @description The regions. */
            items: components["schemas"]["Region"][];
        };
        /** @description One region's row of the fund's picture. */
        RegionMonitoring: {
            /**
             * @description Region code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description Region name.
             * @example 株洲市
             */
            region_name: string;
            /**
             * Format: int64
             * @description The region's sheet.
             * @example 1
             */
            sheet_id: number;
            /** @description The sheet's status. */
            sheet_status: components["schemas"]["SheetStatus"];
            /** @description The report's status for the month; `MISSING` when there is none. */
            report_status: components["schemas"]["ReportState"];
            /**
             * @description 年初预算数 of the sheet, 万元.
             * @example 360
             */
            budget: string;
            /**
             * @description 1–N月执行数 of a counted report; null otherwise.
             * @example 150
             */
            executed_funds: string | null;
            /**
             * @description 执行率 of a counted report, %; null otherwise (or when the budget is 0).
             * @example 41.67
             */
            execution_rate: string | null;
            /** @description Behind schedule, for a counted report; null otherwise. */
            behind_schedule: boolean | null;
            outlook: components["schemas"]["OutlookCounts"] | null;
            /** @description `GREEN`, `YELLOW`, `RED`, or `GREY` when no report is counted. */
            light: components["schemas"]["Light"];
        };
        /**
         * @description A monitoring report (绩效监控表) as the API returns it: what was sent, and (read-only) the
         *     figures computed from it — on every read while `DRAFT` or `RETURNED`, as they were at submit
         *     afterwards.
         */
        Report: {
            /**
             * Format: int64
             * @description The sheet.
             * @example 1
             */
            sheet_id: number;
            /**
             * Format: int32
             * @description The cut-off month N (the data of 1–N月), 1–12.
             * @example 7
             */
            month: number;
            /** @description Review status; changed only by the review steps. */
            status: components["schemas"]["SheetStatus"];
            /** @description The reason given with the latest review step, or null. */
            status_reason: string | null;
            /**
             * Format: int64
             * @description Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the report was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updated_at: string;
            /**
             * @description 1–N月执行数 in 万元.
             * @example 150
             */
            executed_funds: string;
            /**
             * @description 全年预计执行数 in 万元, or null.
             * @example 330
             */
            expected_executed_funds: string | null;
            /** @description 年度总体目标完成情况. */
            goal_progress: string | null;
            /**
             * @description 年初预算数 = 省级资金 + 市、区拟配套资金, 万元 (read-only).
             * @example 360
             */
            budget: string;
            /**
             * @description 执行率 in % (2 places, half-up); null when the budget is 0 (read-only).
             * @example 41.67
             */
            execution_rate: string | null;
            /**
             * @description 序时进度 = N ÷ 12 in % (2 places, half-up; read-only).
             * @example 58.33
             */
            time_progress: string;
            /** @description The execution rate is below the time progress (exact values; read-only). */
            behind_schedule: boolean;
            /** @description The lines, in the order sent. */
            indicators: components["schemas"]["ReportLineView"][];
            /**
             * @description The checks of SPEC §5.2 against the report as it stands (read-only): warnings, and on
             *     a `DRAFT` the *submit* checks that submitting will make errors.
             */
            issues: components["schemas"]["Issue"][];
        };
        /**
         * @description One monitoring report of a bulk upload (`POST /monitoring/bulk`): the document of `PUT /sheets/{sheet_id}/monitoring/{month}` (what `GET` returns is accepted as it is) with its key: the fund and the region (or `sheet_id` alone; beside them it must be their sheet's), and `month`.
         * @example {
         *       "executed_funds": "150",
         *       "expected_executed_funds": "340",
         *       "goal_progress": "已开展跨境电商培训600人次、对接活动6场",
         *       "indicators": [
         *         {
         *           "actual": "600",
         *           "expected": "1000",
         *           "indicator_id": 1,
         *           "likelihood": "CERTAIN"
         *         },
         *         {
         *           "actual": "6场",
         *           "deviation_note": "配套资金未到位",
         *           "deviation_reasons": [
         *             "FUNDING",
         *             "OTHER"
         *           ],
         *           "expected": "8场",
         *           "indicator_id": 8,
         *           "likelihood": "POSSIBLE",
         *           "measures": "三季度集中开展"
         *         }
         *       ]
         *     }
         */
        ReportBulkItem: {
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            executed_funds: string | number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            expected_executed_funds?: string | number | null;
            /** @description 年度总体目标完成情况, at most 2000 characters. */
            goal_progress?: string | null;
            /** @description One line per indicator of the sheet, in any order (at most 200). */
            indicators?: components["schemas"]["ReportLineDocument"][];
            /** @description The sheet, by id; or give the fund (`fund_id`, or `fund_name` with `year`) and the region (`region_code` or `region_name`) */
            sheet_id?: number;
            /** @description The sheet's fund, by id (with the region) */
            fund_id?: number;
            /** @description The sheet's region, by code (with the fund) */
            region_code?: string;
            /** @description The cut-off month N, 1–12 (required) */
            month?: number;
            /** @description The fund by its 专项名称, instead of `fund_id` (with `year` when the name is not unique) */
            fund_name?: string;
            /** @description The fund's year, narrowing `fund_name` */
            year?: number;
            /** @description The region by its full or short name, instead of `region_code`; without either, the region is taken from the department names */
            region_name?: string;
        };
        /**
         * @description A monitoring report as a client sends it: the document its writes and checks read. In the
         *     spec it is the body of `validate`, which checks any document; `PUT` and the bulk upload name
         *     what they require (`ReportInput`, `ReportBulkItem`). What `GET` returns can be sent back as
         *     it is: the read-only fields are ignored.
         * @example {
         *       "executed_funds": "150",
         *       "expected_executed_funds": "340",
         *       "goal_progress": "已开展跨境电商培训600人次、对接活动6场",
         *       "indicators": [
         *         {
         *           "actual": "600",
         *           "expected": "1000",
         *           "indicator_id": 1,
         *           "likelihood": "CERTAIN"
         *         },
         *         {
         *           "actual": "6场",
         *           "deviation_note": "配套资金未到位",
         *           "deviation_reasons": [
         *             "FUNDING",
         *             "OTHER"
         *           ],
         *           "expected": "8场",
         *           "indicator_id": 8,
         *           "likelihood": "POSSIBLE",
         *           "measures": "三季度集中开展"
         *         }
         *       ]
         *     }
         */
        ReportDocument: {
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            executed_funds?: string | number | null;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            expected_executed_funds?: string | number | null;
            /** @description 年度总体目标完成情况, at most 2000 characters. */
            goal_progress?: string | null;
            /** @description One line per indicator of the sheet, in any order (at most 200). */
            indicators?: components["schemas"]["ReportLineDocument"][] | null;
        };
        /**
         * @description A monitoring report to create or to replace the stored one with (`PUT /sheets/{sheet_id}/monitoring/{month}`): what `GET` returns may be sent back as it is (its computed figures are ignored). Indicators left out are reported as not reported (a warning on save, an error on submit).
         * @example {
         *       "executed_funds": "150",
         *       "expected_executed_funds": "340",
         *       "goal_progress": "已开展跨境电商培训600人次、对接活动6场",
         *       "indicators": [
         *         {
         *           "actual": "600",
         *           "expected": "1000",
         *           "indicator_id": 1,
         *           "likelihood": "CERTAIN"
         *         },
         *         {
         *           "actual": "6场",
         *           "deviation_note": "配套资金未到位",
         *           "deviation_reasons": [
         *             "FUNDING",
         *             "OTHER"
         *           ],
         *           "expected": "8场",
         *           "indicator_id": 8,
         *           "likelihood": "POSSIBLE",
         *           "measures": "三季度集中开展"
         *         }
         *       ]
         *     }
         */
        ReportInput: {
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            executed_funds: string | number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            expected_executed_funds?: string | number | null;
            /** @description 年度总体目标完成情况, at most 2000 characters. */
            goal_progress?: string | null;
            /** @description One line per indicator of the sheet, in any order (at most 200). */
            indicators?: components["schemas"]["ReportLineDocument"][];
        };
        /** @description One indicator of a report as a client sends it. */
        ReportLineDocument: {
            /**
             * Format: int64
             * @description The sheet's indicator (its `id` in `GET /sheets/{sheet_id}`).
             * @example 8
             */
            indicator_id?: number | null;
            /**
             * @description 1–N月完成值: one value in the grammar of the targets (`6场`, `93%`, `同比增长12%`,
             *     `2024年11月`); free text for a qualitative or not measurable target. At most 100
             *     characters.
             * @example 6场
             */
            actual?: string | null;
            /**
             * @description 全年预计完成值, read as `actual`.
             * @example 12场
             */
            expected?: string | null;
            likelihood?: components["schemas"]["Likelihood"] | null;
            /** @description 偏差原因, any of the five, each once. */
            deviation_reasons?: components["schemas"]["DeviationReason"][] | null;
            /** @description 偏差原因说明, at most 2000 characters. */
            deviation_note?: string | null;
            /** @description 完善措施 (纠偏措施), at most 2000 characters. */
            measures?: string | null;
        };
        /** @description One indicator of a report, as the API returns it. */
        ReportLineView: {
            /**
             * Format: int64
             * @description The sheet's indicator.
             * @example 8
             */
            indicator_id: number;
            /**
             * @description 一级指标 (read-only).
             * @example 效益指标
             */
            level1: string;
            /**
             * @description 二级指标 (read-only).
             * @example 社会效益指标
             */
            level2: string;
            /**
             * @description 三级指标 (read-only).
             * @example 开展跨境电商相关资源对接、展会、赛事等活动
             */
            name: string;
            /**
             * @description 年度指标值 (read-only), as written.
             * @example 10场以上
             */
            target: string;
            target_parsed: components["schemas"]["TargetParsed"] | null;
            /**
             * @description 1–N月完成值, as written.
             * @example 6场
             */
            actual: string | null;
            /**
             * @description 全年预计完成值, as written.
             * @example 12场
             */
            expected: string | null;
            likelihood: components["schemas"]["Likelihood"] | null;
            /** @description 偏差原因. */
            deviation_reasons: components["schemas"]["DeviationReason"][];
            /** @description 偏差原因说明. */
            deviation_note: string | null;
            /** @description 完善措施. */
            measures: string | null;
            actual_parsed: components["schemas"]["ValueParsed"] | null;
            expected_parsed: components["schemas"]["ValueParsed"] | null;
            /** @description Whether the year's target will be met (read-only, SPEC §5.1). */
            outlook: components["schemas"]["Outlook"];
        };
        /** @description The reports of a sheet. */
        ReportList: {
            /** @description The sheet's reports, by month. */
            items: components["schemas"]["Report"][];
        };
        /** @description One recorded change of a report. */
        ReportRevision: {
            /**
             * Format: int64
             * @description The sheet.
             * @example 1
             */
            sheet_id: number;
            /**
             * Format: int32
             * @description The month.
             * @example 7
             */
            month: number;
            /**
             * Format: int64
             * @description The report's version after the change.
             * @example 2
             */
            version: number;
            /** @description What happened. */
            action: components["schemas"]["RevisionAction"];
            /** @description The report's status after the change. */
            status: components["schemas"]["SheetStatus"];
            /** @description Who made it. */
            actor: components["schemas"]["RevisionActor"];
            /** @description Why, when a reason was given. */
            reason: string | null;
            /** @description The request that made it (`X-Request-Id`); null for command-line work. */
            request_id: string | null;
            /**
             * Format: date-time
             * @description When (UTC).
             */
            created_at: string;
            snapshot?: components["schemas"]["Report"] | null;
        };
        /** @description A page of a report's revisions. */
        ReportRevisionPage: {
            /** @description The revisions, oldest first. */
            items: components["schemas"]["ReportRevision"][];
            /** @description Token of the next page; `null` on the last page. */
            next_page_token: string | null;
        };
        /**
         * @description The status of a region's report for the month in the fund's picture.
         * @enum {string}
         */
        ReportState: "MISSING" | "DRAFT" | "RETURNED" | "SUBMITTED" | "APPROVED";
        /** @description The answer to checking a report without saving it. */
        ReportValidation: {
            /** @description True when the report can be saved (no error). */
            valid: boolean;
            /** @description Every error and warning. */
            issues: components["schemas"]["Issue"][];
            report: components["schemas"]["Report"] | null;
        };
        /** @description The group's results over the submitted and approved self-evaluations. */
        ResultFigures: {
            /**
             * @description The comparable actuals summed, a decimal string; null when the group gives no `sum`.
             * @example 5600
             */
            actual_sum: string | null;
            /**
             * Format: int32
             * @description How many regions gave a comparable actual (a number, or a date for a deadline).
             * @example 12
             */
            regions: number;
            /**
             * Format: int32
             * @description How many of those met their target (read as monitoring and scores read it, §5.1).
             * @example 10
             */
            met: number;
        };
        /**
         * @description One recorded change of a sheet.
         * @example {
         *       "action": "CREATE",
         *       "actor": {
         *         "name": "株洲市商务局",
         *         "role": "SUBMITTER"
         *       },
         *       "created_at": "2024-03-01T08:00:00Z",
         *       "reason": null,
         *       "request_id": "4f8e1a0c2b7d4c51a7e0b3f2d9c6e815",
         *       "sheet_id": 1,
         *       "snapshot": {
         *         "created_at": "2024-03-01T08:00:00Z",
         *         "departments": [
         *           "株洲市商务局",
         *           "株洲市财政局"
         *         ],
         *         "fund_id": 1,
         *         "fund_name": "2024年度跨境电商支持资金",
         *         "id": 1,
         *         "indicators": [
         *           {
         *             "id": 1,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商相关培训人次数",
         *             "target": "1000",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "EQ",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": 1000
         *             }
         *           },
         *           {
         *             "id": 2,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "组织参加跨境电商相关展会企业数",
         *             "target": "20",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "EQ",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": 20
         *             }
         *           },
         *           {
         *             "id": 3,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商平台湖南卖家（店铺）数",
         *             "target": "正增长",
         *             "target_parsed": {
         *               "basis": "UNSPECIFIED",
         *               "comparator": "GT",
         *               "date": null,
         *               "kind": "RELATIVE",
         *               "measurable": false,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": 0
         *             }
         *           },
         *           {
         *             "id": 4,
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "资金使用合规性",
         *             "target": "100%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "EQ",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 100
         *             }
         *           },
         *           {
         *             "id": 5,
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "年度跨境电商重点工作完成率",
         *             "target": "90%以上",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           },
         *           {
         *             "id": 6,
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "预算资金执行率",
         *             "target": "≥90%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           },
         *           {
         *             "id": 7,
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "资金拨付及时性",
         *             "target": "≥90%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           },
         *           {
         *             "id": 8,
         *             "level1": "效益指标",
         *             "level2": "社会效益指标",
         *             "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *             "target": "10场以上",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "场",
         *               "upper": null,
         *               "value": 10
         *             }
         *           },
         *           {
         *             "id": 9,
         *             "level1": "效益指标",
         *             "level2": "可持续影响指标",
         *             "name": "对跨境电商未来可持续发展的影响",
         *             "target": "积极",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": null,
         *               "date": null,
         *               "kind": "QUALITATIVE",
         *               "measurable": false,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": null
         *             }
         *           },
         *           {
         *             "id": 10,
         *             "level1": "满意度指标",
         *             "level2": "服务对象满意度指标",
         *             "name": "服务跨境电商企业满意度",
         *             "target": "≥90%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           }
         *         ],
         *         "matching_funds": "100",
         *         "matching_funds_note": null,
         *         "overall_goal": "培育外贸新增长点（跨境电商）",
         *         "provincial_funds": "260",
         *         "region_code": "430200",
         *         "region_name": "株洲市",
         *         "status": "DRAFT",
         *         "status_reason": null,
         *         "updated_at": "2024-03-01T08:00:00Z",
         *         "version": 1,
         *         "year": 2024
         *       },
         *       "status": "DRAFT",
         *       "version": 1
         *     }
         */
        Revision: {
            /**
             * Format: int64
             * @description The sheet.
             */
            sheet_id: number;
            /**
             * Format: int64
             * @description The sheet's version after the change (the `ETag` it then had).
             * @example 2
             */
            version: number;
            /** @description What happened. */
            action: components["schemas"]["RevisionAction"];
            /** @description The sheet's status after the change. */
            status: components["schemas"]["SheetStatus"];
            /** @description Who made it. */
            actor: components["schemas"]["RevisionActor"];
            /** @description Why, when a reason was given (returning and reopening need one). */
            reason: string | null;
            /** @description The request that made it (`X-Request-Id`); `null` for command-line work. */
            request_id: string | null;
            /**
             * Format: date-time
             * @description When (UTC).
             */
            created_at: string;
            snapshot?: components["schemas"]["Sheet"] | null;
        };
        /**
         * @description What a revision records.
         * @enum {string}
         */
        RevisionAction: "CREATE" | "UPDATE" | "SUBMIT" | "APPROVE" | "RETURN" | "REOPEN" | "DELETE";
        /** @description Who made a change. */
        RevisionActor: {
            /**
             * @description The token's name.
             * @example 株洲市商务局
             */
            name: string;
            /** @description The token's role at the time. */
            role: components["schemas"]["Role"];
        };
        /**
         * @description The difference between two versions of a sheet.
         * @example {
         *       "changes": [
         *         {
         *           "change": "CHANGED",
         *           "from": "100",
         *           "path": "/matching_funds",
         *           "to": "120"
         *         }
         *       ],
         *       "from": 1,
         *       "sheet_id": 1,
         *       "to": 2
         *     }
         */
        RevisionDiff: {
            /**
             * Format: int64
             * @description The sheet.
             */
            sheet_id: number;
            /**
             * Format: int64
             * @description The earlier version compared.
             */
            from: number;
            /**
             * Format: int64
             * @description The later version compared.
             */
            to: number;
            /**
             * @description The fields that differ, by field name and list position; version numbers, timestamps
             *     and target readings are left out.
             */
            changes: components["schemas"]["FieldChange"][];
        };
        /**
         * @description A page of revisions, oldest first.
         * @example {
         *       "items": [
         *         {
         *           "action": "CREATE",
         *           "actor": {
         *             "name": "株洲市商务局",
         *             "role": "SUBMITTER"
         *           },
         *           "created_at": "2024-03-01T08:00:00Z",
         *           "reason": null,
         *           "request_id": "4f8e1a0c2b7d4c51a7e0b3f2d9c6e815",
         *           "sheet_id": 1,
         *           "status": "DRAFT",
         *           "version": 1
         *         },
         *         {
         *           "action": "UPDATE",
         *           "actor": {
         *             "name": "株洲市商务局",
         *             "role": "SUBMITTER"
         *           },
         *           "created_at": "2024-03-05T09:30:00Z",
         *           "reason": null,
         *           "request_id": "4f8e1a0c2b7d4c51a7e0b3f2d9c6e815",
         *           "sheet_id": 1,
         *           "status": "DRAFT",
         *           "version": 2
         *         }
         *       ],
         *       "next_page_token": null
         *     }
         */
        RevisionPage: {
            /** @description The revisions, by version (without snapshots). */
            items: components["schemas"]["Revision"][];
            /** @description Token of the next page; `null` on the last page. */
            next_page_token: string | null;
        };
        /**
         * @description The role of an API token.
         * @enum {string}
         */
        Role: "ADMIN" | "REVIEWER" | "SUBMITTER" | "READER";
        /**
         * @description The points a fund gives budget execution and each 一级 (SPEC §6.1); they add up to 100.
         *     Weights are decimal strings without trailing zeros (`"10"`, `"16.6667"`).
         * @example {
         *       "budget_execution": "10",
         *       "level1": {
         *         "产出指标": "50",
         *         "成本指标": "0",
         *         "效益指标": "30",
         *         "满意度指标": "10"
         *       }
         *     }
         */
        Scheme: {
            /**
             * @description The points of 预算执行率 (budget execution), a decimal string.
             * @example 10
             */
            budget_execution: string;
            /**
             * @description The points of each 一级 of the taxonomy, by its canonical label, as decimal strings;
             *     every 一级 is listed (`"0"` for one that weighs nothing).
             */
            level1: {
                [key: string]: string;
            };
        };
        /**
         * @description A fund's scoring scheme as a client sends it (SPEC §6.1).
         * @example {
         *       "budget_execution": "10",
         *       "level1": {
         *         "产出指标": "40",
         *         "成本指标": "10",
         *         "效益指标": "30",
         *         "满意度指标": "10"
         *       }
         *     }
         */
        ScoringDocument: {
            /**
             * @description Points: a decimal string (preferred, e.g. `"10"`, `"16.6667"`) or a JSON number; not negative, at most 4 decimals.
             * @example 10
             */
            budget_execution?: string | number | null;
            /**
             * @description The points of each 一级 by its label (产出指标, 成本指标, 效益指标, 满意度指标; whitespace ignored, each once); a 一级 not named weighs 0.
             * @example {
             *       "产出指标": "40",
             *       "成本指标": "10",
             *       "效益指标": "30",
             *       "满意度指标": "10"
             *     }
             */
            level1?: {
                [key: string]: string | number | null;
            } | null;
        };
        /**
         * @description A fund's scoring scheme (SPEC §6.1): the points of budget execution and of each 一级, non-negative, at most 4 decimals, adding up to exactly 100.
         * @example {
         *       "budget_execution": "10",
         *       "level1": {
         *         "产出指标": "40",
         *         "成本指标": "10",
         *         "效益指标": "30",
         *         "满意度指标": "10"
         *       }
         *     }
         */
        ScoringInput: {
            /**
             * @description Points: a decimal string (preferred, e.g. `"10"`, `"16.6667"`) or a JSON number; not negative, at most 4 decimals.
             * @example 10
             */
            budget_execution: string | number;
            /**
             * @description The points of each 一级 by its label (产出指标, 成本指标, 效益指标, 满意度指标; whitespace ignored, each once); a 一级 not named weighs 0.
             * @example {
             *       "产出指标": "40",
             *       "成本指标": "10",
             *       "效益指标": "30",
             *       "满意度指标": "10"
             *     }
             */
            level1: {
                [key: string]: string | number | null;
            };
        };
        /**
         * @description How serious an issue is.
         * @enum {string}
         */
        Severity: "ERROR" | "WARNING";
        /**
         * @description A stored sheet, as the API returns it.
         * @example {
         *       "created_at": "2024-03-01T08:00:00Z",
         *       "departments": [
         *         "株洲市商务局",
         *         "株洲市财政局"
         *       ],
         *       "fund_id": 1,
         *       "fund_name": "2024年度跨境电商支持资金",
         *       "id": 1,
         *       "indicators": [
         *         {
         *           "id": 1,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数",
         *           "target": "1000",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "EQ",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": null,
         *             "upper": null,
         *             "value": 1000
         *           }
         *         },
         *         {
         *           "id": 2,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "target": "20",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "EQ",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": null,
         *             "upper": null,
         *             "value": 20
         *           }
         *         },
         *         {
         *           "id": 3,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数",
         *           "target": "正增长",
         *           "target_parsed": {
         *             "basis": "UNSPECIFIED",
         *             "comparator": "GT",
         *             "date": null,
         *             "kind": "RELATIVE",
         *             "measurable": false,
         *             "note": null,
         *             "unit": null,
         *             "upper": null,
         *             "value": 0
         *           }
         *         },
         *         {
         *           "id": 4,
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性",
         *           "target": "100%",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "EQ",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": "%",
         *             "upper": null,
         *             "value": 100
         *           }
         *         },
         *         {
         *           "id": 5,
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率",
         *           "target": "90%以上",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "GE",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": "%",
         *             "upper": null,
         *             "value": 90
         *           }
         *         },
         *         {
         *           "id": 6,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率",
         *           "target": "≥90%",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "GE",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": "%",
         *             "upper": null,
         *             "value": 90
         *           }
         *         },
         *         {
         *           "id": 7,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性",
         *           "target": "≥90%",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "GE",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": "%",
         *             "upper": null,
         *             "value": 90
         *           }
         *         },
         *         {
         *           "id": 8,
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *           "target": "10场以上",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "GE",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": "场",
         *             "upper": null,
         *             "value": 10
         *           }
         *         },
         *         {
         *           "id": 9,
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响",
         *           "target": "积极",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": null,
         *             "date": null,
         *             "kind": "QUALITATIVE",
         *             "measurable": false,
         *             "note": null,
         *             "unit": null,
         *             "upper": null,
         *             "value": null
         *           }
         *         },
         *         {
         *           "id": 10,
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度",
         *           "target": "≥90%",
         *           "target_parsed": {
         *             "basis": null,
         *             "comparator": "GE",
         *             "date": null,
         *             "kind": "QUANTITATIVE",
         *             "measurable": true,
         *             "note": null,
         *             "unit": "%",
         *             "upper": null,
         *             "value": 90
         *           }
         *         }
         *       ],
         *       "matching_funds": "100",
         *       "matching_funds_note": null,
         *       "overall_goal": "培育外贸新增长点（跨境电商）",
         *       "provincial_funds": "260",
         *       "region_code": "430200",
         *       "region_name": "株洲市",
         *       "status": "DRAFT",
         *       "status_reason": null,
         *       "updated_at": "2024-03-01T08:00:00Z",
         *       "version": 1,
         *       "year": 2024
         *     }
         */
        Sheet: {
            /**
             * Format: int64
             * @description Identifier.
             * @example 1
             */
            id: number;
            /**
             * Format: int64
             * @description The special fund.
             * @example 1
             */
            fund_id: number;
            /**
             * @description The fund's name (read-only).
             * @example 2024年度跨境电商支持资金
             */
            fund_name: string;
            /**
             * Format: int32
             * @description The fund's year (read-only).
             * @example 2024
             */
            year: number;
            /**
             * @description Region code.
             * @example 430200
             */
            region_code: string;
            /**
             * @description The region's name (read-only).
             * @example 株洲市
             */
            region_name: string;
            /** @description 主管部门名称, in order. */
            departments: string[];
            /**
             * @description 省级资金 in 万元, canonical decimal string.
             * @example 260
             */
            provincial_funds: string;
            /**
             * @description 市、区拟配套资金 in 万元; `null` when blank.
             * @example 100
             */
            matching_funds: string | null;
            /** @description Remark beside the matching funds. */
            matching_funds_note: string | null;
            /**
             * @description 年度总体目标.
             * @example 培育外贸新增长点（跨境电商）
             */
            overall_goal: string;
            /** @description Indicators, in order. */
            indicators: components["schemas"]["Indicator"][];
            /**
             * @description Review status (read-only); changed only by the review steps
             *     (`POST /sheets/{sheet_id}/submit|approve|return|reopen`).
             */
            status: components["schemas"]["SheetStatus"];
            /**
             * @description The reason given with the latest review step (why it was returned or reopened, or a
             *     note on submitting or approving); `null` when none was given. Read-only.
             * @example null
             */
            status_reason: string | null;
            /**
             * Format: int64
             * @description Version, 1 on create, +1 on every change; the `ETag` is `"<version>"`.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the sheet was created (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the sheet last changed (UTC).
             */
            updated_at: string;
            /**
             * @description Only in the answer to a write (create, replace, patch): the warnings found while saving
             *     (errors refuse the write). Read-only; ignored on input.
             */
            warnings?: components["schemas"]["Issue"][] | null;
        };
        /**
         * @description One sheet of a bulk upload, upserted by its fund and region: the fund by `fund_id`, or by `fund_name` (and `year`); the region by `region_code`, by `region_name`, or from the department names.
         * @example {
         *       "departments": [
         *         "湘潭市商务局",
         *         "湘潭市财政局"
         *       ],
         *       "fund_name": "2024年度跨境电商支持资金",
         *       "indicators": [
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数",
         *           "target": "500"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "target": "30"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "有海关进出口业绩的跨境电商企业数",
         *           "target": "同比增长"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数",
         *           "target": "正增长"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性",
         *           "target": "100%"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率",
         *           "target": "90%以上"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率",
         *           "target": "≥90%"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性",
         *           "target": "≥90%"
         *         },
         *         {
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *           "target": "10场"
         *         },
         *         {
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响",
         *           "target": "积极"
         *         },
         *         {
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度",
         *           "target": "≥90%"
         *         }
         *       ],
         *       "matching_funds": null,
         *       "matching_funds_note": null,
         *       "overall_goal": "培育外贸新增长点（跨境电商）",
         *       "provincial_funds": "220",
         *       "region_code": "430300",
         *       "year": 2024
         *     }
         */
        SheetBulkItem: {
            /**
             * Format: int64
             * @description The special fund (专项资金) the sheet belongs to. Required on create; cannot change.
             */
            fund_id?: number;
            /**
             * @description Region, six-digit GB/T 2260 code (see `GET /api/v1/regions`). Required on create; cannot
             *     change.
             * @example 430200
             */
            region_code?: string;
            /** @description 主管部门名称, in order; 1–10 names of at most 100 characters. */
            departments: string[];
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            provincial_funds: string | number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            matching_funds?: string | number | null;
            /**
             * @description Remark written beside the matching funds, e.g. `含县市区` from “50（含县市区）”.
             * @example 含县市区
             */
            matching_funds_note?: string | null;
            /**
             * @description 年度总体目标, at most 2000 characters.
             * @example 培育外贸新增长点（跨境电商）
             */
            overall_goal: string;
            /** @description The indicators, in order (at most 200). */
            indicators: components["schemas"]["IndicatorInput"][];
            /** @description The fund by its 专项名称, instead of `fund_id` (with `year` when the name is not unique) */
            fund_name?: string;
            /** @description The fund's year, narrowing `fund_name` */
            year?: number;
            /** @description The region by its full or short name, instead of `region_code`; without either, the region is taken from the department names */
            region_name?: string;
        };
        /**
         * @description `GET /sheets/{sheet_id}/compare/{other_id}` (SPEC §7.2).
         * @example {
         *       "difference": {
         *         "budget": "40",
         *         "matching_funds": "0",
         *         "provincial_funds": "40"
         *       },
         *       "indicators": [
         *         {
         *           "change": "RAISED",
         *           "indicator_id": 281,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数",
         *           "other_indicator_id": 1,
         *           "other_target": "1000",
         *           "target": "1200"
         *         },
         *         {
         *           "change": "LOWERED",
         *           "indicator_id": 282,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "other_indicator_id": 2,
         *           "other_target": "20",
         *           "target": "15"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 283,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数",
         *           "other_indicator_id": 3,
         *           "other_target": "正增长",
         *           "target": "正增长"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 284,
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性",
         *           "other_indicator_id": 4,
         *           "other_target": "100%",
         *           "target": "100%"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 285,
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率",
         *           "other_indicator_id": 5,
         *           "other_target": "90%以上",
         *           "target": "90%以上"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 286,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率",
         *           "other_indicator_id": 6,
         *           "other_target": "≥90%",
         *           "target": "≥90%"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 287,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性",
         *           "other_indicator_id": 7,
         *           "other_target": "≥90%",
         *           "target": "≥90%"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 288,
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *           "other_indicator_id": 8,
         *           "other_target": "10场以上",
         *           "target": "10场以上"
         *         },
         *         {
         *           "change": "SAME",
         *           "indicator_id": 289,
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响",
         *           "other_indicator_id": 9,
         *           "other_target": "积极",
         *           "target": "积极"
         *         },
         *         {
         *           "change": "ADDED",
         *           "indicator_id": 290,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "项目完成时间",
         *           "other_indicator_id": null,
         *           "other_target": null,
         *           "target": "2025年11月底前"
         *         },
         *         {
         *           "change": "REMOVED",
         *           "indicator_id": null,
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度",
         *           "other_indicator_id": 10,
         *           "other_target": "≥90%",
         *           "target": null
         *         }
         *       ],
         *       "other": {
         *         "budget": "360",
         *         "fund_id": 1,
         *         "fund_name": "2024年度跨境电商支持资金",
         *         "id": 1,
         *         "matching_funds": "100",
         *         "provincial_funds": "260",
         *         "region_code": "430200",
         *         "region_name": "株洲市",
         *         "year": 2024
         *       },
         *       "sheet": {
         *         "budget": "400",
         *         "fund_id": 2,
         *         "fund_name": "2025年度跨境电商支持资金",
         *         "id": 14,
         *         "matching_funds": "100",
         *         "provincial_funds": "300",
         *         "region_code": "430200",
         *         "region_name": "株洲市",
         *         "year": 2025
         *       }
         *     }
         */
        SheetComparison: {
            /** @description The sheet. */
            sheet: components["schemas"]["ComparedSheet"];
            /** @description The sheet it is compared with. */
            other: components["schemas"]["ComparedSheet"];
            /** @description The sheet's amounts minus the other's. */
            difference: components["schemas"]["AmountDifference"];
            /**
             * @description One row per indicator key in either sheet: the sheet's indicators in order, then those
             *     only in the other, in its order.
             */
            indicators: components["schemas"]["ComparedIndicator"][];
        };
        /**
         * @description A new sheet (`POST /sheets`): the fund and region, which cannot change later, and everything a save requires. A document missing a required field is refused with 422, every issue listed.
         * @example {
         *       "departments": [
         *         "株洲市商务局",
         *         "株洲市财政局"
         *       ],
         *       "fund_id": 1,
         *       "indicators": [
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数",
         *           "target": "1000"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "target": "20"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数",
         *           "target": "正增长"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性",
         *           "target": "100%"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率",
         *           "target": "90%以上"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率",
         *           "target": "≥90%"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性",
         *           "target": "≥90%"
         *         },
         *         {
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *           "target": "10场以上"
         *         },
         *         {
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响",
         *           "target": "积极"
         *         },
         *         {
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度",
         *           "target": "≥90%"
         *         }
         *       ],
         *       "matching_funds": "100",
         *       "matching_funds_note": null,
         *       "overall_goal": "培育外贸新增长点（跨境电商）",
         *       "provincial_funds": "260",
         *       "region_code": "430200"
         *     }
         */
        SheetCreate: {
            /**
             * Format: int64
             * @description The special fund (专项资金) the sheet belongs to. Required on create; cannot change.
             */
            fund_id: number;
            /**
             * @description Region, six-digit GB/T 2260 code (see `GET /api/v1/regions`). Required on create; cannot
             *     change.
             * @example 430200
             */
            region_code: string;
            /** @description 主管部门名称, in order; 1–10 names of at most 100 characters. */
            departments: string[];
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            provincial_funds: string | number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            matching_funds?: string | number | null;
            /**
             * @description Remark written beside the matching funds, e.g. `含县市区` from “50（含县市区）”.
             * @example 含县市区
             */
            matching_funds_note?: string | null;
            /**
             * @description 年度总体目标, at most 2000 characters.
             * @example 培育外贸新增长点（跨境电商）
             */
            overall_goal: string;
            /** @description The indicators, in order (at most 200). */
            indicators: components["schemas"]["IndicatorInput"][];
        };
        /**
         * @description A sheet as a client sends it: the document every sheet write reads. In the spec it is the
         *     body of `POST /sheets/validate`, which checks any document; the writes name what they
         *     require (`SheetCreate`, `SheetReplace`, `SheetPatch`, `SheetBulkItem`).
         *
         *     Everything `GET` returns may be sent back unchanged: the read-only fields (`id`, `version`,
         *     `status`, `fund_name`, `region_name`, `year`, timestamps) are accepted and ignored. Any other
         *     unknown field is refused with 400, naming it.
         * @example {
         *       "departments": [
         *         "株洲市商务局",
         *         "株洲市财政局"
         *       ],
         *       "fund_id": 1,
         *       "indicators": [
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数",
         *           "target": "1000"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "target": "20"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数",
         *           "target": "正增长"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性",
         *           "target": "100%"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率",
         *           "target": "90%以上"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率",
         *           "target": "≥90%"
         *         },
         *         {
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性",
         *           "target": "≥90%"
         *         },
         *         {
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *           "target": "10场以上"
         *         },
         *         {
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响",
         *           "target": "积极"
         *         },
         *         {
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度",
         *           "target": "≥90%"
         *         }
         *       ],
         *       "matching_funds": "100",
         *       "matching_funds_note": null,
         *       "overall_goal": "培育外贸新增长点（跨境电商）",
         *       "provincial_funds": "260",
         *       "region_code": "430200"
         *     }
         */
        SheetDocument: {
            /**
             * Format: int64
             * @description The special fund (专项资金) the sheet belongs to. Required on create; cannot change.
             */
            fund_id?: number | null;
            /**
             * @description Region, six-digit GB/T 2260 code (see `GET /api/v1/regions`). Required on create; cannot
             *     change.
             * @example 430200
             */
            region_code?: string | null;
            /** @description 主管部门名称, in order; 1–10 names of at most 100 characters. */
            departments?: string[] | null;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            provincial_funds?: string | number | null;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            matching_funds?: string | number | null;
            /**
             * @description Remark written beside the matching funds, e.g. `含县市区` from “50（含县市区）”.
             * @example 含县市区
             */
            matching_funds_note?: string | null;
            /**
             * @description 年度总体目标, at most 2000 characters.
             * @example 培育外贸新增长点（跨境电商）
             */
            overall_goal?: string | null;
            /** @description The indicators, in order (at most 200). */
            indicators?: components["schemas"]["IndicatorDocument"][] | null;
        };
        /**
         * @description A page of sheets; each item is what `GET /sheets/{sheet_id}` returns.
         * @example {
         *       "items": [
         *         {
         *           "created_at": "2024-03-01T08:00:00Z",
         *           "departments": [
         *             "株洲市商务局",
         *             "株洲市财政局"
         *           ],
         *           "fund_id": 1,
         *           "fund_name": "2024年度跨境电商支持资金",
         *           "id": 1,
         *           "indicators": [
         *             {
         *               "id": 1,
         *               "level1": "产出指标",
         *               "level2": "数量指标",
         *               "name": "跨境电商相关培训人次数",
         *               "target": "1000",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "EQ",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": null,
         *                 "upper": null,
         *                 "value": 1000
         *               }
         *             },
         *             {
         *               "id": 2,
         *               "level1": "产出指标",
         *               "level2": "数量指标",
         *               "name": "组织参加跨境电商相关展会企业数",
         *               "target": "20",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "EQ",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": null,
         *                 "upper": null,
         *                 "value": 20
         *               }
         *             },
         *             {
         *               "id": 3,
         *               "level1": "产出指标",
         *               "level2": "数量指标",
         *               "name": "跨境电商平台湖南卖家（店铺）数",
         *               "target": "正增长",
         *               "target_parsed": {
         *                 "basis": "UNSPECIFIED",
         *                 "comparator": "GT",
         *                 "date": null,
         *                 "kind": "RELATIVE",
         *                 "measurable": false,
         *                 "note": null,
         *                 "unit": null,
         *                 "upper": null,
         *                 "value": 0
         *               }
         *             },
         *             {
         *               "id": 4,
         *               "level1": "产出指标",
         *               "level2": "质量指标",
         *               "name": "资金使用合规性",
         *               "target": "100%",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "EQ",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": "%",
         *                 "upper": null,
         *                 "value": 100
         *               }
         *             },
         *             {
         *               "id": 5,
         *               "level1": "产出指标",
         *               "level2": "质量指标",
         *               "name": "年度跨境电商重点工作完成率",
         *               "target": "90%以上",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "GE",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": "%",
         *                 "upper": null,
         *                 "value": 90
         *               }
         *             },
         *             {
         *               "id": 6,
         *               "level1": "产出指标",
         *               "level2": "时效指标",
         *               "name": "预算资金执行率",
         *               "target": "≥90%",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "GE",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": "%",
         *                 "upper": null,
         *                 "value": 90
         *               }
         *             },
         *             {
         *               "id": 7,
         *               "level1": "产出指标",
         *               "level2": "时效指标",
         *               "name": "资金拨付及时性",
         *               "target": "≥90%",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "GE",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": "%",
         *                 "upper": null,
         *                 "value": 90
         *               }
         *             },
         *             {
         *               "id": 8,
         *               "level1": "效益指标",
         *               "level2": "社会效益指标",
         *               "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *               "target": "10场以上",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "GE",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": "场",
         *                 "upper": null,
         *                 "value": 10
         *               }
         *             },
         *             {
         *               "id": 9,
         *               "level1": "效益指标",
         *               "level2": "可持续影响指标",
         *               "name": "对跨境电商未来可持续发展的影响",
         *               "target": "积极",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": null,
         *                 "date": null,
         *                 "kind": "QUALITATIVE",
         *                 "measurable": false,
         *                 "note": null,
         *                 "unit": null,
         *                 "upper": null,
         *                 "value": null
         *               }
         *             },
         *             {
         *               "id": 10,
         *               "level1": "满意度指标",
         *               "level2": "服务对象满意度指标",
         *               "name": "服务跨境电商企业满意度",
         *               "target": "≥90%",
         *               "target_parsed": {
         *                 "basis": null,
         *                 "comparator": "GE",
         *                 "date": null,
         *                 "kind": "QUANTITATIVE",
         *                 "measurable": true,
         *                 "note": null,
         *                 "unit": "%",
         *                 "upper": null,
         *                 "value": 90
         *               }
         *             }
         *           ],
         *           "matching_funds": "100",
         *           "matching_funds_note": null,
         *           "overall_goal": "培育外贸新增长点（跨境电商）",
         *           "provincial_funds": "260",
         *           "region_code": "430200",
         *           "region_name": "株洲市",
         *           "status": "DRAFT",
         *           "status_reason": null,
         *           "updated_at": "2024-03-01T08:00:00Z",
         *           "version": 1,
         *           "year": 2024
         *         }
         *       ],
         *       "next_page_token": "c1"
         *     }
         */
        SheetPage: {
            /** @description The sheets, ordered by id. */
            items: components["schemas"]["Sheet"][];
            /** @description Token of the next page; `null` on the last page. */
            next_page_token: string | null;
        };
        /**
         * @description A JSON merge patch of a sheet (RFC 7396): only the fields to change; `null` clears the matching funds or their note; `indicators`, when given, replaces the list as a whole.
         * @example {
         *       "matching_funds": "120"
         *     }
         */
        SheetPatch: {
            /**
             * Format: int64
             * @description The special fund (专项资金) the sheet belongs to. Required on create; cannot change.
             */
            fund_id?: number;
            /**
             * @description Region, six-digit GB/T 2260 code (see `GET /api/v1/regions`). Required on create; cannot
             *     change.
             * @example 430200
             */
            region_code?: string;
            /** @description 主管部门名称, in order; 1–10 names of at most 100 characters. */
            departments?: string[];
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            provincial_funds?: string | number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            matching_funds?: string | number | null;
            /**
             * @description Remark written beside the matching funds, e.g. `含县市区` from “50（含县市区）”.
             * @example 含县市区
             */
            matching_funds_note?: string | null;
            /**
             * @description 年度总体目标, at most 2000 characters.
             * @example 培育外贸新增长点（跨境电商）
             */
            overall_goal?: string;
            /** @description The indicators, in order (at most 200). */
            indicators?: components["schemas"]["IndicatorInput"][];
        };
        /**
         * @description A sheet replacing the stored one (`PUT /sheets/{sheet_id}`): what `GET` returns may be sent back as it is. `fund_id` and `region_code` may be left out; given, they must be the stored ones.
         * @example {
         *       "departments": [
         *         "株洲市商务局",
         *         "株洲市财政局"
         *       ],
         *       "fund_id": 1,
         *       "indicators": [
         *         {
         *           "id": 1,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数",
         *           "target": "1000"
         *         },
         *         {
         *           "id": 2,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "target": "20"
         *         },
         *         {
         *           "id": 3,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数",
         *           "target": "正增长"
         *         },
         *         {
         *           "id": 4,
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性",
         *           "target": "100%"
         *         },
         *         {
         *           "id": 5,
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率",
         *           "target": "90%以上"
         *         },
         *         {
         *           "id": 6,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率",
         *           "target": "≥90%"
         *         },
         *         {
         *           "id": 7,
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性",
         *           "target": "≥90%"
         *         },
         *         {
         *           "id": 8,
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *           "target": "10场以上"
         *         },
         *         {
         *           "id": 9,
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响",
         *           "target": "积极"
         *         },
         *         {
         *           "id": 10,
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度",
         *           "target": "≥90%"
         *         }
         *       ],
         *       "matching_funds": "100",
         *       "matching_funds_note": null,
         *       "overall_goal": "培育外贸新增长点（跨境电商）",
         *       "provincial_funds": "260",
         *       "region_code": "430200"
         *     }
         */
        SheetReplace: {
            /**
             * Format: int64
             * @description The special fund (专项资金) the sheet belongs to. Required on create; cannot change.
             */
            fund_id?: number;
            /**
             * @description Region, six-digit GB/T 2260 code (see `GET /api/v1/regions`). Required on create; cannot
             *     change.
             * @example 430200
             */
            region_code?: string;
            /** @description 主管部门名称, in order; 1–10 names of at most 100 characters. */
            departments: string[];
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            provincial_funds: string | number;
            /**
             * @description An amount in 万元: a decimal string (preferred, e.g. `"260"`, `"12.5"`) or a JSON number; not negative, at most 4 decimals.
             * @example 260
             */
            matching_funds?: string | number | null;
            /**
             * @description Remark written beside the matching funds, e.g. `含县市区` from “50（含县市区）”.
             * @example 含县市区
             */
            matching_funds_note?: string | null;
            /**
             * @description 年度总体目标, at most 2000 characters.
             * @example 培育外贸新增长点（跨境电商）
             */
            overall_goal: string;
            /** @description The indicators, in order (at most 200). */
            indicators: components["schemas"]["IndicatorInput"][];
        };
        /**
         * @description Review status of a sheet (SPEC §1.6).
         * @enum {string}
         */
        SheetStatus: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";
        /**
         * @description `GET /funds/{fund_id}/indicators`: a fund's indicators side by side (SPEC §7.1).
         * @example {
         *       "fund_id": 1,
         *       "items": [
         *         {
         *           "comparable": true,
         *           "in_template": true,
         *           "kind": "QUANTITATIVE",
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "max": "1000",
         *           "median": "200",
         *           "median_per_wan": "1.9231",
         *           "method": "REACH",
         *           "min": "100",
         *           "monitoring": null,
         *           "name": "跨境电商相关培训人次数",
         *           "results": null,
         *           "sheets": 13,
         *           "sum": "4050",
         *           "targets": [
         *             {
         *               "flag": null,
         *               "indicator_id": 1,
         *               "per_wan": "3.8462",
         *               "region_code": "430200",
         *               "region_name": "株洲市",
         *               "sheet_id": 1,
         *               "target": "1000",
         *               "value": "1000"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 21,
         *               "per_wan": "2.2727",
         *               "region_code": "430300",
         *               "region_name": "湘潭市",
         *               "sheet_id": 2,
         *               "target": "500",
         *               "value": "500"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 41,
         *               "per_wan": "1.9231",
         *               "region_code": "430400",
         *               "region_name": "衡阳市",
         *               "sheet_id": 3,
         *               "target": "500",
         *               "value": "500"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 61,
         *               "per_wan": "1.6",
         *               "region_code": "430500",
         *               "region_name": "邵阳市",
         *               "sheet_id": 4,
         *               "target": "200",
         *               "value": "200"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 81,
         *               "per_wan": "2.1277",
         *               "region_code": "430600",
         *               "region_name": "岳阳市",
         *               "sheet_id": 5,
         *               "target": "500",
         *               "value": "500"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 101,
         *               "per_wan": "1.0714",
         *               "region_code": "430700",
         *               "region_name": "常德市",
         *               "sheet_id": 6,
         *               "target": "150",
         *               "value": "150"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 121,
         *               "per_wan": "1.1765",
         *               "region_code": "430800",
         *               "region_name": "张家界市",
         *               "sheet_id": 7,
         *               "target": "100",
         *               "value": "100"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 141,
         *               "per_wan": "1.1765",
         *               "region_code": "430900",
         *               "region_name": "益阳市",
         *               "sheet_id": 8,
         *               "target": "100",
         *               "value": "100"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 161,
         *               "per_wan": "2",
         *               "region_code": "431100",
         *               "region_name": "永州市",
         *               "sheet_id": 9,
         *               "target": "100",
         *               "value": "100"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 181,
         *               "per_wan": "2.1739",
         *               "region_code": "431000",
         *               "region_name": "郴州市",
         *               "sheet_id": 10,
         *               "target": "500",
         *               "value": "500"
         *             },
         *             {
         *               "flag": "LOW",
         *               "indicator_id": 203,
         *               "per_wan": "0.5556",
         *               "region_code": "431300",
         *               "region_name": "娄底市",
         *               "sheet_id": 11,
         *               "target": "100",
         *               "value": "100"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 221,
         *               "per_wan": "3.0769",
         *               "region_code": "431200",
         *               "region_name": "怀化市",
         *               "sheet_id": 12,
         *               "target": "200",
         *               "value": "200"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 241,
         *               "per_wan": "1.5385",
         *               "region_code": "433100",
         *               "region_name": "湘西土家族苗族自治州",
         *               "sheet_id": 13,
         *               "target": "100",
         *               "value": "100"
         *             }
         *           ],
         *           "unit": null
         *         },
         *         {
         *           "comparable": true,
         *           "in_template": true,
         *           "kind": "QUANTITATIVE",
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "max": "40",
         *           "median": "20",
         *           "median_per_wan": "0.162",
         *           "method": "REACH",
         *           "min": "10",
         *           "monitoring": null,
         *           "name": "组织参加跨境电商相关展会企业数",
         *           "results": null,
         *           "sheets": 12,
         *           "sum": "268",
         *           "targets": [
         *             {
         *               "flag": "LOW",
         *               "indicator_id": 2,
         *               "per_wan": "0.0769",
         *               "region_code": "430200",
         *               "region_name": "株洲市",
         *               "sheet_id": 1,
         *               "target": "20",
         *               "value": "20"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 22,
         *               "per_wan": "0.1364",
         *               "region_code": "430300",
         *               "region_name": "湘潭市",
         *               "sheet_id": 2,
         *               "target": "30",
         *               "value": "30"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 42,
         *               "per_wan": "0.1538",
         *               "region_code": "430400",
         *               "region_name": "衡阳市",
         *               "sheet_id": 3,
         *               "target": "40",
         *               "value": "40"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 62,
         *               "per_wan": "0.24",
         *               "region_code": "430500",
         *               "region_name": "邵阳市",
         *               "sheet_id": 4,
         *               "target": "30",
         *               "value": "30"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 82,
         *               "per_wan": "0.1702",
         *               "region_code": "430600",
         *               "region_name": "岳阳市",
         *               "sheet_id": 5,
         *               "target": "40",
         *               "value": "40"
         *             },
         *             {
         *               "flag": "LOW",
         *               "indicator_id": 102,
         *               "per_wan": "0.0714",
         *               "region_code": "430700",
         *               "region_name": "常德市",
         *               "sheet_id": 6,
         *               "target": "10家以上",
         *               "value": "10"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 122,
         *               "per_wan": "0.1882",
         *               "region_code": "430800",
         *               "region_name": "张家界市",
         *               "sheet_id": 7,
         *               "target": "16家",
         *               "value": "16"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 142,
         *               "per_wan": "0.1176",
         *               "region_code": "430900",
         *               "region_name": "益阳市",
         *               "sheet_id": 8,
         *               "target": "≥10",
         *               "value": "10"
         *             },
         *             {
         *               "flag": "HIGH",
         *               "indicator_id": 162,
         *               "per_wan": "0.4",
         *               "region_code": "431100",
         *               "region_name": "永州市",
         *               "sheet_id": 9,
         *               "target": "20",
         *               "value": "20"
         *             },
         *             {
         *               "flag": "LOW",
         *               "indicator_id": 204,
         *               "per_wan": "0.0667",
         *               "region_code": "431300",
         *               "region_name": "娄底市",
         *               "sheet_id": 11,
         *               "target": "12",
         *               "value": "12"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 222,
         *               "per_wan": "0.3077",
         *               "region_code": "431200",
         *               "region_name": "怀化市",
         *               "sheet_id": 12,
         *               "target": "20",
         *               "value": "20"
         *             },
         *             {
         *               "flag": null,
         *               "indicator_id": 242,
         *               "per_wan": "0.3077",
         *               "region_code": "433100",
         *               "region_name": "湘西土家族苗族自治州",
         *               "sheet_id": 13,
         *               "target": "20",
         *               "value": "20"
         *             }
         *           ],
         *           "unit": "家"
         *         }
         *       ],
         *       "sheets": 13
         *     }
         */
        SideBySide: {
            /**
             * Format: int64
             * @description The fund.
             * @example 1
             */
            fund_id: number;
            /**
             * @description How many sheets are compared (after the `status` filter).
             * @example 13
             */
            sheets: number;
            /** @description One entry per indicator, in the order of the fund's template, then of first appearance. */
            items: components["schemas"]["Group"][];
        };
        /** @description Sheets counted by status. */
        StatusCounts: {
            /**
             * Format: int64
             * @description Sheets in `DRAFT`.
             */
            DRAFT: number;
            /**
             * Format: int64
             * @description Sheets in `SUBMITTED`.
             */
            SUBMITTED: number;
            /**
             * Format: int64
             * @description Sheets in `APPROVED`.
             */
            APPROVED: number;
            /**
             * Format: int64
             * @description Sheets in `RETURNED`.
             */
            RETURNED: number;
        };
        /**
         * @description The body of a review step; it may be left out when no reason is needed.
         * @example {
         *       "reason": "请补充时效指标"
         *     }
         */
        StepRequest: {
            /**
             * @description Why: required to return (退回) or reopen (调整) a sheet, optional otherwise; at most 2000
             *     characters. Kept in the sheet's `status_reason` and in the revision.
             */
            reason?: string | null;
        };
        /**
         * @description What kind of promise a target value makes.
         * @enum {string}
         */
        TargetKind: "QUANTITATIVE" | "RELATIVE" | "DEADLINE" | "QUALITATIVE";
        /** @description Structured reading of a target text (`target_parsed`, read-only in the API). */
        TargetParsed: {
            /**
             * @description `QUANTITATIVE` (a level to reach), `RELATIVE` (a change against a baseline) or
             *     `QUALITATIVE` (words only).
             */
            kind: components["schemas"]["TargetKind"];
            comparator: components["schemas"]["Comparator"] | null;
            /**
             * Format: double
             * @description The number (the lower bound for `RANGE`); a decrease is negative (`下降5%` → -5).
             *     Null for qualitative targets. Exact: the digits as written, without trailing zeros
             *     (`100.00%` → 100, `0.1` → 0.1), emitted as a JSON number.
             */
            value: number | null;
            /**
             * Format: double
             * @description Upper bound, only for `RANGE`; null otherwise. Exact, as `value`.
             */
            upper: number | null;
            /** @description Unit as written after NFKC normalisation (`%`, `家`, `万元/年`, `个百分点` …), or null. */
            unit: string | null;
            basis: components["schemas"]["Basis"] | null;
            /** @description Trailing parenthesised remark, e.g. `含县市区` from `50（含县市区）`; null when none. */
            note: string | null;
            /** @description False for vague targets that cannot be checked (正增长, bare 同比增长, 积极, 效果明显 …). */
            measurable: boolean;
            /**
             * @description `DEADLINE` only: the date to finish by, on or before it, `"YYYY-MM-DD"`, or `"--MM-DD"`
             *     when the text names no year (`12月底前` → `--12-31`); a sheet's readings carry its fund's
             *     year (`2024-12-31`). Null for the other kinds.
             * @example 2024-12-31
             */
            date: string | null;
        };
        /**
         * @description The taxonomy as the API shows it.
         * @example {
         *       "level1": [
         *         {
         *           "label": "产出指标",
         *           "label_en": "Output indicators",
         *           "level2": [
         *             {
         *               "aliases": [],
         *               "label": "数量指标",
         *               "label_en": "Quantity indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "质量指标",
         *               "label_en": "Quality indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "时效指标",
         *               "label_en": "Timeliness indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "成本指标",
         *               "label_en": "Cost indicators"
         *             }
         *           ]
         *         },
         *         {
         *           "label": "成本指标",
         *           "label_en": "Cost indicators",
         *           "level2": [
         *             {
         *               "aliases": [],
         *               "label": "经济成本指标",
         *               "label_en": "Economic cost indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "社会成本指标",
         *               "label_en": "Social cost indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "生态环境成本指标",
         *               "label_en": "Ecological and environmental cost indicators"
         *             }
         *           ]
         *         },
         *         {
         *           "label": "效益指标",
         *           "label_en": "Benefit indicators",
         *           "level2": [
         *             {
         *               "aliases": [],
         *               "label": "经济效益指标",
         *               "label_en": "Economic benefit indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "社会效益指标",
         *               "label_en": "Social benefit indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "生态效益指标",
         *               "label_en": "Ecological benefit indicators"
         *             },
         *             {
         *               "aliases": [],
         *               "label": "可持续影响指标",
         *               "label_en": "Sustainable impact indicators"
         *             }
         *           ]
         *         },
         *         {
         *           "label": "满意度指标",
         *           "label_en": "Satisfaction indicators",
         *           "level2": [
         *             {
         *               "aliases": [
         *                 "社会公众或服务对象满意度指标"
         *               ],
         *               "label": "服务对象满意度指标",
         *               "label_en": "Service recipient satisfaction indicators"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        TaxonomyView: {
            /** @description 一级指标, in the order forms print them. */
            level1: components["schemas"]["Level1View"][];
        };
        /** @description A fund's template as stored and returned (SPEC §1.5). */
        Template: {
            /** @description When true, template findings are errors; otherwise warnings. */
            strict: boolean;
            /** @description The expected indicators, in order. */
            indicators: components["schemas"]["TemplateIndicator"][];
        };
        /** @description A fund's template as a client sends it. */
        TemplateDocument: {
            /**
             * @description When true, what the template asks for and a sheet lacks is an error instead of a
             *     warning. Default false.
             */
            strict?: boolean | null;
            /**
             * @description The expected indicators (at most 200), matched on (一级, 二级, name) with whitespace
             *     dropped.
             */
            indicators?: components["schemas"]["TemplateIndicatorDocument"][] | null;
        };
        /** @description One expected indicator of a stored template. */
        TemplateIndicator: {
            /**
             * @description 一级指标 (canonical label).
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标 (canonical label).
             * @example 质量指标
             */
            level2: string;
            /**
             * @description 三级指标, as written.
             * @example 资金使用合规性
             */
            name: string;
            /**
             * @description The floor, as written, or `null`.
             * @example =100%
             */
            floor: string | null;
        };
        /** @description One expected indicator of a template, as a client sends it. */
        TemplateIndicatorDocument: {
            /**
             * @description 一级指标.
             * @example 产出指标
             */
            level1?: string | null;
            /**
             * @description 二级指标, under its 一级指标.
             * @example 质量指标
             */
            level2?: string | null;
            /**
             * @description 三级指标 (the indicator's name).
             * @example 资金使用合规性
             */
            name?: string | null;
            /**
             * @description Optional floor the sheet's target must promise at least, e.g. `≥90%` or `=100%`; a
             *     number with a comparator, in the target-value grammar.
             * @example ≥90%
             */
            floor?: string | null;
        };
        /**
         * @description One expected indicator of a fund's template.
         * @example {
         *       "floor": "=100%",
         *       "level1": "产出指标",
         *       "level2": "质量指标",
         *       "name": "资金使用合规性"
         *     }
         */
        TemplateIndicatorInput: {
            /**
             * @description 一级指标.
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标, under its 一级指标.
             * @example 质量指标
             */
            level2: string;
            /**
             * @description 三级指标 (the indicator's name).
             * @example 资金使用合规性
             */
            name: string;
            /**
             * @description Optional floor the sheet's target must promise at least, e.g. `≥90%` or `=100%`; a
             *     number with a comparator, in the target-value grammar.
             * @example ≥90%
             */
            floor?: string | null;
        };
        /**
         * @description A fund's template: the indicators every region's sheet is expected to contain.
         * @example {
         *       "indicators": [
         *         {
         *           "floor": null,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商相关培训人次数"
         *         },
         *         {
         *           "floor": null,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "组织参加跨境电商相关展会企业数"
         *         },
         *         {
         *           "floor": null,
         *           "level1": "产出指标",
         *           "level2": "数量指标",
         *           "name": "跨境电商平台湖南卖家（店铺）数"
         *         },
         *         {
         *           "floor": "=100%",
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "资金使用合规性"
         *         },
         *         {
         *           "floor": "≥90%",
         *           "level1": "产出指标",
         *           "level2": "质量指标",
         *           "name": "年度跨境电商重点工作完成率"
         *         },
         *         {
         *           "floor": "≥90%",
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "预算资金执行率"
         *         },
         *         {
         *           "floor": "≥90%",
         *           "level1": "产出指标",
         *           "level2": "时效指标",
         *           "name": "资金拨付及时性"
         *         },
         *         {
         *           "floor": null,
         *           "level1": "效益指标",
         *           "level2": "社会效益指标",
         *           "name": "开展跨境电商相关资源对接、展会、赛事等活动"
         *         },
         *         {
         *           "floor": null,
         *           "level1": "效益指标",
         *           "level2": "可持续影响指标",
         *           "name": "对跨境电商未来可持续发展的影响"
         *         },
         *         {
         *           "floor": "≥90%",
         *           "level1": "满意度指标",
         *           "level2": "服务对象满意度指标",
         *           "name": "服务跨境电商企业满意度"
         *         }
         *       ],
         *       "strict": false
         *     }
         */
        TemplateInput: {
            /**
             * @description When true, what the template asks for and a sheet lacks is an error instead of a
             *     warning. Default false.
             */
            strict?: boolean;
            /**
             * @description The expected indicators (at most 200), matched on (一级, 二级, name) with whitespace
             *     dropped.
             */
            indicators: components["schemas"]["TemplateIndicatorInput"][];
        };
        /**
         * @description A page of tokens (never the tokens themselves).
         * @example {
         *       "items": [
         *         {
         *           "created_at": "2024-03-01T08:00:00Z",
         *           "created_by": "first start",
         *           "id": 1,
         *           "name": "initial admin",
         *           "regions": [],
         *           "revoked_at": null,
         *           "role": "ADMIN"
         *         },
         *         {
         *           "created_at": "2024-03-01T08:00:00Z",
         *           "created_by": "initial admin",
         *           "id": 2,
         *           "name": "株洲市商务局",
         *           "regions": [
         *             "430200"
         *           ],
         *           "revoked_at": null,
         *           "role": "SUBMITTER"
         *         }
         *       ],
         *       "next_page_token": null
         *     }
         */
        TokenPage: {
            /** @description The tokens, by id, revoked ones included. */
            items: components["schemas"]["ApiToken"][];
            /** @description Token of the next page; `null` on the last page. */
            next_page_token: string | null;
        };
        /**
         * @description A token to create.
         * @example {
         *       "name": "株洲市商务局",
         *       "regions": [
         *         "430200"
         *       ],
         *       "role": "SUBMITTER"
         *     }
         */
        TokenRequest: {
            /**
             * @description A name saying who holds the token (a person, an office or a system), at most 100
             *     characters; unique among active tokens. Revisions name it as the actor.
             */
            name: string;
            /** @description The role. */
            role: components["schemas"]["Role"];
            /**
             * @description For `SUBMITTER` (and only for it): the region codes whose sheets it may write, at least
             *     one.
             * @example [
             *       "430200"
             *     ]
             */
            regions?: string[];
        };
        /** @description An indicator of a checked document, with its reading. */
        ValidatedIndicator: {
            /**
             * Format: int64
             * @description The stored indicator this one would update, keeping its id (SPEC §5.0: matched by the
             *     id sent, else by 一级, 二级 and name); `null` for an indicator a save would add.
             * @example 17
             */
            id: number | null;
            /**
             * @description 一级指标 (canonical label).
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标 (canonical label).
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标, as written.
             * @example 跨境电商相关培训人次数
             */
            name: string;
            /**
             * @description 指标值, as written.
             * @example 1000
             */
            target: string;
            target_parsed: components["schemas"]["TargetParsed"] | null;
        };
        /** @description A normalised sheet document with its targets read. */
        ValidatedSheet: {
            /**
             * Format: int64
             * @description The fund, as sent; absent when none was.
             */
            fund_id?: number | null;
            /**
             * @description Region code, trimmed.
             * @example 430200
             */
            region_code: string | null;
            /** @description Department names, trimmed. */
            departments: string[];
            /**
             * @description 省级资金 in 万元, canonical.
             * @example 260
             */
            provincial_funds: string | null;
            /**
             * @description 市、区拟配套资金 in 万元, canonical; `null` when blank.
             * @example 100
             */
            matching_funds: string | null;
            /** @description Remark beside the matching funds. */
            matching_funds_note: string | null;
            /** @description 年度总体目标, trimmed. */
            overall_goal: string | null;
            /** @description The indicators, in order, each with its reading. */
            indicators: components["schemas"]["ValidatedIndicator"][];
        };
        /**
         * @description The verdict on a sheet document: `POST /sheets/validate`, `GET /sheets/{id}/validation`.
         * @example {
         *       "error_count": 0,
         *       "issues": [
         *         {
         *           "code": "TARGET_NOT_MEASURABLE",
         *           "message": "指标值“正增长”不可衡量，建议给出具体数值",
         *           "path": "/indicators/2/target",
         *           "severity": "WARNING"
         *         },
         *         {
         *           "code": "TARGET_NOT_MEASURABLE",
         *           "message": "指标值“积极”不可衡量，建议给出具体数值",
         *           "path": "/indicators/8/target",
         *           "severity": "WARNING"
         *         }
         *       ],
         *       "sheet": {
         *         "departments": [
         *           "株洲市商务局",
         *           "株洲市财政局"
         *         ],
         *         "fund_id": 1,
         *         "indicators": [
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商相关培训人次数",
         *             "target": "1000",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "EQ",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": 1000
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "组织参加跨境电商相关展会企业数",
         *             "target": "20",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "EQ",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": 20
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "数量指标",
         *             "name": "跨境电商平台湖南卖家（店铺）数",
         *             "target": "正增长",
         *             "target_parsed": {
         *               "basis": "UNSPECIFIED",
         *               "comparator": "GT",
         *               "date": null,
         *               "kind": "RELATIVE",
         *               "measurable": false,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": 0
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "资金使用合规性",
         *             "target": "100%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "EQ",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 100
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "质量指标",
         *             "name": "年度跨境电商重点工作完成率",
         *             "target": "90%以上",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "预算资金执行率",
         *             "target": "≥90%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "产出指标",
         *             "level2": "时效指标",
         *             "name": "资金拨付及时性",
         *             "target": "≥90%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "效益指标",
         *             "level2": "社会效益指标",
         *             "name": "开展跨境电商相关资源对接、展会、赛事等活动",
         *             "target": "10场以上",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "场",
         *               "upper": null,
         *               "value": 10
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "效益指标",
         *             "level2": "可持续影响指标",
         *             "name": "对跨境电商未来可持续发展的影响",
         *             "target": "积极",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": null,
         *               "date": null,
         *               "kind": "QUALITATIVE",
         *               "measurable": false,
         *               "note": null,
         *               "unit": null,
         *               "upper": null,
         *               "value": null
         *             }
         *           },
         *           {
         *             "id": null,
         *             "level1": "满意度指标",
         *             "level2": "服务对象满意度指标",
         *             "name": "服务跨境电商企业满意度",
         *             "target": "≥90%",
         *             "target_parsed": {
         *               "basis": null,
         *               "comparator": "GE",
         *               "date": null,
         *               "kind": "QUANTITATIVE",
         *               "measurable": true,
         *               "note": null,
         *               "unit": "%",
         *               "upper": null,
         *               "value": 90
         *             }
         *           }
         *         ],
         *         "matching_funds": "100",
         *         "matching_funds_note": null,
         *         "overall_goal": "培育外贸新增长点（跨境电商）",
         *         "provincial_funds": "260",
         *         "region_code": "430200"
         *       },
         *       "valid": true,
         *       "warning_count": 2
         *     }
         */
        Validation: {
            /** @description True when no `ERROR` is listed: a save of this document would succeed. */
            valid: boolean;
            /** @description Number of `ERROR` issues. */
            error_count: number;
            /** @description Number of `WARNING` issues. */
            warning_count: number;
            /** @description Every issue, errors and warnings, in check order. */
            issues: components["schemas"]["Issue"][];
            /**
             * @description The document as it would be stored: labels canonical, text trimmed, amounts canonical,
             *     each target with its reading. Fields at fault are `null` or empty.
             */
            sheet: components["schemas"]["ValidatedSheet"];
        };
        /**
         * @description What an actual or expected value says.
         * @enum {string}
         */
        ValueKind: "LEVEL" | "CHANGE" | "DATE" | "TEXT";
        /** @description An actual or expected value as the service reads it (`actual_parsed`, `expected_parsed`). */
        ValueParsed: {
            /** @description `LEVEL`, `CHANGE`, `DATE` or `TEXT`. */
            kind: components["schemas"]["ValueKind"];
            /**
             * Format: double
             * @description The number, exact as written (a decrease is negative); null for `DATE` and `TEXT`.
             * @example 6
             */
            value: number | null;
            /**
             * @description The unit as written (after NFKC), or null.
             * @example 场
             */
            unit: string | null;
            basis: components["schemas"]["Basis"] | null;
            /**
             * @description For `DATE`: the day, `YYYY-MM-DD`; null otherwise.
             * @example 2024-11-20
             */
            date: string | null;
        };
    };
    responses: never;
    parameters: {
        /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
        "Accept-Language": string;
        /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
        "X-Request-Id": string;
    };
    requestBodies: never;
    headers: {
        /** @description The resource's version as a strong entity tag, `"<version>"`: send it as `If-Match` with the next write */
        ETag: string;
        /** @description `true` when this is the stored answer to an earlier upload with the same `Idempotency-Key` and body: nothing was applied again */
        "Idempotent-Replayed": "true";
        /** @description The path of the new resource */
        Location: string;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
        /** @description `Bearer realm="perf-targets"`, with `error="invalid_token"` when a token was sent */
        "WWW-Authenticate": string;
        /** @description The request id: the client's `X-Request-Id` when it matches `[A-Za-z0-9._-]{1,128}`, a new one otherwise; also the `request_id` of a problem, and in the log */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFunds: {
        parameters: {
            query?: {
                /**
                 * @description Only funds of this budget year.
                 * @example 2024
                 */
                year?: number;
                /** @description Items per page, 1–500 (default 50). */
                page_size?: number;
                /** @description `next_page_token` of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of funds */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPage"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFund: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundInput"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `FUND_EXISTS`: A second fund with the same year and name.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFund: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fund; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceFund: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundInput"];
            };
        };
        responses: {
            /** @description The stored fund; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `FUND_EXISTS`: A second fund with the same year and name.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFund: {
        parameters: {
            query?: {
                /** @description Also delete the fund's sheets (otherwise a fund with sheets is 409 `FUND_HAS_SHEETS`). */
                force?: boolean;
            };
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `FUND_HAS_SHEETS`: Deleting a fund that has sheets, without `force=true`.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchFund: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundPatch"];
                "application/merge-patch+json": components["schemas"]["FundPatch"];
            };
        };
        responses: {
            /** @description The stored fund; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "description": "2024年度跨境电商资金绩效目标表（附件2），湖南省各市州",
                     *       "id": 1,
                     *       "name": "2024年度跨境电商支持资金",
                     *       "scoring": {
                     *         "budget_execution": "10",
                     *         "level1": {
                     *           "产出指标": "50",
                     *           "成本指标": "0",
                     *           "效益指标": "30",
                     *           "满意度指标": "10"
                     *         }
                     *       },
                     *       "template": {
                     *         "indicators": [
                     *           {
                     *             "floor": null,
                     *             "level1": "产出指标",
                     *             "level2": "数量指标",
                     *             "name": "跨境电商相关培训人次数"
                     *           },
                     *           {
                     *             "floor": null,
                     *             "level1": "产出指标",
                     *             "level2": "数量指标",
                     *             "name": "组织参加跨境电商相关展会企业数"
                     *           },
                     *           {
                     *             "floor": null,
                     *             "level1": "产出指标",
                     *             "level2": "数量指标",
                     *             "name": "跨境电商平台湖南卖家（店铺）数"
                     *           },
                     *           {
                     *             "floor": "=100%",
                     *             "level1": "产出指标",
                     *             "level2": "质量指标",
                     *             "name": "资金使用合规性"
                     *           },
                     *           {
                     *             "floor": "≥90%",
                     *             "level1": "产出指标",
                     *             "level2": "质量指标",
                     *             "name": "年度跨境电商重点工作完成率"
                     *           },
                     *           {
                     *             "floor": "≥90%",
                     *             "level1": "产出指标",
                     *             "level2": "时效指标",
                     *             "name": "预算资金执行率"
                     *           },
                     *           {
                     *             "floor": "≥90%",
                     *             "level1": "产出指标",
                     *             "level2": "时效指标",
                     *             "name": "资金拨付及时性"
                     *           },
                     *           {
                     *             "floor": null,
                     *             "level1": "效益指标",
                     *             "level2": "社会效益指标",
                     *             "name": "开展跨境电商相关资源对接、展会、赛事等活动"
                     *           },
                     *           {
                     *             "floor": null,
                     *             "level1": "效益指标",
                     *             "level2": "可持续影响指标",
                     *             "name": "对跨境电商未来可持续发展的影响"
                     *           },
                     *           {
                     *             "floor": "≥90%",
                     *             "level1": "满意度指标",
                     *             "level2": "服务对象满意度指标",
                     *             "name": "服务跨境电商企业满意度"
                     *           }
                     *         ],
                     *         "strict": false
                     *       },
                     *       "total_provincial_funds": "2100",
                     *       "updated_at": "2024-03-05T09:30:00Z",
                     *       "version": 2,
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `FUND_EXISTS`: A second fund with the same year and name.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundIndicators: {
        parameters: {
            query?: {
                /**
                 * @description Only sheets in these statuses; repeat the parameter for several
                 *     (`status=SUBMITTED&status=APPROVED`). Every status when absent.
                 */
                status?: components["schemas"]["SheetStatus"][];
                /**
                 * @description `json` (default) or `xlsx`: one row per indicator, one column per region, `LOW` cells
                 *     filled red and `HIGH` cells green.
                 * @example json
                 */
                format?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators side by side */
            200: {
                headers: {
                    /** @description For `format=xlsx`: attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SideBySide"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundMonitoring: {
        parameters: {
            query: {
                /**
                 * @description The cut-off month N, 1–12 (required).
                 * @example 7
                 */
                month: number;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The picture */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundMonitoring"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundEvaluations: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranking */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundEvaluations"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Fund id */
                fund_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundSummary"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `FUND_NOT_FOUND`: No such fund.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkUploadReports: {
        parameters: {
            query?: {
                /** @description `atomic` (default): all or nothing, in one transaction; `partial`: each sheet on its own. */
                mode?: components["schemas"]["BulkMode"];
                /** @description `true`: run every check and report the outcomes, save nothing. */
                dry_run?: boolean;
            };
            header?: {
                /** @description Any 1–200 visible ASCII characters; a retry with the same key and body returns the first answer; any other value is 400 `INVALID_HEADER` */
                "Idempotency-Key"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportBulkItem"][];
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                "application/x-ndjson": string;
                "text/csv": Blob;
            };
        };
        responses: {
            /** @description Import summary (partial mode, dry run, or a successful atomic upload) */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummary"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `INVALID_HEADER`: A request header of the wrong form (an `Idempotency-Key` that is not 1–200 visible ASCII characters), named in `errors[0].parameter`.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `IMPORT_FAILED`: An atomic bulk upload with failed items; nothing was saved.
             *     - `UNREADABLE_UPLOAD`: An upload that cannot be read as a whole.
             *     - `IDEMPOTENCY_KEY_REUSED`: An `Idempotency-Key` sent again with a different request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReports: {
        parameters: {
            query?: {
                /** @description `json` (default), `csv` or `xlsx`. */
                format?: "json" | "csv" | "xlsx";
                /** @description Only reports of this fund's sheets. */
                fund_id?: number;
                /**
                 * @description Only reports of sheets of funds of this budget year.
                 * @example 2024
                 */
                year?: number;
                /**
                 * @description Only reports of this region's sheet (six-digit code).
                 * @example 430200
                 */
                region_code?: string;
                /** @description Only reports in this status (the report's, not the sheet's). */
                status?: components["schemas"]["SheetStatus"];
                /**
                 * @description Only reports for this cut-off month, 1–12.
                 * @example 7
                 */
                month?: number;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportedReport"][];
                    "text/csv": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All regions, ordered by code */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkUploadEvaluations: {
        parameters: {
            query?: {
                /** @description `atomic` (default): all or nothing, in one transaction; `partial`: each sheet on its own. */
                mode?: components["schemas"]["BulkMode"];
                /** @description `true`: run every check and report the outcomes, save nothing. */
                dry_run?: boolean;
            };
            header?: {
                /** @description Any 1–200 visible ASCII characters; a retry with the same key and body returns the first answer; any other value is 400 `INVALID_HEADER` */
                "Idempotency-Key"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationBulkItem"][];
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                "application/x-ndjson": string;
                "text/csv": Blob;
            };
        };
        responses: {
            /** @description Import summary (partial mode, dry run, or a successful atomic upload) */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummary"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `INVALID_HEADER`: A request header of the wrong form (an `Idempotency-Key` that is not 1–200 visible ASCII characters), named in `errors[0].parameter`.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `IMPORT_FAILED`: An atomic bulk upload with failed items; nothing was saved.
             *     - `UNREADABLE_UPLOAD`: An upload that cannot be read as a whole.
             *     - `IDEMPOTENCY_KEY_REUSED`: An `Idempotency-Key` sent again with a different request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportEvaluations: {
        parameters: {
            query?: {
                /** @description `json` (default), `csv` or `xlsx`. */
                format?: "json" | "csv" | "xlsx";
                /** @description Only evaluations of this fund's sheets. */
                fund_id?: number;
                /**
                 * @description Only evaluations of sheets of funds of this budget year.
                 * @example 2024
                 */
                year?: number;
                /**
                 * @description Only the evaluation of this region's sheet (six-digit code).
                 * @example 430200
                 */
                region_code?: string;
                /** @description Only evaluations in this status (the evaluation's, not the sheet's). */
                status?: components["schemas"]["SheetStatus"];
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportedEvaluation"][];
                    "text/csv": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSheets: {
        parameters: {
            query?: {
                /** @description Only sheets of this fund. */
                fund_id?: number;
                /**
                 * @description Only sheets of funds of this budget year.
                 * @example 2024
                 */
                year?: number;
                /**
                 * @description Only sheets of this region (six-digit code).
                 * @example 430200
                 */
                region_code?: string;
                /** @description Only sheets in this status. */
                status?: components["schemas"]["SheetStatus"];
                /** @description Items per page, 1–500 (default 50). */
                page_size?: number;
                /** @description `next_page_token` of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sheets */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetPage"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` and `ETag` set */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "100",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "DRAFT",
                     *       "status_reason": null,
                     *       "updated_at": "2024-03-01T08:00:00Z",
                     *       "version": 1,
                     *       "warnings": [
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“正增长”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/2/target",
                     *           "severity": "WARNING"
                     *         },
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“积极”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/8/target",
                     *           "severity": "WARNING"
                     *         }
                     *       ],
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `SHEET_EXISTS`: A second sheet for the same fund and region.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkUploadSheets: {
        parameters: {
            query?: {
                /** @description `atomic` (default): all or nothing, in one transaction; `partial`: each sheet on its own. */
                mode?: components["schemas"]["BulkMode"];
                /** @description `true`: run every check and report the outcomes, save nothing. */
                dry_run?: boolean;
            };
            header?: {
                /** @description Any 1–200 visible ASCII characters; a retry with the same key and body returns the first answer; any other value is 400 `INVALID_HEADER` */
                "Idempotency-Key"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetBulkItem"][];
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                /**
                 * @example {"departments":["株洲市商务局","株洲市财政局"],"fund_id":1,"indicators":[{"level1":"产出指标","level2":"数量指标","name":"跨境电商相关培训人次数","target":"1000"},{"level1":"产出指标","level2":"数量指标","name":"组织参加跨境电商相关展会企业数","target":"20"},{"level1":"产出指标","level2":"数量指标","name":"跨境电商平台湖南卖家（店铺）数","target":"正增长"},{"level1":"产出指标","level2":"质量指标","name":"资金使用合规性","target":"100%"},{"level1":"产出指标","level2":"质量指标","name":"年度跨境电商重点工作完成率","target":"90%以上"},{"level1":"产出指标","level2":"时效指标","name":"预算资金执行率","target":"≥90%"},{"level1":"产出指标","level2":"时效指标","name":"资金拨付及时性","target":"≥90%"},{"level1":"效益指标","level2":"社会效益指标","name":"开展跨境电商相关资源对接、展会、赛事等活动","target":"10场以上"},{"level1":"效益指标","level2":"可持续影响指标","name":"对跨境电商未来可持续发展的影响","target":"积极"},{"level1":"满意度指标","level2":"服务对象满意度指标","name":"服务跨境电商企业满意度","target":"≥90%"}],"matching_funds":"100","matching_funds_note":null,"overall_goal":"培育外贸新增长点（跨境电商）","provincial_funds":"260","region_code":"430200"}
                 *     {"departments":["湘潭市商务局","湘潭市财政局"],"fund_id":1,"indicators":[{"level1":"产出指标","level2":"数量指标","name":"跨境电商相关培训人次数","target":"500"},{"level1":"产出指标","level2":"数量指标","name":"组织参加跨境电商相关展会企业数","target":"30"},{"level1":"产出指标","level2":"数量指标","name":"有海关进出口业绩的跨境电商企业数","target":"同比增长"},{"level1":"产出指标","level2":"数量指标","name":"跨境电商平台湖南卖家（店铺）数","target":"正增长"},{"level1":"产出指标","level2":"质量指标","name":"资金使用合规性","target":"100%"},{"level1":"产出指标","level2":"质量指标","name":"年度跨境电商重点工作完成率","target":"90%以上"},{"level1":"产出指标","level2":"时效指标","name":"预算资金执行率","target":"≥90%"},{"level1":"产出指标","level2":"时效指标","name":"资金拨付及时性","target":"≥90%"},{"level1":"效益指标","level2":"社会效益指标","name":"开展跨境电商相关资源对接、展会、赛事等活动","target":"10场"},{"level1":"效益指标","level2":"可持续影响指标","name":"对跨境电商未来可持续发展的影响","target":"积极"},{"level1":"满意度指标","level2":"服务对象满意度指标","name":"服务跨境电商企业满意度","target":"≥90%"}],"matching_funds":null,"matching_funds_note":null,"overall_goal":"培育外贸新增长点（跨境电商）","provincial_funds":"220","region_code":"430300"}
                 */
                "application/x-ndjson": string;
                "text/csv": Blob;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Import summary (partial mode, dry run, or a successful atomic upload) */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummary"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `INVALID_HEADER`: A request header of the wrong form (an `Idempotency-Key` that is not 1–200 visible ASCII characters), named in `errors[0].parameter`.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `IMPORT_FAILED`: An atomic bulk upload with failed items; nothing was saved.
             *     - `UNREADABLE_UPLOAD`: An upload that cannot be read as a whole.
             *     - `IDEMPOTENCY_KEY_REUSED`: An `Idempotency-Key` sent again with a different request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSheets: {
        parameters: {
            query?: {
                /** @description `json` (default), `csv` or `xlsx`. */
                format?: "json" | "csv" | "xlsx";
                /** @description Only sheets of this fund. */
                fund_id?: number;
                /**
                 * @description Only sheets of funds of this budget year.
                 * @example 2024
                 */
                year?: number;
                /**
                 * @description Only sheets of this region (six-digit code).
                 * @example 430200
                 */
                region_code?: string;
                /** @description Only sheets in this status. */
                status?: components["schemas"]["SheetStatus"];
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sheet"][];
                    "text/csv": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateSheet: {
        parameters: {
            query?: {
                /**
                 * @description Check the document as a replacement of this stored sheet (as `PUT` would) rather than
                 *     as a new sheet (as `POST` would).
                 */
                sheet_id?: number;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetDocument"];
            };
        };
        responses: {
            /** @description The verdict */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Validation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sheet; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetReplace"];
            };
        };
        responses: {
            /** @description The stored sheet; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "100",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "DRAFT",
                     *       "status_reason": null,
                     *       "updated_at": "2024-03-01T08:00:00Z",
                     *       "version": 1,
                     *       "warnings": [
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“正增长”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/2/target",
                     *           "severity": "WARNING"
                     *         },
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“积极”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/8/target",
                     *           "severity": "WARNING"
                     *         }
                     *       ],
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `SHEET_NOT_EDITABLE`: Editing a `SUBMITTED` or `APPROVED` sheet.
             *     - `INDICATOR_IN_USE`: A sheet write that would remove an indicator a report refers to.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSheet: {
        parameters: {
            query?: {
                /**
                 * @description Also delete the sheet's monitoring reports, each with its revision (administrators
                 *     only; otherwise a sheet with reports is 409 `SHEET_IN_USE`).
                 */
                force?: boolean;
            };
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `SHEET_NOT_EDITABLE`: Editing a `SUBMITTED` or `APPROVED` sheet.
             *     - `SHEET_IN_USE`: Deleting a sheet that has monitoring reports, without an administrator's `force=true`.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetPatch"];
                "application/merge-patch+json": components["schemas"]["SheetPatch"];
            };
        };
        responses: {
            /** @description The stored sheet; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "120",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "DRAFT",
                     *       "status_reason": null,
                     *       "updated_at": "2024-03-05T09:30:00Z",
                     *       "version": 2,
                     *       "warnings": [
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“正增长”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/2/target",
                     *           "severity": "WARNING"
                     *         },
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“积极”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/8/target",
                     *           "severity": "WARNING"
                     *         }
                     *       ],
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `SHEET_NOT_EDITABLE`: Editing a `SUBMITTED` or `APPROVED` sheet.
             *     - `INDICATOR_IN_USE`: A sheet write that would remove an indicator a report refers to.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description Optional: a note on the approval */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "同意"
                 *     }
                 */
                "application/json": components["schemas"]["StepRequest"] | null;
            };
        };
        responses: {
            /** @description The sheet, now `APPROVED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "100",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "APPROVED",
                     *       "status_reason": "同意",
                     *       "updated_at": "2024-03-05T09:30:00Z",
                     *       "version": 3,
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareSheets: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description The sheet (say, this year's) */
                sheet_id: number;
                /** @description The sheet it is compared with (say, last year's) */
                other_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetComparison"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffSheetRevisions: {
        parameters: {
            query?: {
                /**
                 * @description The version to compare from (default: the one before `to`, or `to` itself when that is
                 *     the first). It may be later than `to`: the changes then lead back.
                 */
                from?: number;
                /** @description The version to compare to (default: the latest). */
                to?: number;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes from `from` to `to` */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionDiff"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REVISION_NOT_FOUND`: No such revision of the sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSheet: {
        parameters: {
            query?: {
                /** @description `xlsx` (the only format, the default) */
                format?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports, by month */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N (the data of 1–N月), 1–12 */
                month: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`: the report must exist at that version (412 otherwise, also when it does not exist) */
                "If-Match"?: string | null;
                /** @description `*`: create only (412 when the report exists) */
                "If-None-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInput"];
            };
        };
        responses: {
            /** @description The stored report (replaced or unchanged); `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description The new report; `ETag` and `Location` set */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `SHEET_NOT_APPROVED`: Writing a monitoring report for a sheet that is not `APPROVED`.
             *     - `REPORT_NOT_EDITABLE`: Changing a `SUBMITTED` or `APPROVED` monitoring report.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `REPORT_NOT_EDITABLE`: Changing a `SUBMITTED` or `APPROVED` monitoring report.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        /** @description Optional: a note on the approval */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepRequest"] | null;
            };
        };
        responses: {
            /** @description The report, now `APPROVED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReportForm: {
        parameters: {
            query?: {
                /** @description `xlsx` (the only format, the default) */
                format?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        /** @description `reason` is required */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The report, now `DRAFT`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        /** @description `reason` is required */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The report, now `RETURNED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportRevisions: {
        parameters: {
            query?: {
                /** @description Items per page, 1–500 (default 50). */
                page_size?: number;
                /** @description `next_page_token` of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRevisionPage"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
                /** @description The version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision with its snapshot */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRevision"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `REVISION_NOT_FOUND`: No such revision of the sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        /** @description Optional: a note on the submission */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepRequest"] | null;
            };
        };
        responses: {
            /** @description The report, now `SUBMITTED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `REPORT_NOT_FOUND`: No monitoring report for this sheet and month.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The cut-off month N, 1–12 */
                month: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDocument"];
            };
        };
        responses: {
            /** @description The verdict */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportValidation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description `reason` is required */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "年中调整培训人次目标"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The sheet, now `DRAFT`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "100",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "DRAFT",
                     *       "status_reason": "年中调整培训人次目标",
                     *       "updated_at": "2024-03-05T09:30:00Z",
                     *       "version": 4,
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description `reason` is required */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "请补充时效指标"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The sheet, now `RETURNED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "100",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "RETURNED",
                     *       "status_reason": "请补充时效指标",
                     *       "updated_at": "2024-03-05T09:30:00Z",
                     *       "version": 3,
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSheetRevisions: {
        parameters: {
            query?: {
                /** @description Items per page, 1–500 (default 50). */
                page_size?: number;
                /** @description `next_page_token` of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionPage"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSheetRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision with its snapshot */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `REVISION_NOT_FOUND`: No such revision of the sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evaluation; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`: the evaluation must exist at that version (412 otherwise, also when it does not exist) */
                "If-Match"?: string | null;
                /** @description `*`: create only (412 when the evaluation exists) */
                "If-None-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationInput"];
            };
        };
        responses: {
            /** @description The stored evaluation (replaced or unchanged); `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description The new evaluation; `ETag` and `Location` set */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `SHEET_NOT_APPROVED`: Writing a monitoring report for a sheet that is not `APPROVED`.
             *     - `EVALUATION_NOT_EDITABLE`: Changing or deleting a `SUBMITTED` or `APPROVED` self-evaluation.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `EVALUATION_NOT_EDITABLE`: Changing or deleting a `SUBMITTED` or `APPROVED` self-evaluation.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description Optional: a note on the approval */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepRequest"] | null;
            };
        };
        responses: {
            /** @description The evaluation, now `APPROVED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportEvaluationForm: {
        parameters: {
            query?: {
                /** @description `xlsx` (the only format, the default) */
                format?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `EXPORT_FAILED`: An export beyond what its file format holds (Excel's cell and row limits); `errors[0]` names the limit (`CELL_TOO_LONG`, `TOO_MANY_ROWS`).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description `reason` is required */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The evaluation, now `DRAFT`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description `reason` is required */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The evaluation, now `RETURNED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluationRevisions: {
        parameters: {
            query?: {
                /** @description Items per page, 1–500 (default 50). */
                page_size?: number;
                /** @description `next_page_token` of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRevisionPage"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
                /** @description The version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision with its snapshot */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRevision"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `REVISION_NOT_FOUND`: No such revision of the sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scoreEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationDocument"];
            };
        };
        responses: {
            /** @description The verdict and the scores */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationValidation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description Optional: a note on the submission */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepRequest"] | null;
            };
        };
        responses: {
            /** @description The evaluation, now `SUBMITTED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             *     - `EVALUATION_NOT_FOUND`: The sheet has no self-evaluation.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitSheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description `"<version>"` from the ETag, or `*`; 412 on mismatch */
                "If-Match"?: string | null;
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        /** @description Optional: a note on the submission */
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["StepRequest"] | null;
            };
        };
        responses: {
            /** @description The sheet, now `SUBMITTED`; `ETag` set */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-03-01T08:00:00Z",
                     *       "departments": [
                     *         "株洲市商务局",
                     *         "株洲市财政局"
                     *       ],
                     *       "fund_id": 1,
                     *       "fund_name": "2024年度跨境电商支持资金",
                     *       "id": 1,
                     *       "indicators": [
                     *         {
                     *           "id": 1,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商相关培训人次数",
                     *           "target": "1000",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 1000
                     *           }
                     *         },
                     *         {
                     *           "id": 2,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "组织参加跨境电商相关展会企业数",
                     *           "target": "20",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 20
                     *           }
                     *         },
                     *         {
                     *           "id": 3,
                     *           "level1": "产出指标",
                     *           "level2": "数量指标",
                     *           "name": "跨境电商平台湖南卖家（店铺）数",
                     *           "target": "正增长",
                     *           "target_parsed": {
                     *             "basis": "UNSPECIFIED",
                     *             "comparator": "GT",
                     *             "date": null,
                     *             "kind": "RELATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": 0
                     *           }
                     *         },
                     *         {
                     *           "id": 4,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "资金使用合规性",
                     *           "target": "100%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "EQ",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 5,
                     *           "level1": "产出指标",
                     *           "level2": "质量指标",
                     *           "name": "年度跨境电商重点工作完成率",
                     *           "target": "90%以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 6,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "预算资金执行率",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 7,
                     *           "level1": "产出指标",
                     *           "level2": "时效指标",
                     *           "name": "资金拨付及时性",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         },
                     *         {
                     *           "id": 8,
                     *           "level1": "效益指标",
                     *           "level2": "社会效益指标",
                     *           "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *           "target": "10场以上",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "场",
                     *             "upper": null,
                     *             "value": 10
                     *           }
                     *         },
                     *         {
                     *           "id": 9,
                     *           "level1": "效益指标",
                     *           "level2": "可持续影响指标",
                     *           "name": "对跨境电商未来可持续发展的影响",
                     *           "target": "积极",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": null,
                     *             "date": null,
                     *             "kind": "QUALITATIVE",
                     *             "measurable": false,
                     *             "note": null,
                     *             "unit": null,
                     *             "upper": null,
                     *             "value": null
                     *           }
                     *         },
                     *         {
                     *           "id": 10,
                     *           "level1": "满意度指标",
                     *           "level2": "服务对象满意度指标",
                     *           "name": "服务跨境电商企业满意度",
                     *           "target": "≥90%",
                     *           "target_parsed": {
                     *             "basis": null,
                     *             "comparator": "GE",
                     *             "date": null,
                     *             "kind": "QUANTITATIVE",
                     *             "measurable": true,
                     *             "note": null,
                     *             "unit": "%",
                     *             "upper": null,
                     *             "value": 90
                     *           }
                     *         }
                     *       ],
                     *       "matching_funds": "100",
                     *       "matching_funds_note": null,
                     *       "overall_goal": "培育外贸新增长点（跨境电商）",
                     *       "provincial_funds": "260",
                     *       "region_code": "430200",
                     *       "region_name": "株洲市",
                     *       "status": "SUBMITTED",
                     *       "status_reason": null,
                     *       "updated_at": "2024-03-05T09:30:00Z",
                     *       "version": 2,
                     *       "year": 2024
                     *     }
                     */
                    "application/json": components["schemas"]["Sheet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `INVALID_TRANSITION`: A review step the sheet's (or report's) status does not allow.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Precondition Failed:
             *     - `PRECONDITION_FAILED`: `If-Match` does not match the stored version.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSheetValidation: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Sheet id */
                sheet_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_count": 0,
                     *       "issues": [
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“正增长”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/2/target",
                     *           "severity": "WARNING"
                     *         },
                     *         {
                     *           "code": "TARGET_NOT_MEASURABLE",
                     *           "message": "指标值“积极”不可衡量，建议给出具体数值",
                     *           "path": "/indicators/8/target",
                     *           "severity": "WARNING"
                     *         }
                     *       ],
                     *       "sheet": {
                     *         "departments": [
                     *           "株洲市商务局",
                     *           "株洲市财政局"
                     *         ],
                     *         "fund_id": 1,
                     *         "indicators": [
                     *           {
                     *             "id": 1,
                     *             "level1": "产出指标",
                     *             "level2": "数量指标",
                     *             "name": "跨境电商相关培训人次数",
                     *             "target": "1000",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "EQ",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": null,
                     *               "upper": null,
                     *               "value": 1000
                     *             }
                     *           },
                     *           {
                     *             "id": 2,
                     *             "level1": "产出指标",
                     *             "level2": "数量指标",
                     *             "name": "组织参加跨境电商相关展会企业数",
                     *             "target": "20",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "EQ",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": null,
                     *               "upper": null,
                     *               "value": 20
                     *             }
                     *           },
                     *           {
                     *             "id": 3,
                     *             "level1": "产出指标",
                     *             "level2": "数量指标",
                     *             "name": "跨境电商平台湖南卖家（店铺）数",
                     *             "target": "正增长",
                     *             "target_parsed": {
                     *               "basis": "UNSPECIFIED",
                     *               "comparator": "GT",
                     *               "date": null,
                     *               "kind": "RELATIVE",
                     *               "measurable": false,
                     *               "note": null,
                     *               "unit": null,
                     *               "upper": null,
                     *               "value": 0
                     *             }
                     *           },
                     *           {
                     *             "id": 4,
                     *             "level1": "产出指标",
                     *             "level2": "质量指标",
                     *             "name": "资金使用合规性",
                     *             "target": "100%",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "EQ",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": "%",
                     *               "upper": null,
                     *               "value": 100
                     *             }
                     *           },
                     *           {
                     *             "id": 5,
                     *             "level1": "产出指标",
                     *             "level2": "质量指标",
                     *             "name": "年度跨境电商重点工作完成率",
                     *             "target": "90%以上",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "GE",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": "%",
                     *               "upper": null,
                     *               "value": 90
                     *             }
                     *           },
                     *           {
                     *             "id": 6,
                     *             "level1": "产出指标",
                     *             "level2": "时效指标",
                     *             "name": "预算资金执行率",
                     *             "target": "≥90%",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "GE",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": "%",
                     *               "upper": null,
                     *               "value": 90
                     *             }
                     *           },
                     *           {
                     *             "id": 7,
                     *             "level1": "产出指标",
                     *             "level2": "时效指标",
                     *             "name": "资金拨付及时性",
                     *             "target": "≥90%",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "GE",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": "%",
                     *               "upper": null,
                     *               "value": 90
                     *             }
                     *           },
                     *           {
                     *             "id": 8,
                     *             "level1": "效益指标",
                     *             "level2": "社会效益指标",
                     *             "name": "开展跨境电商相关资源对接、展会、赛事等活动",
                     *             "target": "10场以上",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "GE",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": "场",
                     *               "upper": null,
                     *               "value": 10
                     *             }
                     *           },
                     *           {
                     *             "id": 9,
                     *             "level1": "效益指标",
                     *             "level2": "可持续影响指标",
                     *             "name": "对跨境电商未来可持续发展的影响",
                     *             "target": "积极",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": null,
                     *               "date": null,
                     *               "kind": "QUALITATIVE",
                     *               "measurable": false,
                     *               "note": null,
                     *               "unit": null,
                     *               "upper": null,
                     *               "value": null
                     *             }
                     *           },
                     *           {
                     *             "id": 10,
                     *             "level1": "满意度指标",
                     *             "level2": "服务对象满意度指标",
                     *             "name": "服务跨境电商企业满意度",
                     *             "target": "≥90%",
                     *             "target_parsed": {
                     *               "basis": null,
                     *               "comparator": "GE",
                     *               "date": null,
                     *               "kind": "QUANTITATIVE",
                     *               "measurable": true,
                     *               "note": null,
                     *               "unit": "%",
                     *               "upper": null,
                     *               "value": 90
                     *             }
                     *           }
                     *         ],
                     *         "matching_funds": "100",
                     *         "matching_funds_note": null,
                     *         "overall_goal": "培育外贸新增长点（跨境电商）",
                     *         "provincial_funds": "260",
                     *         "region_code": "430200"
                     *       },
                     *       "valid": true,
                     *       "warning_count": 2
                     *     }
                     */
                    "application/json": components["schemas"]["Validation"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `SHEET_NOT_FOUND`: No such sheet.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    parseTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParseRequest"];
            };
        };
        responses: {
            /** @description The reading */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseResponse"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaxonomy: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The taxonomy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyView"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description Items per page, 1–500 (default 50). */
                page_size?: number;
                /** @description `next_page_token` of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPage"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Created; `token` is shown this once */
            201: {
                headers: {
                    /** @description `no-store`: the answer holds the token itself */
                    "Cache-Control"?: string;
                    Location: components["headers"]["Location"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `MALFORMED_JSON`: The body is not JSON.
             *     - `INVALID_BODY`: The body is JSON of the wrong shape.
             *     - `BAD_REQUEST`: Any other malformed request the framework refuses (a body that breaks off).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `TOKEN_EXISTS`: A second active token with the same name.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Payload Too Large:
             *     - `PAYLOAD_TOO_LARGE`: The body is larger than the operation accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unsupported Media Type:
             *     - `UNSUPPORTED_MEDIA_TYPE`: The body's media type is not accepted.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unprocessable Entity:
             *     - `VALIDATION_FAILED`: The document breaks rules; every issue is listed.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Token id */
                token_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's record */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `TOKEN_NOT_FOUND`: No such API token.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path: {
                /** @description Token id */
                token_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or already revoked) */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             *     - `INVALID_PATH_PARAMETER`: A path parameter is malformed (an id that is not a number).
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Unauthorized:
             *     - `UNAUTHENTICATED`: No valid bearer token.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Forbidden:
             *     - `FORBIDDEN`: The token's role or regions do not allow the request.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `TOKEN_NOT_FOUND`: No such API token.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Conflict:
             *     - `LAST_ADMIN_TOKEN`: Revoking the last active administrator token.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too Many Requests:
             *     - `RATE_LIMITED`: The token is over its request rate or upload volume.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             *     - `TRANSACTION_CONFLICT`: Concurrent writes collided and retrying did not resolve it.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every metric, in the OpenMetrics text format */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/openmetrics-text": string;
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Not Found:
             *     - `ROUTE_NOT_FOUND`: No route has this path.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en…` for English titles, details and messages; anything else (or none) for Chinese */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
                /** @description A request id to keep: one of 1–128 characters `[A-Za-z0-9._-]` is echoed in the answer and logged with the request; any other value (or none) is replaced by a new one, so none is refused */
                "X-Request-Id"?: components["parameters"]["X-Request-Id"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                };
            };
            /**
             * @description Bad Request:
             *     - `INVALID_QUERY`: A query parameter is unknown, repeated or malformed.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Internal Server Error:
             *     - `INTERNAL_ERROR`: A bug or an unexpected failure.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Service Unavailable:
             *     - `SERVICE_UNAVAILABLE`: The database is unreachable.
             */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
