//! Queries on sheets and their indicators.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rust_decimal::Decimal;

use super::schema::{funds, indicators, regions, sheets};
use super::{on_backend, unreadable, utc, DbConnection};
use crate::domain::sheet::{Indicator, NormalizedSheet, Sheet, SheetStatus};
use crate::domain::target::{self, TargetDate, TargetParsed};
use crate::domain::{FundId, IndicatorId, Money, RegionCode, SheetId};

/// A stored sheet row (without its indicators).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sheets)]
pub struct SheetRow {
    /// Identifier.
    pub id: i64,
    /// Fund.
    pub fund_id: i64,
    /// Region code.
    pub region_code: String,
    /// JSON array of department names.
    pub departments: String,
    /// Whole 元.
    pub provincial_funds: i64,
    /// Whole 元, NULL when blank.
    pub matching_funds: Option<i64>,
    /// Remark beside the matching funds.
    pub matching_funds_note: Option<String>,
    /// 年度总体目标.
    pub overall_goal: String,
    /// Status.
    pub status: String,
    /// Version.
    pub version: i64,
    /// Created (UTC).
    pub created_at: NaiveDateTime,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
    /// Reason given with the latest step of the review cycle.
    pub status_reason: Option<String>,
}

/// A stored indicator row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = indicators)]
pub struct IndicatorRow {
    /// Identifier, kept across saves.
    pub id: i64,
    /// Sheet.
    pub sheet_id: i64,
    /// Order within the sheet.
    pub position: i32,
    /// 一级.
    pub level1: String,
    /// 二级.
    pub level2: String,
    /// 三级.
    pub name: String,
    /// 指标值.
    pub target: String,
    /// Parsed target.
    #[diesel(embed)]
    pub parsed: ParsedColumns,
}

/// The parsed-target columns of an indicator.
#[derive(Debug, Clone, Default, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = indicators, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct ParsedColumns {
    /// `QUANTITATIVE`, `RELATIVE`, `QUALITATIVE`; NULL when the text does not parse.
    pub target_kind: Option<String>,
    /// `EQ`, `GE`, …
    pub target_comparator: Option<String>,
    /// The number, as its canonical exact decimal (`100`, `0.1`, `-5`).
    pub target_value: Option<String>,
    /// Upper bound of a range, as `target_value`.
    pub target_upper: Option<String>,
    /// Unit.
    pub target_unit: Option<String>,
    /// `YEAR_ON_YEAR`, `UNSPECIFIED`.
    pub target_basis: Option<String>,
    /// Remark.
    pub target_note: Option<String>,
    /// False for vague targets.
    pub target_measurable: Option<bool>,
    /// Parser version that wrote these columns.
    pub parser_version: i32,
    /// A deadline's date as written: `YYYY-MM-DD`, or `--MM-DD` without a year.
    pub target_date: Option<String>,
}

fn enum_text<T: serde::Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
}

fn enum_value<T: serde::de::DeserializeOwned>(text: &Option<String>) -> Option<T> {
    text.as_ref()
        .and_then(|t| serde_json::from_value(serde_json::Value::String(t.clone())).ok())
}

