//! Reading a printed form back into one item of its flat layout (see the rules in the module's documentation).

use super::*;

pub(super) fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

pub(super) fn non_blank(row: &GridRow) -> bool {
    row.cells.iter().any(|c| !c.trim().is_empty())
}

/// The indicator header: a row naming 一级指标, 二级指标 and 三级指标 (or `level1`, `level2`,
/// `name`).
pub(super) fn is_table_header(layout: &Layout, row: &GridRow) -> bool {
    let keys: Vec<&str> = row
        .cells
        .iter()
        .filter_map(|c| layout.column_of(&label_key(c)))
        .map(|k| layout.columns[k].key)
        .collect();
    ["level1", "level2", "name"]
        .iter()
        .all(|k| keys.contains(k))
}

/// Whether a grid holds the printed form of `kind`: its first non-empty row is not the header of
/// a flat file, and before the indicator table a cell ends with the form's title (绩效监控表,
/// 绩效自评表) or is a label only that form has (监控月份; 总体目标实际完成情况).
pub(super) fn is_kind(grid: &Grid, kind: Kind) -> bool {
    let layout = kind.layout();
    let mut rows = grid.rows.iter().filter(|r| non_blank(r));
    let Some(first) = rows.next() else {
        return false;
    };
    if is_table_header(layout, first) {
        return false;
    }
    let marker = match kind {
        Kind::Report => "监控月份",
        Kind::Evaluation => "总体目标实际完成情况",
    };
    std::iter::once(first)
        .chain(rows)
        .take_while(|r| !is_table_header(layout, r))
        .flat_map(|r| r.cells.iter())
        .any(|c| {
            let s = squeeze(c);
            s.ends_with(kind.title_suffix()) || label_key(&s) == marker
        })
}

/// Whether a grid (a worksheet) holds the printed 绩效监控表 of [`write_report_form`] rather
/// than a flat file, the 附件2 form of sheets or the self-evaluation form. Check it before
/// `xlsx::is_form_layout`, which takes any grid with a 专项名称 cell for a 附件2 form.
pub fn is_report_form(grid: &Grid) -> bool {
    is_kind(grid, Kind::Report)
}

/// Whether a grid holds the printed 项目支出绩效自评表 of [`write_evaluation_form`] (see
/// [`is_report_form`]).
pub fn is_evaluation_form(grid: &Grid) -> bool {
    is_kind(grid, Kind::Evaluation)
}

/// Reads a printed 绩效监控表 into one item of the keys of [`crate::exchange::follow_up::REPORTS`] (see
/// the module's rules). Never panics.
pub fn read_report_form(grid: &Grid) -> TableOutcome {
    FormReader::new(Kind::Report, grid).read()
}

/// Reads a printed 项目支出绩效自评表 into one item of the keys of
/// [`crate::exchange::follow_up::EVALUATIONS`] (see the module's rules). Never panics.
pub fn read_evaluation_form(grid: &Grid) -> TableOutcome {
    FormReader::new(Kind::Evaluation, grid).read()
}

pub(super) struct FormReader<'a> {
    kind: Kind,
    grid: &'a Grid,
    item: TableItem,
    errors: Vec<ReadError>,
    /// The labels seen, by key.
    seen: Vec<&'static str>,
}

pub(super) fn at(row: u32, col: usize) -> Location {
    Location {
        row,
        column: column_letter(col),
    }
}

impl<'a> FormReader<'a> {
    fn new(kind: Kind, grid: &'a Grid) -> Self {
        FormReader {
            kind,
            grid,
            item: TableItem::default(),
            errors: Vec::new(),
            seen: Vec::new(),
        }
    }

    fn error(&mut self, code: IssueCode, location: Option<Location>, zh: String, en: String) {
        self.errors.push(ReadError {
            code,
            record: Some(0),
            location,
            message_zh: zh,
            message_en: en,
        });
    }

    fn fields(&self) -> Vec<Field> {
        let mut fields = self.kind.fields().to_vec();
        if self.kind == Kind::Report {
            fields.push(GOAL_PROGRESS);
        }
        fields
    }

