//! Target values (指标值) of a performance indicator: normalisation, parsing into a structured
//! form, canonical rendering and template floor checks (SPEC §1.3 and §1.5).
//!
//! Pure Rust, no I/O and no framework types. The grammar is a small hand-written recogniser
//! over `char`s (never byte offsets), so no input can make it panic.
//!
//! Outline of the grammar, applied to the text after [`normalize`]:
//!
//! ```text
//! target      := core [ "(" note ")" ]                     trailing remark → `note`
//! core        := deadline | relative | level | words
//! deadline    := date before [完成 到位 …]                    the whole core, nothing else
//! date        := [YYYY "年" | 今年 | 本年 | 本年度 | 当年]
//!                ("年底" | "年末" | M "月" ["底" | "末" | "份"] | M "月" D ("日" | "号"))
//! before      := "前" | "之前" | "以前"
//! relative    := [basis] ["正"] verb ["率" | "幅度"] measure      增长 提高 … / 下降 降低 …
//!              | [basis] verb ("到" | "至") measure                "提高到95%": a level
//! level       := measure
//! measure     := [lead-in] [comparator] body [suffix]
//! body        := number [unit] [ sep number [unit] ]           sep: - ~ 至 到 (与 和 with 之间)
//! comparator  := ≥ ≤ > < = | 不低于 超过 不超过 低于 …
//! suffix      := [以上 及以上 | 以下 以内 之内 内 | 之间] [完成 到位 …]
//! words       := anything without a non-date digit, comparator symbol or % sign
//! ```
//!
//! Decisions for cases the SPEC leaves open are written next to the code that makes them and
//! summarised on [`parse`].

use std::fmt;

use chrono::NaiveDate;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// Version of the target grammar implemented by [`parse`]. Stored beside parsed targets so
/// they can be re-parsed when the grammar changes.
pub const PARSER_VERSION: i32 = 2;

/// Words that make a qualitative (words-only) target unmeasurable: a qualitative target whose
/// text contains any of them gets `measurable: false`. Relative targets without a number
/// (正增长, bare 同比增长) are unmeasurable whatever their words.
pub const VAGUE_WORDS: &[&str] = &[
    "正增长",
    "积极",
    "明显",
    "显著",
    "持续",
    "巩固",
    "预期",
    "有所",
    "逐步",
    "进一步",
    "良好",
    "较好",
    "较高",
    "较大",
    "稳步",
    "不断",
    "大幅",
    "一定",
    "尽量",
    "力争",
    "不可衡量",
    "无法衡量",
    "增长",
    "提高",
    "提升",
    "增加",
    "上升",
    "改善",
    "加强",
    "增强",
    "促进",
    "推动",
    "带动",
    "扩大",
    "下降",
    "降低",
    "减少",
];

/// Longest unit accepted, in characters.
const MAX_UNIT_CHARS: usize = 12;

/// Most significant digits accepted in one number (the limit of the first, `f64`, reader,
/// kept so that every text reads as it did).
const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// Most decimal places a [`Decimal`] holds exactly.
const MAX_DECIMAL_PLACES: usize = 28;

/// What kind of promise a target value makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TargetKind {
    /// A level to reach, e.g. `≥90%`, `16家`, `3-5次`.
    Quantitative,
    /// A change against a baseline, e.g. `同比增长20%`, `下降5%`, `正增长`.
    Relative,
    /// A date to finish by, e.g. `2024年12月底前`, `12月底前完成`, `年底前`, `9月前`; the date
    /// is in `date`, the comparator is `LE`.
    Deadline,
    /// Words only, no number, e.g. `积极`, `应保尽保`, `按时完成`.
    Qualitative,
}

/// How the actual value is compared with `value` (and `upper`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum Comparator {
    /// Equal to `value`; a bare number (`1000`, `16家`) is read as a level to reach (正向).
    Eq,
    /// At least `value` (≥, 不低于, 以上); positive indicator (正向).
    Ge,
    /// More than `value` (>, 超过, 高于); positive indicator (正向).
    Gt,
    /// At most `value` (≤, 不超过, 以下, 以内); reverse indicator (反向).
    Le,
    /// Less than `value` (<, 低于, 不满); reverse indicator (反向).
    Lt,
    /// Between `value` and `upper`, both included (`3-5次`, `在80%与90%之间`).
    Range,
}

/// Baseline of a relative target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Basis {
    /// Against the previous year (同比, 较上年, 比上年, 较去年 …).
    YearOnYear,
    /// No baseline stated (`增长100%`), or one other than the previous year (环比, 较基期).
    Unspecified,
}

/// Structured reading of a target text (`target_parsed`, read-only in the API).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TargetParsed {
    /// `QUANTITATIVE` (a level to reach), `RELATIVE` (a change against a baseline) or
    /// `QUALITATIVE` (words only).
    pub kind: TargetKind,
    /// `EQ GE GT LE LT RANGE`; null for qualitative targets.
    #[schema(required = true)]
    pub comparator: Option<Comparator>,
    /// The number (the lower bound for `RANGE`); a decrease is negative (`下降5%` → -5).
    /// Null for qualitative targets. Exact: the digits as written, without trailing zeros
    /// (`100.00%` → 100, `0.1` → 0.1), emitted as a JSON number.
    #[serde(with = "exact_number")]
    #[schema(value_type = Option<f64>)]
    #[schema(required = true)]
    pub value: Option<Decimal>,
    /// Upper bound, only for `RANGE`; null otherwise. Exact, as `value`.
    #[serde(with = "exact_number")]
    #[schema(value_type = Option<f64>)]
    #[schema(required = true)]
    pub upper: Option<Decimal>,
    /// Unit as written after NFKC normalisation (`%`, `家`, `万元/年`, `个百分点` …), or null.
    #[schema(required = true)]
    pub unit: Option<String>,
    /// Baseline of a `RELATIVE` target; null for the other kinds.
    #[schema(required = true)]
    pub basis: Option<Basis>,
    /// Trailing parenthesised remark, e.g. `含县市区` from `50（含县市区）`; null when none.
    #[schema(required = true)]
    pub note: Option<String>,
    /// False for vague targets that cannot be checked (正增长, bare 同比增长, 积极, 效果明显 …).
    pub measurable: bool,
    /// `DEADLINE` only: the date to finish by, on or before it, `"YYYY-MM-DD"`, or `"--MM-DD"`
    /// when the text names no year (`12月底前` → `--12-31`); a sheet's readings carry its fund's
    /// year (`2024-12-31`). Null for the other kinds.
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "2024-12-31", pattern = r"^(\d{4}|-)-\d{2}-\d{2}$")]
    #[schema(required = true)]
    pub date: Option<TargetDate>,
}

/// The date of a `DEADLINE` target: a day of a year, or of a year still to be given (the
/// fund's) when the text names none. JSON and storage spell it `YYYY-MM-DD` or `--MM-DD`.
///
/// February without a year: `2月底前` is `--02-28`, and becomes the 29th once a leap year is
/// applied; `2月29日前` is `--02-29`, and becomes the 28th in a year that has no 29th.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TargetDate {
    year: Option<i32>,
    month: u32,
    day: u32,
    /// A year-less February's last day (`2月底前`), whose day depends on the year.
    february_end: bool,
}

impl TargetDate {
    /// A checked date: a real day of `year`, or of some leap year when there is none.
    fn new(year: Option<i32>, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
        Some(TargetDate {
            year,
            month,
            day,
            february_end: false,
        })
    }

    /// The last day of a month; without a year, February's is the 28th (flagged, see the type).
    fn month_end(year: Option<i32>, month: u32) -> Option<Self> {
        let day = last_day_of_month(year.unwrap_or(2001), month)?;
        let mut date = TargetDate::new(year, month, day)?;
        date.february_end = year.is_none() && month == 2;
        Some(date)
    }

