//! Two sheets compared (SPEC §7.2): their amounts and, per indicator key in either, both targets and the change.

use super::*;

/// What a sheet asks of an indicator compared with another sheet (SPEC §7.2), read from the
/// other to the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Change {
    /// The sheet asks more: a higher REACH value or RANGE lower bound, a bigger decline, a
    /// lower REVERSE value, an earlier deadline (month and day, each in its own year).
    Raised,
    /// The sheet asks less.
    Lowered,
    /// The same text, or equal values (GE and GT alike).
    Same,
    /// Only in the sheet.
    Added,
    /// Only in the other sheet.
    Removed,
    /// Different kinds, units, bases or directions, or different words.
    NotComparable,
}

/// One side of a comparison: a sheet's amounts.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ComparedSheet {
    /// The sheet.
    #[schema(value_type = i64, example = 1)]
    pub id: SheetId,
    /// Its fund.
    #[schema(value_type = i64, example = 1)]
    pub fund_id: FundId,
    /// Its fund's name.
    #[schema(example = "2024年度跨境电商支持资金")]
    pub fund_name: String,
    /// Its fund's year.
    #[schema(example = 2024)]
    pub year: i32,
    /// The region's code.
    #[schema(value_type = String, example = "430200")]
    pub region_code: RegionCode,
    /// The region's name.
    #[schema(example = "株洲市")]
    pub region_name: String,
    /// 省级资金, 万元.
    #[schema(value_type = String, example = "260")]
    pub provincial_funds: Money,
    /// 市、区拟配套资金, 万元; null when the form leaves it blank.
    #[schema(value_type = Option<String>, example = "100")]
    #[schema(required = true)]
    pub matching_funds: Option<Money>,
    /// provincial + matching (a blank counts 0), 万元.
    #[schema(value_type = String, example = "360")]
    pub budget: Money,
}

/// The sheet's amounts minus the other's, 万元, as signed decimal strings.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AmountDifference {
    /// 省级资金: the sheet's minus the other's.
    #[schema(value_type = String, example = "40")]
    pub provincial_funds: Decimal,
    /// 市、区拟配套资金: the sheet's minus the other's; null when either is blank (a blank is not
    /// 0).
    #[schema(value_type = Option<String>, example = "-20")]
    #[schema(required = true)]
    pub matching_funds: Option<Decimal>,
    /// Budget (a blank counting 0): the sheet's minus the other's.
    #[schema(value_type = String, example = "20")]
    pub budget: Decimal,
}

/// One indicator key present in either sheet.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ComparedIndicator {
    /// 一级指标.
    #[schema(example = "产出指标")]
    pub level1: String,
    /// 二级指标.
    #[schema(example = "数量指标")]
    pub level2: String,
    /// 三级指标, as the sheet writes it (the other's for a removed one).
    #[schema(example = "跨境电商相关培训人次数")]
    pub name: String,
    /// The indicator in the sheet; null when removed.
    #[schema(value_type = Option<i64>, example = 17)]
    #[schema(required = true)]
    pub indicator_id: Option<IndicatorId>,
    /// The sheet's target, as written; null when removed.
    #[schema(example = "1200")]
    #[schema(required = true)]
    pub target: Option<String>,
    /// The indicator in the other sheet; null when added.
    #[schema(value_type = Option<i64>, example = 3)]
    #[schema(required = true)]
    pub other_indicator_id: Option<IndicatorId>,
    /// The other sheet's target, as written; null when added.
    #[schema(example = "1000")]
    #[schema(required = true)]
    pub other_target: Option<String>,
    /// What changed, from the other to the sheet.
    pub change: Change,
}

/// `GET /sheets/{sheet_id}/compare/{other_id}` (SPEC §7.2).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SheetComparison {
    /// The sheet.
    pub sheet: ComparedSheet,
    /// The sheet it is compared with.
    pub other: ComparedSheet,
    /// The sheet's amounts minus the other's.
    pub difference: AmountDifference,
    /// One row per indicator key in either sheet: the sheet's indicators in order, then those
    /// only in the other, in its order.
    pub indicators: Vec<ComparedIndicator>,
}

pub(super) fn compared(sheet: &Sheet) -> ComparedSheet {
    ComparedSheet {
        id: sheet.id,
        fund_id: sheet.fund_id,
        fund_name: sheet.fund_name.clone(),
        year: sheet.year,
        region_code: sheet.region_code.clone(),
        region_name: sheet.region_name.clone(),
        provincial_funds: sheet.provincial_funds,
        matching_funds: sheet.matching_funds,
        budget: sheet
            .provincial_funds
            .saturating_add(sheet.matching_funds.unwrap_or(Money::ZERO)),
    }
}