/// The canonical text of an exact number: normalised, no exponent (`100`, `0.1`, `-5`).
fn decimal_text(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The number a canonical text holds; `None` for text that is not one (never rounded).
fn decimal_value(text: &str) -> Option<Decimal> {
    Decimal::from_str_exact(text).ok().map(|d| d.normalize())
}

impl ParsedColumns {
    /// The columns for a parsed target (all NULL for `None`), by the current parser.
    pub fn from_parsed(parsed: Option<&TargetParsed>) -> Self {
        let Some(p) = parsed else {
            return ParsedColumns {
                parser_version: target::PARSER_VERSION,
                ..Default::default()
            };
        };
        ParsedColumns {
            target_kind: enum_text(&p.kind),
            target_comparator: p.comparator.as_ref().and_then(enum_text),
            target_value: p.value.map(decimal_text),
            target_upper: p.upper.map(decimal_text),
            target_unit: p.unit.clone(),
            target_basis: p.basis.as_ref().and_then(enum_text),
            target_note: p.note.clone(),
            target_measurable: Some(p.measurable),
            parser_version: target::PARSER_VERSION,
            target_date: p.date.map(|d| d.to_string()),
        }
    }

    /// The parsed target these columns hold for the target `text`, `None` when the text did
    /// not parse. A deadline's date is as written (no year applied).
    pub fn to_parsed(&self, text: &str) -> Option<TargetParsed> {
        Some(TargetParsed {
            kind: enum_value(&self.target_kind)?,
            comparator: enum_value(&self.target_comparator),
            value: self.target_value.as_deref().and_then(decimal_value),
            upper: self.target_upper.as_deref().and_then(decimal_value),
            unit: self.target_unit.clone(),
            basis: enum_value(&self.target_basis),
            note: self.target_note.clone(),
            measurable: self.target_measurable.unwrap_or(true),
            date: self
                .target_date
                .as_deref()
                .and_then(|d| TargetDate::from_stored(d, text)),
        })
    }
}

/// Columns written on create and update of a sheet.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = sheets, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct SheetChanges {
    /// JSON array of department names.
    pub departments: String,
    /// Whole 元.
    pub provincial_funds: i64,
    /// Whole 元.
    pub matching_funds: Option<i64>,
    /// Remark.
    pub matching_funds_note: Option<String>,
    /// 年度总体目标.
    pub overall_goal: String,
    /// Version after the write.
    pub version: i64,
    /// Updated (UTC).
    pub updated_at: NaiveDateTime,
}

impl SheetChanges {
    /// The columns of a normalised sheet at a version and time.
    pub fn new(s: &NormalizedSheet, version: i64, now: NaiveDateTime) -> Self {
        SheetChanges {
            departments: serde_json::to_string(&s.departments).expect("strings serialize"),
            provincial_funds: s.provincial_funds.yuan(),
            matching_funds: s.matching_funds.map(Money::yuan),
            matching_funds_note: s.matching_funds_note.clone(),
            overall_goal: s.overall_goal.clone(),
            version,
            updated_at: now,
        }
    }
}

/// An indicator row to insert, or the columns of one to update.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = indicators, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct NewIndicator<'a> {
    sheet_id: i64,
    position: i32,
    level1: &'a str,
    level2: &'a str,
    name: &'a str,
    target: &'a str,
    #[diesel(embed)]
    parsed: ParsedColumns,
}

/// Which sheets to load: filters and a page window (ids after `after_id`, at most `limit`).
#[derive(Debug, Clone, Default)]
pub struct SheetFilter {
    /// Only these sheets.
    pub ids: Option<Vec<SheetId>>,
    /// Sheets of one fund.
    pub fund_id: Option<FundId>,
    /// Sheets of funds of one year.
    pub year: Option<i32>,
    /// Sheets of one region.
    pub region_code: Option<RegionCode>,
    /// Sheets in one status.
    pub status: Option<SheetStatus>,
    /// Only ids greater than this.
    pub after_id: SheetId,
    /// At most this many sheets.
    pub limit: i64,
}

type Backend = <DbConnection as Connection>::Backend;

macro_rules! filtered {
    ($query:expr, $f:expr) => {{
        let f: &SheetFilter = $f;
        let mut q = $query
            .filter(sheets::id.gt(f.after_id.get()))
            .into_boxed::<Backend>();
        if let Some(ids) = &f.ids {
            q = q.filter(sheets::id.eq_any(ids.iter().map(|id| id.get()).collect::<Vec<_>>()));
        }
        if let Some(fund_id) = f.fund_id {
            q = q.filter(sheets::fund_id.eq(fund_id.get()));
        }
        if let Some(year) = f.year {
            q = q.filter(funds::year.eq(year));
        }
        if let Some(code) = &f.region_code {
            q = q.filter(sheets::region_code.eq(code.as_str().to_owned()));
        }
        if let Some(status) = f.status {
            q = q.filter(sheets::status.eq(status.as_str()));
        }
        q
    }};
}