    /// The year, when the text named one or one was applied.
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.month
    }

    /// The day of the month.
    pub fn day(&self) -> u32 {
        self.day
    }

    /// The calendar date; `None` while the year is unknown.
    pub fn to_date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }

    /// This date in `year` if it names none (a date with a year is kept): February's end and
    /// the 29th follow the year.
    pub fn with_year(self, year: i32) -> Self {
        if self.year.is_some() {
            return self;
        }
        let day = if self.month == 2 && (self.february_end || self.day == 29) {
            last_day_of_month(year, 2).unwrap_or(28)
        } else {
            self.day
        };
        TargetDate {
            year: Some(year),
            month: self.month,
            day,
            february_end: false,
        }
    }

    /// Reads `YYYY-MM-DD` or `--MM-DD`, as [`fmt::Display`] writes them.
    pub fn from_iso(text: &str) -> Option<Self> {
        let (year, rest) = match text.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = text.split_once('-')?;
                let year = (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| y.parse::<i32>().ok())??;
                (Some(year), rest)
            }
        };
        let (m, d) = rest.split_once('-')?;
        let two_digits = |t: &str| {
            (t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u32>().ok())?
        };
        TargetDate::new(year, two_digits(m)?, two_digits(d)?)
    }

    /// A stored date (`YYYY-MM-DD`, `--MM-DD`) of the target `text`. The text says what the
    /// column cannot: whether a year-less `--02-28` is February's end (`2月底前`), whose day
    /// follows the year applied later.
    pub fn from_stored(stored: &str, text: &str) -> Option<Self> {
        let date = TargetDate::from_iso(stored)?;
        if (date.year, date.month, date.day) == (None, 2, 28) {
            if let Ok(TargetParsed {
                date: Some(read), ..
            }) = parse(text)
            {
                if read.february_end {
                    return Some(read);
                }
            }
        }
        Some(date)
    }

    /// On or before `other`; a date without a year is taken to be in the other's year.
    pub fn on_or_before(&self, other: &TargetDate) -> bool {
        match (self.year, other.year) {
            (Some(a), Some(b)) if a != b => a < b,
            _ => (self.month, self.day) <= (other.month, other.day),
        }
    }
}

impl fmt::Display for TargetDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Serialize for TargetDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TargetDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        TargetDate::from_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not YYYY-MM-DD or --MM-DD"))
        })
    }
}

/// The number of days of a month (1–12) of a year.
fn last_day_of_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(next.signed_duration_since(first).num_days() as u32)
}

/// Stable code of a target parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TargetErrorCode {
    /// The target is empty or whitespace only.
    TargetEmpty,
    /// The target looks numeric (a digit that is not part of a date, a comparator symbol or a
    /// % sign) but does not follow the grammar.
    TargetMalformed,
    /// A range whose lower bound is above its upper bound (`5-3次`).
    TargetRangeInverted,
}

impl TargetErrorCode {
    /// The code as it appears in JSON (`TARGET_EMPTY`, `TARGET_MALFORMED`,
    /// `TARGET_RANGE_INVERTED`).
    pub fn as_str(&self) -> &'static str {
        match self {
            TargetErrorCode::TargetEmpty => "TARGET_EMPTY",
            TargetErrorCode::TargetMalformed => "TARGET_MALFORMED",
            TargetErrorCode::TargetRangeInverted => "TARGET_RANGE_INVERTED",
        }
    }
}

impl fmt::Display for TargetErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a target text could not be parsed, with messages in both languages that quote the
/// user's text as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetError {
    /// Stable error code.
    pub code: TargetErrorCode,
    /// Chinese message, e.g. 指标值“5-3次”的区间下限大于上限.
    pub message_zh: String,
    /// English message, e.g. `target "5-3次": the lower bound is above the upper bound`.
    pub message_en: String,
}

impl fmt::Display for TargetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message_en)
    }
}

impl std::error::Error for TargetError {}

impl TargetParsed {
    /// A qualitative target (no comparator, number, unit or basis).
    pub fn qualitative(measurable: bool) -> Self {
        TargetParsed {
            kind: TargetKind::Qualitative,
            comparator: None,
            value: None,
            upper: None,
            unit: None,
            basis: None,
            note: None,
            measurable,
            date: None,
        }
    }

    /// A deadline: on or before `date`.
    fn deadline(date: TargetDate) -> Self {
        TargetParsed {
            kind: TargetKind::Deadline,
            comparator: Some(Comparator::Le),
            value: None,
            upper: None,
            unit: None,
            basis: None,
            note: None,
            measurable: true,
            date: Some(date),
        }
    }

    /// This reading with `year` (the fund's) put into a deadline that names no year
    /// (`--12-31` → `2024-12-31`); other readings are returned as they are.
    pub fn with_year(mut self, year: i32) -> Self {
        self.date = self.date.map(|d| d.with_year(year));
        self
    }

    /// Whether this target promises at least what a template `floor` asks (SPEC §1.5).
    ///
    /// - Kinds must match (quantitative with quantitative, relative with relative; the basis
    ///   of relative targets is ignored) and units must be equal (both null counts as equal).
    ///   Exception: a relative floor with no unit and value 0 (`正增长`, `下降`) only asks for
    ///   a sign, so the target's unit does not matter.
    /// - The target's promised minimum is `EQ x`/`GE x` → x, `GT x` → x (strictly more),
    ///   `RANGE a..b` → a; its promised maximum is `EQ x`/`LE x` → x, `LT x` → x (strictly
    ///   less), `RANGE a..b` → b. Other comparators promise no minimum (maximum).
    /// - Floor `GE f` and `EQ f` (a bare number is a level to reach): minimum ≥ f. Floor `GT f`:
    ///   minimum > f, or a strict minimum (`GT x`) with x ≥ f. Floor `LE f` (reverse
    ///   indicator): maximum ≤ f. Floor `LT f`: maximum < f, or a strict maximum with x ≤ f.
    ///   Floor `RANGE a..b`: minimum ≥ a and maximum ≤ b.
    /// - A qualitative floor cannot be compared with numbers: it is met by any qualitative
    ///   target and by nothing else (the parsed form keeps no text to compare).
    /// - A deadline floor is met by a deadline on or before its date (a date without a year is
    ///   taken to be in the other's year), and by nothing else.
    pub fn meets_floor(&self, floor: &TargetParsed) -> bool {
        if floor.kind == TargetKind::Qualitative {
            return self.kind == TargetKind::Qualitative;
        }
        if floor.kind == TargetKind::Deadline || self.kind == TargetKind::Deadline {
            return match (self.kind, self.date, floor.date) {
                (TargetKind::Deadline, Some(t), Some(f)) => t.on_or_before(&f),
                _ => false,
            };
        }
        if self.kind != floor.kind {
            return false;
        }
        let sign_only = floor.kind == TargetKind::Relative
            && floor.unit.is_none()
            && floor.upper.is_none()
            && floor.value == Some(Decimal::ZERO);
        if !sign_only && self.unit != floor.unit {
            return false;
        }
        let (Some(floor_cmp), Some(f)) = (floor.comparator, floor.value) else {
            return false;
        };
        let min = self.promised_min();
        let max = self.promised_max();
        match floor_cmp {
            Comparator::Ge | Comparator::Eq => min.is_some_and(|(m, _)| m >= f),
            Comparator::Gt => min.is_some_and(|(m, strict)| m > f || (strict && m >= f)),
            Comparator::Le => max.is_some_and(|(m, _)| m <= f),
            Comparator::Lt => max.is_some_and(|(m, strict)| m < f || (strict && m <= f)),
            Comparator::Range => {
                let Some(fu) = floor.upper else {
                    return false;
                };
                min.is_some_and(|(m, _)| m >= f) && max.is_some_and(|(m, _)| m <= fu)
            }
        }
    }