/// The change from the other's indicator to the sheet's; `sheet_year` and `other_year` are
/// their sheets' years (a deadline is read in its own sheet's year).
pub fn change(sheet: &Indicator, sheet_year: i32, other: &Indicator, other_year: i32) -> Change {
    if sheet.target.trim() == other.target.trim() {
        return Change::Same;
    }
    let (Some(a), Some(b)) = (&sheet.target_parsed, &other.target_parsed) else {
        return Change::NotComparable;
    };
    if a.kind == TargetKind::Deadline && b.kind == TargetKind::Deadline {
        // Years after the sheet's own, then month and day: `2025年3月底前` on a 2024 sheet is
        // later than its `12月底前完成`.
        let place =
            |d: TargetDate, year: i32| (d.year().unwrap_or(year) - year, d.month(), d.day());
        return match (a.date, b.date) {
            (Some(x), Some(y)) => match place(x, sheet_year).cmp(&place(y, other_year)) {
                std::cmp::Ordering::Less => Change::Raised,
                std::cmp::Ordering::Greater => Change::Lowered,
                std::cmp::Ordering::Equal => Change::Same,
            },
            _ => Change::NotComparable,
        };
    }
    let ra = reading(Some(a), &sheet.level1, &sheet.level2);
    let rb = reading(Some(b), &other.level1, &other.level2);
    let (Some(ra), Some(rb)) = (ra, rb) else {
        return Change::NotComparable;
    };
    if ra.shape() != rb.shape() || common_unit([&ra, &rb].into_iter()).is_err() {
        return Change::NotComparable;
    }
    // More is asked by a higher REACH value, a bigger decline to reach, a lower REVERSE
    // ceiling, a smaller decline allowed (a floor below zero nearer to it).
    let asks_more = match (ra.family, ra.decline) {
        (Family::Reach, false) | (Family::Reverse, true) => ra.strictness.cmp(&rb.strictness),
        (Family::Reach, true) | (Family::Reverse, false) => rb.strictness.cmp(&ra.strictness),
    };
    match asks_more {
        std::cmp::Ordering::Greater => Change::Raised,
        std::cmp::Ordering::Less => Change::Lowered,
        std::cmp::Ordering::Equal => Change::Same,
    }
}

/// Two sheets side by side (SPEC §7.2): `sheet` compared with `other`.
pub fn compare_sheets(sheet: &Sheet, other: &Sheet) -> SheetComparison {
    let signed = |yuan: i64| Decimal::new(yuan, 4).normalize();
    let difference = AmountDifference {
        provincial_funds: signed(sheet.provincial_funds.minus(other.provincial_funds)),
        matching_funds: match (sheet.matching_funds, other.matching_funds) {
            (Some(a), Some(b)) => Some(signed(a.minus(b))),
            _ => None,
        },
        budget: signed(compared(sheet).budget.minus(compared(other).budget)),
    };
    let key = |i: &Indicator| indicator_key(&i.level1, &i.level2, &i.name);
    let row = |mine: Option<&Indicator>, theirs: Option<&Indicator>, change: Change| {
        let named = mine.or(theirs).expect("an indicator on one side");
        ComparedIndicator {
            level1: named.level1.clone(),
            level2: named.level2.clone(),
            name: named.name.clone(),
            indicator_id: mine.map(|i| i.id),
            target: mine.map(|i| i.target.clone()),
            other_indicator_id: theirs.map(|i| i.id),
            other_target: theirs.map(|i| i.target.clone()),
            change,
        }
    };
    let mut taken = vec![false; other.indicators.len()];
    let mut rows = Vec::new();
    for ind in &sheet.indicators {
        let k = key(ind);
        let found = other
            .indicators
            .iter()
            .enumerate()
            .position(|(j, o)| !taken[j] && key(o) == k);
        rows.push(match found {
            Some(j) => {
                taken[j] = true;
                let o = &other.indicators[j];
                row(Some(ind), Some(o), change(ind, sheet.year, o, other.year))
            }
            None => row(Some(ind), None, Change::Added),
        });
    }
    for (o, taken) in other.indicators.iter().zip(taken) {
        if !taken {
            rows.push(row(None, Some(o), Change::Removed));
        }
    }
    SheetComparison {
        sheet: compared(sheet),
        other: compared(other),
        difference,
        indicators: rows,
    }
}