/// Loads sheets with their indicators, ordered by id: two queries whatever the page size.
pub fn load(conn: &mut DbConnection, filter: &SheetFilter) -> QueryResult<Vec<Sheet>> {
    let rows: Vec<(SheetRow, String, i32, String)> = filtered!(
        sheets::table
            .inner_join(funds::table)
            .inner_join(regions::table),
        filter
    )
    .select((
        SheetRow::as_select(),
        funds::name,
        funds::year,
        regions::name,
    ))
    .order(sheets::id.asc())
    .limit(filter.limit)
    .load(conn)?;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(Vec::new());
    };
    let window = SheetFilter {
        after_id: SheetId::new(first.0.id - 1),
        limit: i64::MAX,
        ..filter.clone()
    };
    let last_id = last.0.id;
    let indicator_rows: Vec<IndicatorRow> = filtered!(
        indicators::table.inner_join(sheets::table.inner_join(funds::table)),
        &window
    )
    .filter(sheets::id.le(last_id))
    // The same window on the indicators' own key, so that a page reads its indicators by index
    // rather than joining every indicator (PostgreSQL's plan for the join alone).
    .filter(indicators::sheet_id.ge(first.0.id))
    .filter(indicators::sheet_id.le(last_id))
    .select(IndicatorRow::as_select())
    .order((indicators::sheet_id.asc(), indicators::position.asc()))
    .load(conn)?;
    let mut by_sheet: HashMap<i64, Vec<Indicator>> = HashMap::new();
    for r in indicator_rows {
        by_sheet
            .entry(r.sheet_id)
            .or_default()
            .push(r.into_indicator());
    }
    rows.into_iter()
        .map(|row| {
            let indicators = by_sheet.remove(&row.0.id).unwrap_or_default();
            assemble(row, indicators)
        })
        .collect()
}

/// A sheet from its row, its fund's name and year, its region's name and its indicators; a
/// deadline without a year is read in the fund's year.
///
/// A stored status or department list this version cannot read fails the query (a
/// deserialization error naming the sheet and the value, see [`unreadable`]): guessing would let a
/// sheet of unknown standing be edited as a draft.
fn assemble(
    (row, fund_name, year, region_name): (SheetRow, String, i32, String),
    mut indicators: Vec<Indicator>,
) -> QueryResult<Sheet> {
    for indicator in &mut indicators {
        if let Some(p) = indicator.target_parsed.take() {
            indicator.target_parsed = Some(p.with_year(year));
        }
    }
    let status = SheetStatus::parse(&row.status).ok_or_else(|| {
        unreadable(format!(
            "sheet {} has the unknown stored status {:?}",
            row.id, row.status
        ))
    })?;
    let departments = serde_json::from_str(&row.departments).map_err(|e| {
        unreadable(format!(
            "sheet {} has unreadable stored departments {:?}: {e}",
            row.id, row.departments
        ))
    })?;
    Ok(Sheet {
        indicators,
        id: SheetId::new(row.id),
        fund_id: FundId::new(row.fund_id),
        fund_name,
        year,
        region_code: RegionCode::from(row.region_code),
        region_name,
        departments,
        provincial_funds: Money::from_yuan(row.provincial_funds),
        matching_funds: row.matching_funds.map(Money::from_yuan),
        matching_funds_note: row.matching_funds_note,
        overall_goal: row.overall_goal,
        status,
        version: row.version,
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
        status_reason: row.status_reason,
        warnings: None,
    })
}

impl IndicatorRow {
    fn into_indicator(self) -> Indicator {
        Indicator {
            id: IndicatorId::new(self.id),
            target_parsed: self.parsed.to_parsed(&self.target),
            level1: self.level1,
            level2: self.level2,
            name: self.name,
            target: self.target,
        }
    }
}