    /// The least value this target promises, and whether it is strict (`GT`).
    fn promised_min(&self) -> Option<(Decimal, bool)> {
        let v = self.value?;
        match self.comparator? {
            Comparator::Eq | Comparator::Ge | Comparator::Range => Some((v, false)),
            Comparator::Gt => Some((v, true)),
            Comparator::Le | Comparator::Lt => None,
        }
    }

    /// The greatest value this target promises, and whether it is strict (`LT`).
    fn promised_max(&self) -> Option<(Decimal, bool)> {
        let v = self.value?;
        match self.comparator? {
            Comparator::Eq | Comparator::Le => Some((v, false)),
            Comparator::Lt => Some((v, true)),
            Comparator::Range => Some((self.upper?, false)),
            Comparator::Ge | Comparator::Gt => None,
        }
    }
}

/// Exact numbers in JSON: written as a JSON number with the decimal's own digits, normalised
/// (`20`, not `20.0`; `0.1`, never `0.1000000001`); read from a JSON number without a float
/// (serde_json's `arbitrary_precision`), normalised.
pub mod exact_number {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let normalized = value.map(|d| d.normalize());
        rust_decimal::serde::arbitrary_precision_option::serialize(&normalized, serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        #[derive(Deserialize)]
        struct Exact(#[serde(with = "rust_decimal::serde::arbitrary_precision")] Decimal);
        let value = Option::<Exact>::deserialize(deserializer)?;
        Ok(value.map(|Exact(d)| d.normalize()))
    }
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/// Normalises a target text before parsing:
///
/// - NFKC (full-width digits and letters, `％ ＞ ＝ ～ （ ）` → `% > = ~ ( )`);
/// - drops all whitespace, and zero-width characters (U+200B–U+200D, U+2060, U+FEFF);
/// - `≧ ⩾` → `≥`, `≦ ⩽` → `≤`, `>=` → `≥`, `<=` → `≤`;
/// - dashes (U+2010–U+2014, U+2212) → `-`, wave dash `〜` and `∼` → `~`;
/// - `百分比` → `%`;
/// - thousands separators: a comma after a digit and followed by exactly three digits and then
///   a non-digit or the end is dropped (`1,000` → `1000`; `1,00` is kept).
///
/// The result is stable: `normalize(&normalize(s)) == normalize(s)`.
pub fn normalize(text: &str) -> String {
    let mut current = normalize_pass(text);
    if current == text {
        // Already normal (the common case): a pass that changes nothing is the fixed point.
        return current;
    }
    // A pass can bring characters together that NFKC then composes (a combining mark after
    // removed whitespace); a few more passes reach the fixed point.
    for _ in 0..4 {
        let next = normalize_pass(&current);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

fn normalize_pass(text: &str) -> String {
    let chars: Vec<char> = text
        .nfkc()
        .filter(|c| !is_dropped(*c))
        .map(map_char)
        .collect();
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if (c == '>' || c == '<') && next == Some('=') {
            out.push(if c == '>' { '≥' } else { '≤' });
            i += 2;
        } else if starts_with(&chars[i..], "百分比") {
            out.push('%');
            i += 3;
        } else if c == ',' && is_thousands_separator(&chars, i) {
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_dropped(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn map_char(c: char) -> char {
    match c {
        '≧' | '⩾' => '≥',
        '≦' | '⩽' => '≤',
        '\u{2010}'..='\u{2014}' | '\u{2212}' => '-',
        '〜' | '∼' => '~',
        other => other,
    }
}

fn is_thousands_separator(chars: &[char], i: usize) -> bool {
    let after_digit = i > 0 && chars.get(i - 1).is_some_and(char::is_ascii_digit);
    let three_digits = (1..=3).all(|k| chars.get(i + k).is_some_and(char::is_ascii_digit));
    let then_non_digit = !chars.get(i + 4).is_some_and(char::is_ascii_digit);
    after_digit && three_digits && then_non_digit
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/// Direction of a relative target's verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
}

/// Words introducing a baseline. Only recognised at the start of the text.
const BASIS_WORDS: &[(&str, Basis)] = &[
    ("同比", Basis::YearOnYear),
    ("较上年", Basis::YearOnYear),
    ("比上年", Basis::YearOnYear),
    ("较去年", Basis::YearOnYear),
    ("比去年", Basis::YearOnYear),
    ("较上年度", Basis::YearOnYear),
    ("比上年度", Basis::YearOnYear),
    ("较上一年", Basis::YearOnYear),
    ("比上一年", Basis::YearOnYear),
    ("较上年同期", Basis::YearOnYear),
    ("比上年同期", Basis::YearOnYear),
    ("较去年同期", Basis::YearOnYear),
    ("比去年同期", Basis::YearOnYear),
    ("与上年相比", Basis::YearOnYear),
    ("与去年相比", Basis::YearOnYear),
    ("与上年同期相比", Basis::YearOnYear),
    ("环比", Basis::Unspecified),
    ("较基期", Basis::Unspecified),
    ("比基期", Basis::Unspecified),
];

/// Growth and decrease verbs of relative targets.
const VERBS: &[(&str, Direction)] = &[
    ("增长", Direction::Up),
    ("提高", Direction::Up),
    ("提升", Direction::Up),
    ("增加", Direction::Up),
    ("上升", Direction::Up),
    ("增幅", Direction::Up),
    ("下降", Direction::Down),
    ("降低", Direction::Down),
    ("减少", Direction::Down),
    ("降幅", Direction::Down),
];

/// Words that may follow a verb before the number (`增长率≥10%`, `增长幅度10%`).
const VERB_TAILS: &[&str] = &["率", "幅度"];

/// Words before the comparator or number that add nothing, except 控制在 (a cap: `LE` when
/// nothing else says otherwise) and 介于 (allows 与/和 between the bounds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    Plain,
    Cap,
    Between,
}

const LEAD_INS: &[(&str, Lead)] = &[
    ("控制在", Lead::Cap),
    ("保持在", Lead::Plain),
    ("维持在", Lead::Plain),
    ("稳定在", Lead::Plain),
    ("达到", Lead::Plain),
    ("达", Lead::Plain),
    ("为", Lead::Plain),
    ("在", Lead::Plain),
    ("介于", Lead::Between),
    ("确保", Lead::Plain),
    ("实现", Lead::Plain),
    ("完成", Lead::Plain),
    ("累计", Lead::Plain),
];

/// Comparators written as words; the longest match wins (大于等于 over 大于, 不超过 over 超过).
const WORD_COMPARATORS: &[(&str, Comparator)] = &[
    ("不低于", Comparator::Ge),
    ("不少于", Comparator::Ge),
    ("不小于", Comparator::Ge),
    ("大于等于", Comparator::Ge),
    ("大于或等于", Comparator::Ge),
    ("高于或等于", Comparator::Ge),
    ("至少", Comparator::Ge),
    ("最少", Comparator::Ge),
    ("高于", Comparator::Gt),
    ("大于", Comparator::Gt),
    ("多于", Comparator::Gt),
    ("超过", Comparator::Gt),
    ("超出", Comparator::Gt),
    ("超", Comparator::Gt),
    ("不高于", Comparator::Le),
    ("不超过", Comparator::Le),
    ("不超出", Comparator::Le),
    ("不超", Comparator::Le),
    ("不多于", Comparator::Le),
    ("不大于", Comparator::Le),
    ("小于等于", Comparator::Le),
    ("小于或等于", Comparator::Le),
    ("低于或等于", Comparator::Le),
    ("最多", Comparator::Le),
    ("至多", Comparator::Le),
    ("低于", Comparator::Lt),
    ("小于", Comparator::Lt),
    ("少于", Comparator::Lt),
    ("不满", Comparator::Lt),
    ("不足", Comparator::Lt),
    ("未满", Comparator::Lt),
    ("等于", Comparator::Eq),
];

/// Words after the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    /// 以上: the number included (GE).
    AtLeast,
    /// 以下, 以内: the number included (LE).
    AtMost,
    /// 之间: a range.
    Between,
}

const SUFFIXES: &[(&str, Suffix)] = &[
    ("及以上", Suffix::AtLeast),
    ("或以上", Suffix::AtLeast),
    ("以上", Suffix::AtLeast),
    ("及以下", Suffix::AtMost),
    ("或以下", Suffix::AtMost),
    ("以下", Suffix::AtMost),
    ("以内", Suffix::AtMost),
    ("之内", Suffix::AtMost),
    ("内", Suffix::AtMost),
    ("之间", Suffix::Between),
];

/// Verbs allowed (and dropped) at the very end of a numeric target (`3个工作日内完成`,
/// `100%完成`); the longer ones first.
const TRAILERS: &[&str] = &["拨付到位", "完成", "办结", "到位", "完工", "兑现"];

/// Range separators always accepted between two numbers.
const RANGE_SEPARATORS: &[char] = &['-', '~', '至', '到'];

/// Conjunctions accepted between two numbers with 之间 or 介于.
const CONJUNCTIONS: &[char] = &['与', '和'];

/// Texts that name a non-finite number.
const NON_FINITE_WORDS: &[&str] = &["nan", "inf", "infinity", "∞"];

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// Parses a target text (SPEC §1.3).
///
/// Decisions where the SPEC is silent:
/// - The trailing parenthesised remark becomes `note` for every kind; empty parentheses are
///   dropped; text that is only a remark is malformed.
/// - A text is read as numeric when, after normalisation and outside the remark, it contains an
///   ASCII digit that is not part of a date, a comparator symbol (≥ ≤ > < =) or a `%`; it must
///   then parse, or it is an error. Date digits are a 4-digit year before 年, a month 1–12
///   before 月 that follows 年 or precedes 底/初/末/中/份/前/旬/a day, a day 1–31 before 日/号
///   right after 月, and 第N季度.
/// - A leading minus or plus on a number is malformed: a decrease is written with a verb
///   (`下降5%`), never as a negative level.
/// - Numbers are digits with at most one decimal point, digits on both sides; no exponent, no
///   more than 15 significant digits.
/// - A comparator and a suffix may repeat each other (`≥90%以上` is GE) but not contradict
///   (`≤90%以上`, `=90%以上` are malformed); `控制在5%` without either is LE.
/// - A range takes no comparator or 以上/以下 suffix; a unit on only one side applies to both.
/// - Growth verb with a number: the bare number means "at least" (GE); an explicit comparator is
///   kept (`增长超过10%` is GT 10). A decrease verb negates the number and flips the comparator
///   (`下降5%` and `下降5%以上` are LE -5, `下降不超过5%` is GE -5).
/// - A decrease verb without a number (`同比下降`) is RELATIVE LT 0, unmeasurable, mirroring
///   正增长 (GT 0).
/// - A verb followed by 到/至 states a level, not a change: `提高到95%` is QUANTITATIVE GE 95,
///   `降低至5%` is QUANTITATIVE LE 5.
/// - A baseline word is only recognised at the start; a numeric text starting with one must
///   continue with a verb.
/// - A numeric target may end with 完成/办结/到位/…, which is dropped (`3个工作日内完成` is
///   LE 3 个工作日, `100%完成` is EQ 100 %). `%`, `‰` are whole units: `100%合规` is malformed.
/// - A deadline is a text that is wholly a date and a "before" word (前, 之前, 以前), with an
///   optional trailing verb: `2024年12月底前`, `12月31日前完成`, `年底前`, `9月前`. Any other word
///   keeps the text what it was (`每年6月底前拨付`, `力争年底前完成` are qualitative). `M月前` is
///   before that month (`9月前` → 08-31); `M月底前`, `M月末前` is the month's last day; a
///   year-less `1月前` (the end of a year not named) and impossible dates (`2月30日前`,
///   `13月前`), or a year outside 1900–2100, are malformed. 上半年, 年中 and 年内 name no
///   day, and stay qualitative.
pub fn parse(text: &str) -> Result<TargetParsed, TargetError> {
    let normalized = normalize(text);
    if normalized.is_empty() {
        return Err(TargetError {
            code: TargetErrorCode::TargetEmpty,
            message_zh: "指标值为空".to_string(),
            message_en: "the target is empty".to_string(),
        });
    }
    let chars: Vec<char> = normalized.chars().collect();
    parse_chars(&chars).map_err(|problem| problem.into_error(text))
}

fn parse_chars(chars: &[char]) -> Result<TargetParsed, Problem> {
    let (core, note) = split_note(chars);
    if core.is_empty() {
        return Err(Problem::OnlyRemark);
    }
    if let Some(deadline) = deadline(core) {
        let mut parsed = deadline?;
        parsed.note = note;
        return Ok(parsed);
    }
    if is_non_finite_word(core) {
        return Err(Problem::NotFinite);
    }
    let mut parsed = if looks_numeric(core) {
        parse_numeric(core)?
    } else {
        parse_words(core)
    };
    parsed.note = note;
    Ok(parsed)
}

/// Splits a trailing balanced `( … )` off the text.
fn split_note(s: &[char]) -> (&[char], Option<String>) {
    if s.last() != Some(&')') {
        return (s, None);
    }
    let mut depth = 0usize;
    for i in (0..s.len()).rev() {
        match s[i] {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let inner = &s[i + 1..s.len() - 1];
                    let note = (!inner.is_empty()).then(|| inner.iter().collect());
                    return (&s[..i], note);
                }
            }
            _ => {}
        }
    }
    (s, None)
}

fn is_non_finite_word(core: &[char]) -> bool {
    let text: String = core.iter().collect::<String>().to_lowercase();
    let text = text.trim_start_matches(['+', '-']);
    NON_FINITE_WORDS.contains(&text)
}

fn looks_numeric(core: &[char]) -> bool {
    if core
        .iter()
        .any(|c| matches!(c, '≥' | '≤' | '<' | '>' | '=' | '%'))
    {
        return true;
    }
    let dates = date_digit_mask(core);
    core.iter()
        .zip(dates)
        .any(|(c, is_date)| c.is_ascii_digit() && !is_date)
}

/// Marks the digits that belong to a date (2024年, 12月底, 12月31日, 第3季度).
fn date_digit_mask(s: &[char]) -> Vec<bool> {
    let mut mask = vec![false; s.len()];
    let mut i = 0;
    while i < s.len() {
        if !s[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        let end = i;
        let len = end - start;
        let value: u32 = if len <= 4 {
            s[start..end]
                .iter()
                .fold(0, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0))
        } else {
            u32::MAX
        };
        let prev = start.checked_sub(1).and_then(|p| s.get(p)).copied();
        let rest = &s[(end + 1).min(s.len())..];
        let is_date = match s.get(end) {
            Some('年') => len == 4,
            Some('月') => {
                (1..=12).contains(&value) && (prev == Some('年') || month_continues(rest))
            }
            Some('日' | '号') => (1..=31).contains(&value) && prev == Some('月'),
            Some('季') => {
                (1..=4).contains(&value)
                    && rest.first() == Some(&'度')
                    && matches!(prev, Some('第' | '年'))
            }
            _ => false,
        };
        if is_date {
            mask[start..end].iter_mut().for_each(|m| *m = true);
        }
    }
    mask
}

/// Whether the text after `N月` makes it a calendar month (月底, 月初, 月15日 …).
fn month_continues(rest: &[char]) -> bool {
    const WORDS: &[&str] = &[
        "底", "初", "末", "中", "份", "前", "以前", "之前", "上旬", "下旬",
    ];
    if WORDS.iter().any(|w| starts_with(rest, w)) {
        return true;
    }
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && matches!(rest.get(digits), Some('日' | '号'))
}

/// Texts without a number: a relative target with no number, or a qualitative one.
fn parse_words(core: &[char]) -> TargetParsed {
    let (basis, rest) = strip_basis(core);
    let (positive, rest) = match strip_prefix(rest, "正") {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if let Some((direction, tail)) = longest_prefix(rest, VERBS) {
        if tail.is_empty() && (!positive || direction == Direction::Up) {
            let comparator = match direction {
                Direction::Up => Comparator::Gt,
                Direction::Down => Comparator::Lt,
            };
            return TargetParsed {
                kind: TargetKind::Relative,
                comparator: Some(comparator),
                value: Some(Decimal::ZERO),
                upper: None,
                unit: None,
                basis: Some(basis.unwrap_or(Basis::Unspecified)),
                note: None,
                measurable: false,
                date: None,
            };
        }
    }
    let vague = VAGUE_WORDS.iter().any(|w| contains(core, w));
    TargetParsed::qualitative(!vague)
}

fn strip_basis(s: &[char]) -> (Option<Basis>, &[char]) {
    match longest_prefix(s, BASIS_WORDS) {
        Some((basis, rest)) => (Some(basis), rest),
        None => (None, s),
    }
}

/// Texts that must parse as a number: a relative change or a level.
fn parse_numeric(core: &[char]) -> Result<TargetParsed, Problem> {
    let (basis, rest) = strip_basis(core);
    let rest = match strip_prefix(rest, "正") {
        Some(r) if matches!(longest_prefix(r, VERBS), Some((Direction::Up, _))) => r,
        _ => rest,
    };
    if let Some((direction, after_verb)) = longest_prefix(rest, VERBS) {
        let after_verb = VERB_TAILS
            .iter()
            .find_map(|t| strip_prefix(after_verb, t))
            .unwrap_or(after_verb);
        if longest_prefix(after_verb, WORD_COMPARATORS).is_none() {
            if let Some(level) =
                strip_prefix(after_verb, "到").or_else(|| strip_prefix(after_verb, "至"))
            {
                let default = match direction {
                    Direction::Up => Comparator::Ge,
                    Direction::Down => Comparator::Le,
                };
                return Ok(level_target(measure(level)?, default));
            }
        }
        let m = measure(after_verb)?;
        return Ok(relative_target(
            m,
            direction,
            basis.unwrap_or(Basis::Unspecified),
        ));
    }
    if basis.is_some() {
        return Err(Problem::BasisWithoutVerb);
    }
    Ok(level_target(measure(core)?, Comparator::Eq))
}

/// The numeric part of a target: comparator (None when bare), value, upper and unit.
#[derive(Debug)]
struct Measure {
    comparator: Option<Comparator>,
    value: Decimal,
    upper: Option<Decimal>,
    unit: Option<String>,
}

fn level_target(m: Measure, default: Comparator) -> TargetParsed {
    TargetParsed {
        kind: TargetKind::Quantitative,
        comparator: Some(m.comparator.unwrap_or(default)),
        value: Some(m.value),
        upper: m.upper,
        unit: m.unit,
        basis: None,
        note: None,
        measurable: true,
        date: None,
    }
}

fn negate(x: Decimal) -> Decimal {
    // Normalised: a decrease of 0 is 0, not -0.
    (-x).normalize()
}

fn relative_target(m: Measure, direction: Direction, basis: Basis) -> TargetParsed {
    let (comparator, value, upper) = match direction {
        Direction::Up => (m.comparator.unwrap_or(Comparator::Ge), m.value, m.upper),
        Direction::Down => match m.comparator {
            None | Some(Comparator::Ge) => (Comparator::Le, negate(m.value), None),
            Some(Comparator::Gt) => (Comparator::Lt, negate(m.value), None),
            Some(Comparator::Le) => (Comparator::Ge, negate(m.value), None),
            Some(Comparator::Lt) => (Comparator::Gt, negate(m.value), None),
            Some(Comparator::Eq) => (Comparator::Eq, negate(m.value), None),
            Some(Comparator::Range) => (
                Comparator::Range,
                negate(m.upper.unwrap_or(m.value)),
                Some(negate(m.value)),
            ),
        },
    };
    TargetParsed {
        kind: TargetKind::Relative,
        comparator: Some(comparator),
        value: Some(value),
        upper,
        unit: m.unit,
        basis: Some(basis),
        note: None,
        measurable: true,
        date: None,
    }
}

fn take_comparator(s: &[char]) -> Option<(Comparator, &[char])> {
    let symbol = match s.first() {
        Some('≥') => Some(Comparator::Ge),
        Some('≤') => Some(Comparator::Le),
        Some('>') => Some(Comparator::Gt),
        Some('<') => Some(Comparator::Lt),
        Some('=') => Some(Comparator::Eq),
        _ => None,
    };
    match symbol {
        Some(c) => Some((c, &s[1..])),
        None => longest_prefix(s, WORD_COMPARATORS),
    }
}

/// Strips a trailing verb (完成, 到位 …) and then a suffix (以上, 以内 …) off the end.
fn take_suffix(s: &[char]) -> (Option<Suffix>, &[char]) {
    let s = TRAILERS
        .iter()
        .find_map(|t| strip_suffix(s, t))
        .unwrap_or(s);
    match longest_suffix(s, SUFFIXES) {
        Some((suffix, rest)) => (Some(suffix), rest),
        None => (None, s),
    }
}

/// `[lead-in] [comparator] number [unit] [sep number [unit]] [suffix]`.
fn measure(s: &[char]) -> Result<Measure, Problem> {
    let (lead, s) = match longest_prefix(s, LEAD_INS) {
        Some((lead, rest)) => (Some(lead), rest),
        None => (None, s),
    };
    let (explicit, s) = match take_comparator(s) {
        Some((c, rest)) => (Some(c), rest),
        None => (None, s),
    };
    if explicit.is_some() && take_comparator(s).is_some() {
        return Err(Problem::DoubleComparator);
    }
    let (suffix, body) = take_suffix(s);
    let conjunction_allowed = suffix == Some(Suffix::Between) || lead == Some(Lead::Between);

    check_number_start(body, true)?;
    let (lower, p) = read_number(body, 0)?;
    let (unit_chars, p) = read_unit(body, p);
    let lower_unit = check_unit(unit_chars)?;
    if p == body.len() {
        let comparator = resolve_single(explicit, suffix, lead)?;
        return Ok(Measure {
            comparator,
            value: lower,
            upper: None,
            unit: lower_unit,
        });
    }

    let sep = body[p];
    let is_separator =
        RANGE_SEPARATORS.contains(&sep) || (conjunction_allowed && CONJUNCTIONS.contains(&sep));
    if !is_separator {
        return Err(Problem::UnexpectedText(body[p..].iter().collect()));
    }
    let rest = &body[p + 1..];
    check_number_start(rest, false)?;
    let (upper, q) = read_number(rest, 0)?;
    let (unit_chars, q) = read_unit(rest, q);
    let upper_unit = check_unit(unit_chars)?;
    if q != rest.len() {
        return Err(Problem::UnexpectedText(rest[q..].iter().collect()));
    }
    if explicit.is_some() || matches!(suffix, Some(Suffix::AtLeast | Suffix::AtMost)) {
        return Err(Problem::RangeWithComparator);
    }
    let unit = match (lower_unit, upper_unit) {
        (Some(a), Some(b)) if a != b => return Err(Problem::RangeUnitMismatch(a, b)),
        (a, b) => b.or(a),
    };
    if lower > upper {
        return Err(Problem::RangeInverted);
    }
    Ok(Measure {
        comparator: Some(Comparator::Range),
        value: lower,
        upper: Some(upper),
        unit,
    })
}

fn resolve_single(
    explicit: Option<Comparator>,
    suffix: Option<Suffix>,
    lead: Option<Lead>,
) -> Result<Option<Comparator>, Problem> {
    match (explicit, suffix) {
        (_, Some(Suffix::Between)) => Err(Problem::BetweenNeedsRange),
        (None, None) if lead == Some(Lead::Cap) => Ok(Some(Comparator::Le)),
        (c, None) => Ok(c),
        (None, Some(Suffix::AtLeast)) => Ok(Some(Comparator::Ge)),
        (None, Some(Suffix::AtMost)) => Ok(Some(Comparator::Le)),
        (Some(c @ (Comparator::Ge | Comparator::Gt)), Some(Suffix::AtLeast))
        | (Some(c @ (Comparator::Le | Comparator::Lt)), Some(Suffix::AtMost)) => Ok(Some(c)),
        _ => Err(Problem::ConflictingComparators),
    }
}

/// Explains why `s` does not start with a number.
fn check_number_start(s: &[char], first: bool) -> Result<(), Problem> {
    let missing = if first {
        Problem::NoNumber
    } else {
        Problem::RangeMissingUpper
    };
    let Some(&c) = s.first() else {
        return Err(missing);
    };
    if c.is_ascii_digit() {
        return Ok(());
    }
    Err(match c {
        '-' => Problem::Negative,
        '+' => Problem::Signed,
        '.' => Problem::DecimalPoint,
        _ if take_comparator(s).is_some() => Problem::DoubleComparator,
        _ if starts_non_finite(s) => Problem::NotFinite,
        _ => match s.iter().position(char::is_ascii_digit) {
            None => missing,
            Some(i) => Problem::UnexpectedText(s[..i].iter().collect()),
        },
    })
}

fn starts_non_finite(s: &[char]) -> bool {
    let text: String = s.iter().take(8).collect::<String>().to_lowercase();
    NON_FINITE_WORDS.iter().any(|w| text.starts_with(w))
}

/// Reads `digits[.digits]` at `start` (which must be a digit); returns the value, exact and
/// normalised (`100.00` → 100), and the position after it.
fn read_number(s: &[char], start: usize) -> Result<(Decimal, usize), Problem> {
    let mut p = start;
    let mut int_part = String::new();
    while let Some(&c) = s.get(p).filter(|c| c.is_ascii_digit()) {
        int_part.push(c);
        p += 1;
    }
    let mut frac_part = String::new();
    if s.get(p) == Some(&'.') {
        p += 1;
        while let Some(&c) = s.get(p).filter(|c| c.is_ascii_digit()) {
            frac_part.push(c);
            p += 1;
        }
        if s.get(p) == Some(&'.') {
            return Err(Problem::MultipleDecimalPoints);
        }
        if frac_part.is_empty() {
            return Err(Problem::DecimalPoint);
        }
    }
    if matches!(s.get(p), Some('e' | 'E')) {
        let mut q = p + 1;
        if matches!(s.get(q), Some('+' | '-')) {
            q += 1;
        }
        if s.get(q).is_some_and(char::is_ascii_digit) {
            return Err(Problem::Exponent);
        }
    }
    if int_part.is_empty() {
        return Err(Problem::NoNumber);
    }
    let int_significant = int_part.trim_start_matches('0');
    let frac_significant = frac_part.trim_end_matches('0');
    let significant = if int_significant.is_empty() {
        frac_significant.trim_start_matches('0').len()
    } else {
        int_significant.len() + frac_significant.len()
    };
    if significant > MAX_SIGNIFICANT_DIGITS {
        return Err(Problem::TooManyDigits);
    }
    // Trailing zeros of the fraction change nothing; beyond them, a decimal holds 28 places.
    if frac_significant.len() > MAX_DECIMAL_PLACES {
        return Err(Problem::TooManyDecimalPlaces);
    }
    let int_digits = if int_significant.is_empty() {
        "0"
    } else {
        int_significant
    };
    let literal = if frac_significant.is_empty() {
        int_digits.to_string()
    } else {
        format!("{int_digits}.{frac_significant}")
    };
    // 15 significant digits and 28 places always fit a decimal's 96 bits.
    match Decimal::from_str_exact(&literal) {
        Ok(v) => Ok((v.normalize(), p)),
        Err(_) => Err(Problem::TooManyDigits),
    }
}

/// Reads the unit after a number: `%` or `‰` alone, or letters (any script), `/ · °`, and
/// digits right after a Latin letter (`m2` from `㎡`).
fn read_unit(s: &[char], start: usize) -> (&[char], usize) {
    // A percent or per-mille sign is a whole unit: `100%合规` is not the unit `%合规`.
    if matches!(s.get(start), Some('%' | '‰' | '‱')) {
        return (&s[start..start + 1], start + 1);
    }
    let mut p = start;
    while p < s.len() {
        let prev = if p > start {
            s.get(p - 1).copied()
        } else {
            None
        };
        if !is_unit_char(s[p], prev) {
            break;
        }
        p += 1;
    }
    (&s[start..p], p)
}

fn is_unit_char(c: char, prev_in_unit: Option<char>) -> bool {
    if RANGE_SEPARATORS.contains(&c) || CONJUNCTIONS.contains(&c) {
        return false;
    }
    if c.is_ascii_digit() {
        return prev_in_unit.is_some_and(|p| p.is_ascii_alphanumeric());
    }
    c.is_alphabetic() || matches!(c, '/' | '·' | '・' | '°' | '′' | '″')
}

fn check_unit(unit: &[char]) -> Result<Option<String>, Problem> {
    if unit.is_empty() {
        return Ok(None);
    }
    let text: String = unit.iter().collect();
    // A unit ending in 以上/以内/… would read differently once rendered (`5个以上以上`).
    if unit.len() > MAX_UNIT_CHARS || take_suffix(unit).1.len() != unit.len() {
        return Err(Problem::BadUnit(text));
    }
    Ok(Some(text))
}

// ---------------------------------------------------------------------------------------------
// Dates: deadlines (targets) and days of completion (actual values)
// ---------------------------------------------------------------------------------------------

/// Earliest year a date may name.
pub const MIN_DATE_YEAR: i32 = 1900;

/// Latest year a date may name.
pub const MAX_DATE_YEAR: i32 = 2100;

/// Words after a date that make it a deadline ("by"), the longer first.
const BEFORE_WORDS: &[&str] = &["之前", "以前", "前"];

/// Words before a date meaning "this year": the date names no year of its own.
const THIS_YEAR: &[&str] = &["本年度", "今年", "本年", "当年"];

/// Words before the date of an actual value (`已于2024年11月完成`), the longer first.
const ACTUAL_LEAD_INS: &[&str] = &["已于", "于", "已"];

/// A date as written, not yet checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WrittenDate {
    year: Option<u32>,
    point: DatePoint,
}

/// What a written date names within its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DatePoint {
    /// 年底, 年末.
    YearEnd,
    /// `M月`, `M月份`: the month as a whole.
    Month(u32),
    /// `M月底`, `M月末`.
    MonthEnd(u32),
    /// `M月D日`, `M月D号`.
    Day(u32, u32),
}

/// Reads the whole of `s` as `[YYYY年 | 今年 …] (年底 | 年末 | M月[底|末|份] | M月D日)`.
fn written_date(s: &[char]) -> Option<WrittenDate> {
    // The year as written, or "this year" (no year of its own), or nothing.
    let (year, named, rest) = match take_digits(s, 4, 4) {
        Some((y, rest)) if rest.first() == Some(&'年') => (Some(y), true, &rest[1..]),
        _ => match THIS_YEAR.iter().find_map(|w| strip_prefix(s, w)) {
            Some(rest) => (None, true, rest),
            None => (None, false, s),
        },
    };
    // 年底 after any year part, 底 right after one (2024年底, 今年底); never 底 alone.
    let year_end = matches!(rest, ['年', '底' | '末']) || (named && matches!(rest, ['底' | '末']));
    if year_end {
        return Some(WrittenDate {
            year,
            point: DatePoint::YearEnd,
        });
    }
    let (month, rest) = take_digits(rest, 1, 2)?;
    let rest = strip_prefix(rest, "月")?;
    let point = match rest {
        [] | ['份'] => DatePoint::Month(month),
        ['底'] | ['末'] => DatePoint::MonthEnd(month),
        _ => {
            let (day, rest) = take_digits(rest, 1, 2)?;
            if !matches!(rest, ['日'] | ['号']) {
                return None;
            }
            DatePoint::Day(month, day)
        }
    };
    Some(WrittenDate { year, point })
}

/// `min..=max` ASCII digits at the start of `s`, no more: their value and the rest.
fn take_digits(s: &[char], min: usize, max: usize) -> Option<(u32, &[char])> {
    let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
    if n < min || n > max {
        return None;
    }
    let value = s[..n]
        .iter()
        .fold(0, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0));
    Some((value, &s[n..]))
}

fn check_year(year: u32) -> Result<i32, Problem> {
    i32::try_from(year)
        .ok()
        .filter(|y| (MIN_DATE_YEAR..=MAX_DATE_YEAR).contains(y))
        .ok_or(Problem::YearOutOfRange)
}

/// A deadline core (the whole text but its remark), or `None` when it is not one.
fn deadline(core: &[char]) -> Option<Result<TargetParsed, Problem>> {
    let s = TRAILERS
        .iter()
        .find_map(|t| strip_suffix(core, t))
        .unwrap_or(core);
    let s = BEFORE_WORDS.iter().find_map(|w| strip_suffix(s, w))?;
    let written = written_date(s)?;
    Some(deadline_date(written).map(TargetParsed::deadline))
}

/// The day a written deadline names: its last day (`M月前` is before month M).
fn deadline_date(w: WrittenDate) -> Result<TargetDate, Problem> {
    let year = w.year.map(check_year).transpose()?;
    let date = match w.point {
        DatePoint::YearEnd => TargetDate::new(year, 12, 31),
        DatePoint::MonthEnd(m) => TargetDate::month_end(year, m),
        DatePoint::Month(1) => match year {
            Some(y) => TargetDate::new(Some(check_year(y as u32 - 1)?), 12, 31),
            None => return Err(Problem::BeforeJanuary),
        },
        DatePoint::Month(m) if (2..=12).contains(&m) => TargetDate::month_end(year, m - 1),
        DatePoint::Month(_) => None,
        DatePoint::Day(m, d) => TargetDate::new(year, m, d),
    };
    date.ok_or(Problem::InvalidDate)
}

/// Reads an actual value that is a day (SPEC §5.1, §6.3): `2024-11-20`, `2024/11/20`,
/// `2024.11.20`, `2024年11月20日`, `2024年12月` and `2024年12月底` (a month alone is its last
/// day), `2024年底`; with a trailing verb (`2025年1月完成`) and a leading 已, 于 or 已于. A
/// date without a year (`11月20日`) is read in `year` when one is given. Anything else, an
/// impossible date and a year outside 1900–2100 give `None`; a "before" word makes it a
/// deadline, not a day, so `2024年12月前` is `None` too.
pub fn parse_actual_date(text: &str, year: Option<i32>) -> Option<NaiveDate> {
    let normalized: Vec<char> = normalize(text).chars().collect();
    let s = ACTUAL_LEAD_INS
        .iter()
        .find_map(|w| strip_prefix(&normalized, w))
        .unwrap_or(&normalized);
    let s = TRAILERS
        .iter()
        .find_map(|t| strip_suffix(s, t))
        .unwrap_or(s);
    if let Some(date) = numeric_date(s) {
        return Some(date);
    }
    let written = written_date(s)?;
    let year = match written.year {
        Some(y) => check_year(y).ok()?,
        None => year?,
    };
    let date = match written.point {
        DatePoint::YearEnd => TargetDate::new(Some(year), 12, 31),
        DatePoint::Month(m) | DatePoint::MonthEnd(m) => TargetDate::month_end(Some(year), m),
        DatePoint::Day(m, d) => TargetDate::new(Some(year), m, d),
    };
    date?.to_date()
}

/// `YYYY-M-D`, `YYYY/M/D` or `YYYY.M.D`, one separator throughout.
fn numeric_date(s: &[char]) -> Option<NaiveDate> {
    let (year, rest) = take_digits(s, 4, 4)?;
    let sep = *rest.first().filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (month, rest) = take_digits(&rest[1..], 1, 2)?;
    let rest = rest.strip_prefix(&[sep])?;
    let (day, rest) = take_digits(rest, 1, 2)?;
    if !rest.is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(check_year(year).ok()?, month, day)
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// What is wrong with a numeric-looking text.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
    OnlyRemark,
    NoNumber,
    DoubleComparator,
    Negative,
    Signed,
    DecimalPoint,
    MultipleDecimalPoints,
    Exponent,
    TooManyDigits,
    TooManyDecimalPlaces,
    NotFinite,
    RangeMissingUpper,
    RangeUnitMismatch(String, String),
    RangeWithComparator,
    BetweenNeedsRange,
    ConflictingComparators,
    UnexpectedText(String),
    BadUnit(String),
    BasisWithoutVerb,
    RangeInverted,
    InvalidDate,
    YearOutOfRange,
    BeforeJanuary,
}

impl Problem {
    /// Chinese and English explanations (without the quoted target).
    fn explain(&self) -> (String, String) {
        let (zh, en) = match self {
            Problem::OnlyRemark => (
                "只有括号备注，缺少指标值",
                "there is only a remark in parentheses, no target",
            ),
            Problem::NoNumber => ("缺少数值", "a number is missing"),
            Problem::DoubleComparator => ("比较符号重复", "more than one comparator"),
            Problem::Negative => (
                "不接受负数，减少请写作“下降5%”",
                "a negative number is not a target level; write a decrease as 下降5%",
            ),
            Problem::Signed => (
                "数值前不应有正号",
                "a number must not start with a plus sign",
            ),
            Problem::DecimalPoint => (
                "小数点前后都须有数字",
                "a decimal point needs digits on both sides",
            ),
            Problem::MultipleDecimalPoints => (
                "数值含多个小数点",
                "a number has more than one decimal point",
            ),
            Problem::Exponent => ("不接受科学计数法", "exponent notation is not accepted"),
            Problem::TooManyDigits => (
                "数值超过15位有效数字",
                "a number has more than 15 significant digits",
            ),
            Problem::TooManyDecimalPlaces => (
                "数值超过28位小数，无法精确表示",
                "a number has more than 28 decimal places and cannot be held exactly",
            ),
            Problem::NotFinite => ("不是有限数值", "not a finite number"),
            Problem::RangeMissingUpper => ("区间缺少上限", "the range has no upper bound"),
            Problem::RangeUnitMismatch(a, b) => {
                return (
                    format!("区间两端单位不一致（“{a}”与“{b}”）"),
                    format!("the two ends of the range have different units (\"{a}\" and \"{b}\")"),
                )
            }
            Problem::RangeWithComparator => (
                "区间不能再加比较符号或“以上/以下”",
                "a range cannot also have a comparator or 以上/以下",
            ),
            Problem::BetweenNeedsRange => ("“之间”需要两个数值", "之间 needs two numbers"),
            Problem::ConflictingComparators => (
                "比较方式前后矛盾",
                "the comparator and the suffix contradict each other",
            ),
            Problem::UnexpectedText(t) => {
                return (format!("无法识别“{t}”"), format!("cannot read \"{t}\""))
            }
            Problem::BadUnit(u) => {
                return (
                    format!("单位“{u}”无效"),
                    format!("the unit \"{u}\" is not valid"),
                )
            }
            Problem::BasisWithoutVerb => (
                "“同比”等基期词后应接增长或下降",
                "a baseline such as 同比 must be followed by a growth or decrease verb",
            ),
            Problem::RangeInverted => (
                "区间下限大于上限",
                "the lower bound is above the upper bound",
            ),
            Problem::InvalidDate => ("日期不存在", "the date does not exist"),
            Problem::YearOutOfRange => (
                "年份须在1900至2100之间",
                "the year must be between 1900 and 2100",
            ),
            Problem::BeforeJanuary => (
                "“1月前”指上一年年底，请写明年份",
                "before January is the end of the previous year: name the year",
            ),
        };
        (zh.to_string(), en.to_string())
    }