    /// Takes a label's value (when it is read back) and its location.
    fn take(&mut self, f: Field, raw: Option<&str>, location: Location) {
        if f.place == Place::Group {
            return;
        }
        if self.seen.contains(&f.key) {
            self.error(
                IssueCode::FormLayout,
                Some(location),
                format!("“{}”出现了两次", f.label),
                format!("“{}” appears twice", f.label),
            );
            return;
        }
        self.seen.push(f.key);
        if !f.read {
            return;
        }
        let layout = self.kind.layout();
        let v = crate::exchange::table::clean(raw.unwrap_or_default(), multiline(layout, f.key));
        let v = if f.key == "month" && !v.is_empty() {
            month_of(&v)
        } else {
            v
        };
        let aliases: &[&str] = match f.key {
            "fund_name" => &["/fund_id"],
            "region_name" => &["/region_code"],
            _ => &[],
        };
        for alias in aliases {
            self.item
                .locations
                .insert(alias.to_string(), location.clone());
        }
        self.item
            .locations
            .insert(format!("/{}", f.key), location.clone());
        if !v.is_empty() {
            self.item.values.insert(f.key, v);
        }
    }

    /// A row of label/value pairs.
    fn read_pairs(&mut self, fields: &[Field], row: &GridRow) {
        let cells = &row.cells;
        let mut i = 0;
        while i < cells.len() {
            let text = cells[i].trim();
            if text.is_empty() {
                i += 1;
                continue;
            }
            let Some(f) = field_of(fields, text) else {
                self.error(
                    IssueCode::FormLayout,
                    Some(at(row.row, i)),
                    format!("无法识别的项目“{text}”"),
                    format!("“{text}” is no label of this form"),
                );
                i += 1;
                continue;
            };
            // The value: the first non-empty cell after the label before the next label (the
            // cell right after it is always a value).
            let mut j = i + 1;
            let mut found: Option<usize> = None;
            while j < cells.len() {
                let t = cells[j].trim();
                if j > i + 1 && !t.is_empty() && field_of(fields, t).is_some() {
                    break;
                }
                if !t.is_empty() && found.is_none() {
                    found = Some(j);
                } else if !t.is_empty() {
                    self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, j)),
                        format!("“{}”有两个值", f.label),
                        format!("“{}” has two values", f.label),
                    );
                }
                j += 1;
            }
            let col = found.unwrap_or(i + 1);
            let raw = found.map(|k| cells[k].as_str());
            self.take(f, raw, at(row.row, col));
            i = j;
        }
    }

    /// The row of money labels and the row of their values (if any).
    fn read_money(&mut self, fields: &[Field], labels: &GridRow, values: Option<&GridRow>) {
        let mut columns: Vec<(usize, Field)> = Vec::new();
        for (i, cell) in labels.cells.iter().enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                continue;
            }
            match field_of(fields, text) {
                Some(f) if f.place == Place::Group => {}
                Some(f) => columns.push((i, f)),
                None => self.error(
                    IssueCode::FormLayout,
                    Some(at(labels.row, i)),
                    format!("无法识别的项目“{text}”"),
                    format!("“{text}” is no label of this form"),
                ),
            }
        }
        let value_row = values.map_or(labels.row + 1, |r| r.row);
        let mut found: Vec<Option<(usize, &str)>> = vec![None; columns.len()];
        if let Some(values) = values {
            for (i, cell) in values.cells.iter().enumerate() {
                if cell.trim().is_empty() {
                    continue;
                }
                match columns.iter().rposition(|(c, _)| *c <= i) {
                    Some(k) if found[k].is_none() => found[k] = Some((i, cell.as_str())),
                    Some(k) => {
                        let label = columns[k].1.label;
                        self.error(
                            IssueCode::FormLayout,
                            Some(at(value_row, i)),
                            format!("“{label}”有两个值"),
                            format!("“{label}” has two values"),
                        );
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(value_row, i)),
                        "这个值不在任何项目之下".into(),
                        "this value is under no label".into(),
                    ),
                }
            }
        }
        for (k, (c, f)) in columns.into_iter().enumerate() {
            let (col, raw) = match found[k] {
                Some((i, raw)) => (i, Some(raw)),
                None => (c, None),
            };
            self.take(f, raw, at(value_row, col));
        }
    }

    fn read(mut self) -> TableOutcome {
        let fields = self.fields();
        let layout = self.kind.layout();
        let rows: Vec<&GridRow> = self.grid.rows.iter().filter(|r| non_blank(r)).collect();
        if let Some(first) = rows.first() {
            let col = first
                .cells
                .iter()
                .position(|c| !c.trim().is_empty())
                .unwrap_or(0);
            self.item
                .locations
                .insert(String::new(), at(first.row, col));
        }
        let mut title_year: Option<(String, Location)> = None;
        let mut k = 0;
        let mut header: Option<&GridRow> = None;
        while k < rows.len() {
            let row = rows[k];
            k += 1;
            if is_table_header(layout, row) {
                header = Some(row);
                break;
            }
            let (col, text) = row
                .cells
                .iter()
                .enumerate()
                .find(|(_, c)| !c.trim().is_empty())
                .map(|(i, c)| (i, c.trim()))
                .unwrap_or((0, ""));
            let below = row
                .cells
                .iter()
                .filter_map(|c| field_of(&fields, c))
                .any(|f| f.place == Place::Below);
            if below {
                let next = rows
                    .get(k)
                    .filter(|r| {
                        !is_table_header(layout, r)
                            && r.cells.iter().all(|c| field_of(&fields, c).is_none())
                    })
                    .copied();
                if next.is_some() {
                    k += 1;
                }
                self.read_money(&fields, row, next);
            } else if field_of(&fields, text).is_some() {
                self.read_pairs(&fields, row);
            } else if row.cells.iter().filter(|c| !c.trim().is_empty()).count() == 1
                && self.seen.is_empty()
            {
                // A heading: the title gives the year when no 年度 cell does.
                let s = squeeze(text);
                if let Some(y) = s.split("年").next().filter(|y| {
                    y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && s.len() > 4
                }) {
                    title_year.get_or_insert((y.to_string(), at(row.row, col)));
                }
            } else {
                self.error(
                    IssueCode::FormLayout,
                    Some(at(row.row, col)),
                    format!("无法识别的行（以“{text}”开头）"),
                    format!("a row this form does not have (starting with “{text}”)"),
                );
            }
        }
        if !self.item.values.contains_key("year") {
            if let Some((y, location)) = title_year {
                if !self.seen.contains(&"year") {
                    self.item.locations.insert("/year".into(), location);
                }
                self.item.values.insert("year", y);
            }
        }
        let mut missing: Vec<&str> = fields
            .iter()
            .filter(|f| f.required && !self.seen.contains(&f.key))
            .map(|f| f.label)
            .collect();
        if !self.item.values.contains_key("year") && !self.seen.contains(&"year") {
            missing.push("年度");
        }
        if !missing.is_empty() {
            let list = missing.join("、");
            self.error(
                IssueCode::FormLayout,
                None,
                format!("表中缺少：{list}"),
                format!("the form lacks: {list}"),
            );
        }
        match header {
            Some(h) => self.read_table(h, &rows[k..]),
            None => self.error(
                IssueCode::FormLayout,
                None,
                "没有找到指标表（一级指标、二级指标、三级指标）".into(),
                "the indicator table (一级指标, 二级指标, 三级指标) is missing".into(),
            ),
        }
        TableOutcome {
            items: vec![self.item],
            errors: self.errors,
        }
    }

    fn read_table(&mut self, header: &GridRow, rows: &[&GridRow]) {
        let layout = self.kind.layout();
        // Header column → the layout's line or computed column.
        let mut columns: Vec<(usize, Option<&'static str>)> = Vec::new();
        let mut keys: Vec<&'static str> = Vec::new();
        for (i, cell) in header.cells.iter().enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                continue;
            }
            let column = layout
                .column_of(&label_key(text))
                .map(|c| layout.columns[c])
                .filter(|c| matches!(c.level, Level::Line | Level::Computed));
            match column {
                Some(c) if keys.contains(&c.key) => {
                    self.error(
                        IssueCode::ColumnUnknown,
                        Some(at(header.row, i)),
                        format!("列“{text}”重复"),
                        format!("column “{text}” appears twice"),
                    );
                    columns.push((i, None));
                }
                Some(c) => {
                    keys.push(c.key);
                    let read = c.level == Level::Line;
                    columns.push((i, read.then_some(c.key)));
                }
                None => {
                    self.error(
                        IssueCode::ColumnUnknown,
                        Some(at(header.row, i)),
                        format!("无法识别的列“{text}”"),
                        format!("unknown column “{text}”"),
                    );
                    columns.push((i, None));
                }
            }
        }
        let first_col = columns.first().map_or(0, |c| c.0);
        let col_of = |key: &str| columns.iter().find(|c| c.1 == Some(key)).map(|c| c.0);
        let name_col = col_of("name").unwrap_or(first_col);
        self.item
            .locations
            .insert("/indicators".into(), at(header.row, first_col));

        // The current 一级 and 二级, each with where it is written.
        let mut level1: Option<(String, Location)> = None;
        let mut level2: Option<(String, Location)> = None;
        let mut ended: Option<u32> = None;
        for row in rows {
            if is_table_header(layout, row) {
                continue;
            }
            let lead = row
                .cells
                .iter()
                .enumerate()
                .find(|(_, c)| !c.trim().is_empty());
            let Some((lead_col, lead_text)) = lead else {
                continue;
            };
            if field_of(&FOOTER, lead_text).is_some() {
                ended.get_or_insert(row.row);
                continue;
            }
            if let Some(end) = ended {
                self.error(
                    IssueCode::FormLayout,
                    Some(at(row.row, lead_col)),
                    format!("第 {end} 行的总分之后还有指标行"),
                    format!("an indicator row after the total on row {end}"),
                );
                continue;
            }
            let mut line: BTreeMap<&'static str, String> = BTreeMap::new();
            let mut cell_at: BTreeMap<&'static str, usize> = BTreeMap::new();
            for (i, cell) in row.cells.iter().enumerate() {
                if cell.trim().is_empty() {
                    continue;
                }
                match columns.iter().rposition(|(c, _)| *c <= i) {
                    Some(k) => {
                        if let Some(key) = columns[k].1 {
                            let v = crate::exchange::table::clean(cell, multiline(layout, key));
                            if !v.is_empty() && !line.contains_key(key) {
                                line.insert(key, v);
                                cell_at.insert(key, i);
                            }
                        }
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, i)),
                        "这个单元格不在指标表的任何列之下".into(),
                        "this cell is under no column of the indicator table".into(),
                    ),
                }
            }
            if line.is_empty() {
                continue;
            }
            let k = self.item.lines.len();
            let mut locations: BTreeMap<String, Location> = BTreeMap::new();
            for (c, key) in &columns {
                if let Some(key) = key {
                    let col = cell_at.get(key).copied().unwrap_or(*c);
                    locations.insert(format!("/indicators/{k}/{key}"), at(row.row, col));
                }
            }
            // 一级/二级 filled down; a new 一级 resets 二级.
            match line.get("level1") {
                Some(l1) => {
                    let here = locations[&format!("/indicators/{k}/level1")].clone();
                    level1 = Some((l1.clone(), here));
                    level2 = None;
                }
                None => match &level1 {
                    Some((l1, where_)) => {
                        line.insert("level1", l1.clone());
                        locations.insert(format!("/indicators/{k}/level1"), where_.clone());
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, col_of("level1").unwrap_or(first_col))),
                        "指标行缺少一级指标".into(),
                        "an indicator row without 一级指标".into(),
                    ),
                },
            }
            match line.get("level2") {
                Some(l2) => {
                    let here = locations[&format!("/indicators/{k}/level2")].clone();
                    level2 = Some((l2.clone(), here));
                }
                None => match &level2 {
                    Some((l2, where_)) => {
                        line.insert("level2", l2.clone());
                        locations.insert(format!("/indicators/{k}/level2"), where_.clone());
                    }
                    None => self.error(
                        IssueCode::FormLayout,
                        Some(at(row.row, col_of("level2").unwrap_or(first_col))),
                        "指标行缺少二级指标".into(),
                        "an indicator row without 二级指标".into(),
                    ),
                },
            }
            locations.insert(
                format!("/indicators/{k}"),
                at(row.row, cell_at.get("name").copied().unwrap_or(name_col)),
            );
            self.item.locations.extend(locations);
            self.item.lines.push(line);
        }
    }
}