/// One sheet with its indicators.
///
/// Two queries of fixed shape (unlike [`load`]'s, which depend on the filter), run on the
/// backend's own connection: each connection prepares them once and reuses them from its
/// statement cache, without the SQL text being built again for every call.
pub fn find(conn: &mut DbConnection, id: SheetId) -> QueryResult<Option<Sheet>> {
    let id = id.get();
    // The statements are written out per backend: `as_select` is typed by the backend.
    let (row, indicators) = on_backend!(conn, |c| {
        let Some(row) = sheets::table
            .inner_join(funds::table)
            .inner_join(regions::table)
            .filter(sheets::id.eq(id))
            .select((
                SheetRow::as_select(),
                funds::name,
                funds::year,
                regions::name,
            ))
            .first::<(SheetRow, String, i32, String)>(c)
            .optional()?
        else {
            return Ok(None);
        };
        let indicators = indicators::table
            .filter(indicators::sheet_id.eq(id))
            .order(indicators::position.asc())
            .select(IndicatorRow::as_select())
            .load::<IndicatorRow>(c)?;
        (row, indicators)
    });
    let indicators = indicators
        .into_iter()
        .map(IndicatorRow::into_indicator)
        .collect();
    assemble(row, indicators).map(Some)
}

/// The versions of a sheet and of its fund, if the sheet exists: what its rendered body
/// depends on.
pub fn versions(conn: &mut DbConnection, id: SheetId) -> QueryResult<Option<(i64, i64)>> {
    let id = id.get();
    on_backend!(conn, |c| sheets::table
        .inner_join(funds::table)
        .filter(sheets::id.eq(id))
        .select((sheets::version, funds::version))
        .first::<(i64, i64)>(c)
        .optional())
}

/// The id of the sheet for (fund, region), if any.
pub fn find_by_key(
    conn: &mut DbConnection,
    fund_id: FundId,
    region_code: &RegionCode,
) -> QueryResult<Option<SheetId>> {
    sheets::table
        .filter(sheets::fund_id.eq(fund_id.get()))
        .filter(sheets::region_code.eq(region_code.as_str()))
        .select(sheets::id)
        .first::<i64>(conn)
        .optional()
        .map(|id| id.map(SheetId::new))
}

/// Inserts a sheet row (status DRAFT, version 1); returns its id.
pub fn insert(
    conn: &mut DbConnection,
    fund_id: FundId,
    region_code: &RegionCode,
    changes: &SheetChanges,
    now: NaiveDateTime,
) -> QueryResult<SheetId> {
    let values = (
        changes,
        sheets::fund_id.eq(fund_id.get()),
        sheets::region_code.eq(region_code.as_str()),
        sheets::status.eq(SheetStatus::Draft.as_str()),
        sheets::created_at.eq(now),
    );
    let id: i64 = match conn {
        DbConnection::Sqlite(c) => diesel::insert_into(sheets::table)
            .values(values)
            .returning(sheets::id)
            .get_result(c)?,
        DbConnection::Pg(c) => diesel::insert_into(sheets::table)
            .values(values)
            .returning(sheets::id)
            .get_result(c)?,
    };
    Ok(SheetId::new(id))
}

/// Updates a sheet row if it still has `expected_version`; returns the rows changed (0 or 1).
pub fn update(
    conn: &mut DbConnection,
    id: SheetId,
    expected_version: i64,
    changes: &SheetChanges,
) -> QueryResult<usize> {
    diesel::update(
        sheets::table
            .filter(sheets::id.eq(id.get()))
            .filter(sheets::version.eq(expected_version)),
    )
    .set(changes)
    .execute(conn)
}

/// Moves a sheet to `status` with `reason` if it still has `expected_version`; returns the rows
/// changed (0 or 1).
pub fn set_status(
    conn: &mut DbConnection,
    id: SheetId,
    expected_version: i64,
    status: SheetStatus,
    reason: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sheets::table
            .filter(sheets::id.eq(id.get()))
            .filter(sheets::version.eq(expected_version)),
    )
    .set((
        sheets::status.eq(status.as_str()),
        sheets::status_reason.eq(reason),
        sheets::version.eq(expected_version + 1),
        sheets::updated_at.eq(now),
    ))
    .execute(conn)
}