    fn into_error(self, text: &str) -> TargetError {
        let (zh, en) = self.explain();
        if self == Problem::RangeInverted {
            TargetError {
                code: TargetErrorCode::TargetRangeInverted,
                message_zh: format!("指标值“{text}”的{zh}"),
                message_en: format!("target \"{text}\": {en}"),
            }
        } else {
            TargetError {
                code: TargetErrorCode::TargetMalformed,
                message_zh: format!("指标值“{text}”无法解析：{zh}"),
                message_en: format!("target \"{text}\" cannot be parsed: {en}"),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

/// Canonical text of a parsed target; [`parse`] reads it back to an equal value for every
/// value `parse` can produce.
///
/// Spellings: levels `16家`, `≥90%`, `>92%`, `≤5%`, `<5%`, `3-5次`; relative targets
/// `同比增长20%`, `增长>10%`, `下降5%`, `同比增长` (unmeasurable); deadlines `2024年12月31日前`,
/// `12月31日前`, `2月底前`; the note as `(含县市区)`.
/// Qualitative targets keep no text, so they render as `定性` (measurable) or `不可衡量`
/// (unmeasurable). Where the natural spelling would read back differently (a bare `2024年`
/// reads as a date), the explicit one is used (`=2024年`): render tries its spellings in order
/// and returns the first that parses back to `parsed`.
pub fn render(parsed: &TargetParsed) -> String {
    let note = parsed
        .note
        .as_deref()
        .filter(|n| !n.is_empty())
        .map(|n| format!("({n})"))
        .unwrap_or_default();
    let candidates: Vec<String> = render_candidates(parsed)
        .into_iter()
        .map(|c| c + &note)
        .collect();
    candidates
        .iter()
        .find(|c| matches!(parse(c), Ok(ref p) if p == parsed))
        .or_else(|| candidates.first())
        .cloned()
        .unwrap_or_default()
}

fn fmt_num(x: Decimal) -> String {
    // Display for a decimal prints its digits, never an exponent.
    x.normalize().to_string()
}

fn render_candidates(p: &TargetParsed) -> Vec<String> {
    let unit = p.unit.as_deref().unwrap_or("");
    let value = p.value.unwrap_or(Decimal::ZERO);
    let v = fmt_num(value);
    match p.kind {
        TargetKind::Qualitative => {
            vec![if p.measurable {
                "定性"
            } else {
                "不可衡量"
            }
            .to_string()]
        }
        TargetKind::Quantitative => match p.comparator {
            None | Some(Comparator::Eq) => vec![format!("{v}{unit}"), format!("={v}{unit}")],
            Some(Comparator::Ge) => vec![format!("≥{v}{unit}")],
            Some(Comparator::Gt) => vec![format!(">{v}{unit}")],
            Some(Comparator::Le) => vec![format!("≤{v}{unit}")],
            Some(Comparator::Lt) => vec![format!("<{v}{unit}")],
            Some(Comparator::Range) => {
                let up = fmt_num(p.upper.unwrap_or(value));
                vec![format!("{v}-{up}{unit}"), format!("{v}{unit}-{up}{unit}")]
            }
        },
        TargetKind::Relative => render_relative(p, value, unit),
        TargetKind::Deadline => match p.date {
            Some(d) => vec![render_deadline(d)],
            None => vec!["定性".to_string()],
        },
    }
}

/// `2024年12月31日前`, `12月31日前`, and `2月底前` for a year-less February's end.
fn render_deadline(d: TargetDate) -> String {
    match d.year {
        Some(y) => format!("{y}年{}月{}日前", d.month, d.day),
        None if d.february_end => "2月底前".to_string(),
        None => format!("{}月{}日前", d.month, d.day),
    }
}

fn render_relative(p: &TargetParsed, value: Decimal, unit: &str) -> Vec<String> {
    let prefix = if p.basis == Some(Basis::YearOnYear) {
        "同比"
    } else {
        ""
    };
    if !p.measurable && p.unit.is_none() && p.upper.is_none() && value.is_zero() {
        match p.comparator {
            Some(Comparator::Gt) => return vec![format!("{prefix}增长")],
            Some(Comparator::Lt) => return vec![format!("{prefix}下降")],
            _ => {}
        }
    }
    let up = |sym: &str| format!("{prefix}增长{sym}{}{unit}", fmt_num(value));
    let down = |sym: &str| format!("{prefix}下降{sym}{}{unit}", fmt_num(value.abs()));
    match p.comparator {
        None | Some(Comparator::Ge) if value >= Decimal::ZERO => vec![up(""), up("≥")],
        None | Some(Comparator::Ge) => vec![down("≤")],
        Some(Comparator::Gt) if value >= Decimal::ZERO => vec![up(">")],
        Some(Comparator::Gt) => vec![down("<")],
        Some(Comparator::Le) if value <= Decimal::ZERO => vec![down(""), down("≥")],
        Some(Comparator::Le) => vec![up("≤")],
        Some(Comparator::Lt) if value <= Decimal::ZERO => vec![down(">")],
        Some(Comparator::Lt) => vec![up("<")],
        Some(Comparator::Eq) if value >= Decimal::ZERO => vec![up("=")],
        Some(Comparator::Eq) => vec![down("=")],
        Some(Comparator::Range) => {
            let upper = p.upper.unwrap_or(value);
            if value < Decimal::ZERO && upper <= Decimal::ZERO {
                vec![format!(
                    "{prefix}下降{}-{}{unit}",
                    fmt_num(upper.abs()),
                    fmt_num(value.abs())
                )]
            } else {
                vec![format!(
                    "{prefix}增长{}-{}{unit}",
                    fmt_num(value),
                    fmt_num(upper)
                )]
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Char-slice helpers (no byte offsets, so no UTF-8 boundary panics)
// ---------------------------------------------------------------------------------------------

fn starts_with(s: &[char], prefix: &str) -> bool {
    let mut it = s.iter();
    prefix.chars().all(|p| it.next() == Some(&p))
}

fn ends_with(s: &[char], suffix: &str) -> bool {
    let mut it = s.iter().rev();
    suffix.chars().rev().all(|p| it.next() == Some(&p))
}

fn strip_prefix<'a>(s: &'a [char], prefix: &str) -> Option<&'a [char]> {
    starts_with(s, prefix).then(|| &s[prefix.chars().count()..])
}

fn strip_suffix<'a>(s: &'a [char], suffix: &str) -> Option<&'a [char]> {
    ends_with(s, suffix).then(|| &s[..s.len() - suffix.chars().count()])
}

fn contains(s: &[char], needle: &str) -> bool {
    !needle.is_empty() && (0..s.len()).any(|i| starts_with(&s[i..], needle))
}

/// The longest table word `s` starts with, its value and the rest of `s`.
fn longest_prefix<'a, T: Copy>(s: &'a [char], table: &[(&str, T)]) -> Option<(T, &'a [char])> {
    let mut best: Option<(usize, T)> = None;
    for &(word, value) in table {
        if starts_with(s, word) {
            let n = word.chars().count();
            if n > best.map_or(0, |b| b.0) {
                best = Some((n, value));
            }
        }
    }
    best.map(|(n, value)| (value, &s[n..]))
}

/// The longest table word `s` ends with, its value and the rest of `s` before it.
fn longest_suffix<'a, T: Copy>(s: &'a [char], table: &[(&str, T)]) -> Option<(T, &'a [char])> {
    let mut best: Option<(usize, T)> = None;
    for &(word, value) in table {
        if ends_with(s, word) {
            let n = word.chars().count();
            if n > best.map_or(0, |b| b.0) {
                best = Some((n, value));
            }
        }
    }
    best.map(|(n, value)| (value, &s[..s.len() - n]))
}

#[cfg(test)]
mod tests;