/// What a write does to the stored indicators of sheets (SPEC §5.0): indicators matched to a
/// stored one are updated in place (only where something changed), new ones inserted, stored
/// ones not sent deleted. Ids are never reused: they come from the database's sequence.
#[derive(Debug, Default)]
pub struct IndicatorWrites<'a> {
    /// Stored indicators to delete.
    pub delete: Vec<IndicatorId>,
    /// Stored indicators to update, by id.
    pub update: Vec<(IndicatorId, NewIndicator<'a>)>,
    /// New indicators.
    pub insert: Vec<NewIndicator<'a>>,
}

impl<'a> IndicatorWrites<'a> {
    /// Adds the writes that turn `stored` (the sheet's indicators now, in order; empty for a new
    /// sheet) into `sheet`'s indicators, whose ids [`crate::domain::sheet::match_indicators`]
    /// has resolved, with their parsed targets (same order).
    pub fn plan(
        &mut self,
        sheet_id: SheetId,
        stored: &[Indicator],
        sheet: &'a NormalizedSheet,
        targets: &[Option<TargetParsed>],
    ) {
        let kept: std::collections::HashSet<IndicatorId> =
            sheet.indicators.iter().filter_map(|i| i.id).collect();
        self.delete
            .extend(stored.iter().map(|s| s.id).filter(|id| !kept.contains(id)));
        for (position, ind) in sheet.indicators.iter().enumerate() {
            let row = NewIndicator {
                sheet_id: sheet_id.get(),
                position: position as i32,
                level1: &ind.level1,
                level2: &ind.level2,
                name: &ind.name,
                target: &ind.target,
                parsed: ParsedColumns::from_parsed(targets.get(position).and_then(Option::as_ref)),
            };
            let current = ind
                .id
                .and_then(|id| stored.iter().position(|s| s.id == id).map(|k| (id, k)));
            match current {
                Some((id, k)) => {
                    let s = &stored[k];
                    let same = k == position
                        && s.level1 == ind.level1
                        && s.level2 == ind.level2
                        && s.name == ind.name
                        && s.target == ind.target;
                    if !same {
                        self.update.push((id, row));
                    }
                }
                None => self.insert.push(row),
            }
        }
    }

    /// Runs the writes: deletes, then updates, then inserts (in batches). Positions of a sheet
    /// are unique again once all three are done (no constraint checks them row by row).
    pub fn apply(&self, conn: &mut DbConnection) -> QueryResult<()> {
        for batch in self.delete.chunks(BATCH_ROWS) {
            let ids: Vec<i64> = batch.iter().map(|id| id.get()).collect();
            diesel::delete(indicators::table.filter(indicators::id.eq_any(ids))).execute(conn)?;
        }
        match conn {
            // One statement per row: in-process, each costs microseconds.
            DbConnection::Sqlite(c) => {
                for (id, row) in &self.update {
                    diesel::update(indicators::table.find(id.get()))
                        .set(row)
                        .execute(c)?;
                }
            }
            // A round trip per row would dominate an upload that moves every indicator: one
            // `UPDATE … FROM (VALUES …)` per batch instead.
            DbConnection::Pg(c) => {
                for batch in self.update.chunks(UPDATE_BATCH_ROWS) {
                    update_batch_pg(c, batch)?;
                }
            }
        }
        insert_indicators(conn, &self.insert)
    }
}

/// Rows per batched update on PostgreSQL: 17 parameters each, well under its 65,535.
const UPDATE_BATCH_ROWS: usize = 1000;

/// Updates indicator rows by id in one statement (PostgreSQL).
fn update_batch_pg(
    conn: &mut diesel::PgConnection,
    rows: &[(IndicatorId, NewIndicator<'_>)],
) -> QueryResult<usize> {
    use diesel::sql_types::{BigInt, Bool, Integer, Nullable, Text};
    if rows.is_empty() {
        return Ok(0);
    }
    const COLUMNS: [(&str, &str); 17] = [
        ("id", "bigint"),
        ("sheet_id", "bigint"),
        ("position", "integer"),
        ("level1", "text"),
        ("level2", "text"),
        ("name", "text"),
        ("target", "text"),
        ("target_kind", "text"),
        ("target_comparator", "text"),
        ("target_value", "text"),
        ("target_upper", "text"),
        ("target_unit", "text"),
        ("target_basis", "text"),
        ("target_note", "text"),
        ("target_measurable", "boolean"),
        ("parser_version", "integer"),
        ("target_date", "text"),
    ];
    let mut sql = String::from("UPDATE indicators AS i SET ");
    let sets: Vec<String> = COLUMNS[1..]
        .iter()
        .map(|(name, _)| format!("{name} = v.{name}"))
        .collect();
    sql.push_str(&sets.join(", "));
    sql.push_str(" FROM (VALUES ");
    let mut n = 0;
    for (k, _) in rows.iter().enumerate() {
        if k > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        let mut cells = Vec::with_capacity(COLUMNS.len());
        for (_, ty) in COLUMNS {
            n += 1;
            cells.push(format!("${n}::{ty}"));
        }
        sql.push_str(&cells.join(", "));
        sql.push(')');
    }
    let names: Vec<&str> = COLUMNS.iter().map(|(name, _)| *name).collect();
    sql.push_str(&format!(") AS v ({}) WHERE i.id = v.id", names.join(", ")));
    let mut query = diesel::sql_query(sql).into_boxed::<diesel::pg::Pg>();
    for (id, row) in rows {
        let p = &row.parsed;
        query = query
            .bind::<BigInt, _>(id.get())
            .bind::<BigInt, _>(row.sheet_id)
            .bind::<Integer, _>(row.position)
            .bind::<Text, _>(row.level1.to_string())
            .bind::<Text, _>(row.level2.to_string())
            .bind::<Text, _>(row.name.to_string())
            .bind::<Text, _>(row.target.to_string())
            .bind::<Nullable<Text>, _>(p.target_kind.clone())
            .bind::<Nullable<Text>, _>(p.target_comparator.clone())
            .bind::<Nullable<Text>, _>(p.target_value.clone())
            .bind::<Nullable<Text>, _>(p.target_upper.clone())
            .bind::<Nullable<Text>, _>(p.target_unit.clone())
            .bind::<Nullable<Text>, _>(p.target_basis.clone())
            .bind::<Nullable<Text>, _>(p.target_note.clone())
            .bind::<Nullable<Bool>, _>(p.target_measurable)
            .bind::<Integer, _>(p.parser_version)
            .bind::<Nullable<Text>, _>(p.target_date.clone());
    }
    query.execute(conn)
}

/// Writes the indicators of one sheet: `stored` are its indicators before the write (empty
/// for a new sheet), `sheet` the document with matched ids.
pub fn write_indicators(
    conn: &mut DbConnection,
    sheet_id: SheetId,
    stored: &[Indicator],
    sheet: &NormalizedSheet,
    targets: &[Option<TargetParsed>],
) -> QueryResult<()> {
    let mut writes = IndicatorWrites::default();
    writes.plan(sheet_id, stored, sheet, targets);
    writes.apply(conn)
}

/// The ids of the indicators of these sheets, by sheet, in order.
pub fn indicator_ids(
    conn: &mut DbConnection,
    sheet_ids: &[SheetId],
) -> QueryResult<HashMap<SheetId, Vec<IndicatorId>>> {
    let mut out: HashMap<SheetId, Vec<IndicatorId>> = HashMap::with_capacity(sheet_ids.len());
    for batch in sheet_ids.chunks(BATCH_ROWS) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        let rows: Vec<(i64, i64)> = indicators::table
            .filter(indicators::sheet_id.eq_any(batch))
            .select((indicators::sheet_id, indicators::id))
            .order((indicators::sheet_id.asc(), indicators::position.asc()))
            .load(conn)?;
        for (sheet_id, id) in rows {
            out.entry(SheetId::new(sheet_id))
                .or_default()
                .push(IndicatorId::new(id));
        }
    }
    Ok(out)
}

/// Rows per batch insert: well under SQLite's and PostgreSQL's limits on bound parameters.
const BATCH_ROWS: usize = 1000;

/// Rows per batch insert of indicators: 500 rows of 14 columns, well under both backends' limits
/// on bound parameters.
const INDICATOR_BATCH: usize = 500;

/// Inserts indicator rows, 500 per statement on both backends.
pub fn insert_indicators(conn: &mut DbConnection, rows: &[NewIndicator<'_>]) -> QueryResult<()> {
    for batch in rows.chunks(INDICATOR_BATCH) {
        on_backend!(conn, |c| diesel::insert_into(indicators::table)
            .values(batch)
            .execute(c))?;
    }
    Ok(())
}

/// A new sheet row: its key and columns.
pub type NewSheet<'a> = (FundId, &'a RegionCode, SheetChanges);

/// Inserts sheets (status DRAFT, version 1) in batches; returns their ids by (fund, region).
pub fn insert_many(
    conn: &mut DbConnection,
    rows: &[NewSheet<'_>],
    now: NaiveDateTime,
) -> QueryResult<HashMap<(FundId, RegionCode), SheetId>> {
    for batch in rows.chunks(BATCH_ROWS) {
        let values: Vec<_> = batch
            .iter()
            .map(|(fund_id, region_code, changes)| {
                (
                    changes,
                    sheets::fund_id.eq(fund_id.get()),
                    sheets::region_code.eq(region_code.as_str()),
                    sheets::status.eq(SheetStatus::Draft.as_str()),
                    sheets::created_at.eq(now),
                )
            })
            .collect();
        match conn {
            DbConnection::Sqlite(c) => diesel::insert_into(sheets::table)
                .values(values)
                .execute(c)?,
            DbConnection::Pg(c) => diesel::insert_into(sheets::table)
                .values(values)
                .execute(c)?,
        };
    }
    let funds: Vec<FundId> = rows.iter().map(|r| r.0).collect();
    Ok(keys_of_funds(conn, &funds)?
        .into_iter()
        .map(|k| ((k.fund_id, k.region_code), k.id))
        .collect())
}

/// A stored sheet's key and amount.
#[derive(Debug, Clone)]
pub struct SheetKey {
    /// Sheet id.
    pub id: SheetId,
    /// Fund.
    pub fund_id: FundId,
    /// Region.
    pub region_code: RegionCode,
    /// 省级资金, whole 元.
    pub provincial_funds: i64,
}

/// The keys and amounts of every sheet of these funds.
pub fn keys_of_funds(conn: &mut DbConnection, fund_ids: &[FundId]) -> QueryResult<Vec<SheetKey>> {
    let mut ids: Vec<i64> = fund_ids.iter().map(|id| id.get()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::new();
    for batch in ids.chunks(BATCH_ROWS) {
        out.extend(
            sheets::table
                .filter(sheets::fund_id.eq_any(batch))
                .select((
                    sheets::id,
                    sheets::fund_id,
                    sheets::region_code,
                    sheets::provincial_funds,
                ))
                .load::<(i64, i64, String, i64)>(conn)?
                .into_iter()
                .map(|(id, fund_id, region_code, provincial_funds)| SheetKey {
                    id: SheetId::new(id),
                    fund_id: FundId::new(fund_id),
                    region_code: RegionCode::from(region_code),
                    provincial_funds,
                }),
        );
    }
    Ok(out)
}

/// Loads these sheets with their indicators, by id.
pub fn load_ids(conn: &mut DbConnection, ids: &[SheetId]) -> QueryResult<HashMap<SheetId, Sheet>> {
    let mut out = HashMap::with_capacity(ids.len());
    for batch in ids.chunks(BATCH_ROWS) {
        let batch: Vec<i64> = batch.iter().map(|id| id.get()).collect();
        // Two queries of their own (no join for the indicators), run on the backend's own
        // connection: a bulk upload reads thousands of indicators here.
        let (rows, indicator_rows) = on_backend!(conn, |c| {
            let rows = sheets::table
                .inner_join(funds::table)
                .inner_join(regions::table)
                .filter(sheets::id.eq_any(&batch))
                .select((
                    SheetRow::as_select(),
                    funds::name,
                    funds::year,
                    regions::name,
                ))
                .load::<(SheetRow, String, i32, String)>(c)?;
            let indicator_rows = indicators::table
                .filter(indicators::sheet_id.eq_any(&batch))
                .order((indicators::sheet_id.asc(), indicators::position.asc()))
                .select(IndicatorRow::as_select())
                .load::<IndicatorRow>(c)?;
            (rows, indicator_rows)
        });
        let mut by_sheet: HashMap<i64, Vec<Indicator>> = HashMap::with_capacity(rows.len());
        for r in indicator_rows {
            by_sheet
                .entry(r.sheet_id)
                .or_default()
                .push(r.into_indicator());
        }
        for row in rows {
            let indicators = by_sheet.remove(&row.0.id).unwrap_or_default();
            let sheet = assemble(row, indicators)?;
            out.insert(sheet.id, sheet);
        }
    }
    Ok(out)
}

/// Deletes a sheet (its indicators go with it) if it still has `expected_version`.
pub fn delete(conn: &mut DbConnection, id: SheetId, expected_version: i64) -> QueryResult<usize> {
    diesel::delete(
        sheets::table
            .filter(sheets::id.eq(id.get()))
            .filter(sheets::version.eq(expected_version)),
    )
    .execute(conn)
}

/// The provincial funds of a fund's sheets, summed, leaving out sheet `except`.
pub fn provincial_funds_sum(
    conn: &mut DbConnection,
    fund_id: FundId,
    except: Option<SheetId>,
) -> QueryResult<Money> {
    let amounts: Vec<i64> = sheets::table
        .filter(sheets::fund_id.eq(fund_id.get()))
        .filter(sheets::id.ne(except.map_or(0, SheetId::get)))
        .select(sheets::provincial_funds)
        .load(conn)?;
    Ok(amounts.into_iter().fold(Money::ZERO, |sum, a| {
        sum.saturating_add(Money::from_yuan(a))
    }))
}

/// Parses again, with the running parser, every stored target written by another parser
/// version; returns how many rows changed. Runs in batches, each its own transaction.
pub fn reparse_targets(conn: &mut DbConnection) -> QueryResult<usize> {
    let mut changed = 0;
    loop {
        let batch: Vec<(i64, String)> = indicators::table
            .filter(indicators::parser_version.ne(target::PARSER_VERSION))
            .select((indicators::id, indicators::target))
            .order(indicators::id.asc())
            .limit(500)
            .load(conn)?;
        if batch.is_empty() {
            return Ok(changed);
        }
        conn.transaction(|conn| {
            for (id, text) in &batch {
                let parsed = target::parse(text).ok();
                diesel::update(indicators::table.find(id))
                    .set(ParsedColumns::from_parsed(parsed.as_ref()))
                    .execute(conn)?;
            }
            QueryResult::Ok(())
        })?;
        changed += batch.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_of_indicators_without_readings_is_one_statement() {
        super::super::tests::one_statement!(
            indicators::table,
            NewIndicator {
                sheet_id: 1,
                position: 0,
                level1: "产出指标",
                level2: "数量指标",
                name: "培训场次",
                target: "积极",
                parsed: ParsedColumns::from_parsed(None),
            }
        );
    }
}
