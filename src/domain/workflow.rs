//! The review cycle of a sheet (申报 → 审核 → 批复 → 调整, SPEC §1.6): which steps exist, from
//! which status each starts, where it leads, who takes it and whether it needs a reason. Pure.

use super::ids::SheetId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::access::Permission;
use super::sheet::SheetStatus;

/// At most this many characters in a workflow reason.
pub const MAX_REASON_CHARS: usize = 2000;

/// A step of the review cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Transition {
    /// 申报: `DRAFT` or `RETURNED` → `SUBMITTED`; the sheet must have no validation error.
    Submit,
    /// 批复: `SUBMITTED` → `APPROVED`; the sheet must have no validation error.
    Approve,
    /// 退回: `SUBMITTED` → `RETURNED`, with a reason.
    Return,
    /// 调整: `APPROVED` → `DRAFT`, with a reason.
    Reopen,
}

impl Transition {
    /// Every step.
    pub const ALL: [Transition; 4] = [
        Transition::Submit,
        Transition::Approve,
        Transition::Return,
        Transition::Reopen,
    ];

    /// The path segment of the step's operation (`/sheets/{id}/submit`, …).
    pub fn verb(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Approve => "approve",
            Transition::Return => "return",
            Transition::Reopen => "reopen",
        }
    }

    /// The statuses the step starts from.
    pub fn from(self) -> &'static [SheetStatus] {
        match self {
            Transition::Submit => &[SheetStatus::Draft, SheetStatus::Returned],
            Transition::Approve | Transition::Return => &[SheetStatus::Submitted],
            Transition::Reopen => &[SheetStatus::Approved],
        }
    }

    /// The status the step leads to.
    pub fn to(self) -> SheetStatus {
        match self {
            Transition::Submit => SheetStatus::Submitted,
            Transition::Approve => SheetStatus::Approved,
            Transition::Return => SheetStatus::Returned,
            Transition::Reopen => SheetStatus::Draft,
        }
    }

    /// True when the step must give a reason.
    pub fn needs_reason(self) -> bool {
        matches!(self, Transition::Return | Transition::Reopen)
    }

    /// True when the step first checks the sheet against today's rules and refuses while
    /// errors remain.
    pub fn validates(self) -> bool {
        matches!(self, Transition::Submit | Transition::Approve)
    }

    /// What the caller's role must allow.
    pub fn permission(self) -> Permission {
        match self {
            Transition::Submit => Permission::Submit,
            _ => Permission::Review,
        }
    }

    /// The step's Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Transition::Submit => "申报",
            Transition::Approve => "批复",
            Transition::Return => "退回",
            Transition::Reopen => "调整（重新打开）",
        }
    }

    /// `None` when the step may start from `status`, otherwise why not and what to do, in
    /// Chinese and English.
    pub fn refusal(self, status: SheetStatus, sheet_id: SheetId) -> Option<(String, String)> {
        self.refusal_of(status, Subject::Sheet(sheet_id))
    }

    /// [`Transition::refusal`] for any subject of the review cycle.
    pub fn refusal_of(self, status: SheetStatus, subject: Subject) -> Option<(String, String)> {
        if self.from().contains(&status) {
            return None;
        }
        let from: Vec<&str> = self.from().iter().map(|s| s.as_str()).collect();
        let from = from.join(" / ");
        let (hint_zh, hint_en) = next_step(status, subject);
        let (zh, en) = subject.noun();
        Some((
            format!(
                "只有状态为 {from} 的{zh}可以{}，该{zh}状态为 {}；{hint_zh}",
                self.name_zh(),
                status.as_str()
            ),
            format!(
                "only a {from} {en} can be {}; this {en} is {}. {hint_en}",
                self.past_tense(),
                status.as_str()
            ),
        ))
    }

    fn past_tense(self) -> &'static str {
        match self {
            Transition::Submit => "submitted",
            Transition::Approve => "approved",
            Transition::Return => "returned",
            Transition::Reopen => "reopened",
        }
    }
}

/// True when a sheet in `status` may be edited or deleted.
pub fn editable(status: SheetStatus) -> bool {
    matches!(status, SheetStatus::Draft | SheetStatus::Returned)
}

/// Why a sheet in `status` cannot be edited, and what to do about it (Chinese, English);
/// `None` when it can.
pub fn edit_refusal(status: SheetStatus, sheet_id: SheetId) -> Option<(String, String)> {
    edit_refusal_of(status, Subject::Sheet(sheet_id))
}

/// Why a report or an evaluation cannot be written for sheet `sheet_id` in `status` (only an
/// `APPROVED` sheet is followed through the year): `SHEET_NOT_APPROVED`'s detail in Chinese and
/// English.
pub fn not_approved_refusal(
    sheet_id: SheetId,
    status: SheetStatus,
    subject: Subject,
) -> (String, String) {
    let (zh, en) = match subject {
        Subject::Evaluation(_) => ("绩效自评", "self-evaluations are"),
        _ => ("绩效监控", "monitoring reports are"),
    };
    (
        format!(
            "绩效目标表 {sheet_id} 的状态为 {}，只有已批复（APPROVED）的表可以填报{zh}",
            status.as_str()
        ),
        format!(
            "sheet {sheet_id} is {}; {en} written for APPROVED sheets only",
            status.as_str()
        ),
    )
}

/// [`edit_refusal`] for any subject of the review cycle.
pub fn edit_refusal_of(status: SheetStatus, subject: Subject) -> Option<(String, String)> {
    if editable(status) {
        return None;
    }
    let (hint_zh, hint_en) = next_step(status, subject);
    let (zh, en) = subject.noun();
    Some((
        format!(
            "该{zh}状态为 {}，只有草稿（DRAFT）或已退回（RETURNED）的{zh}可以修改或删除；{hint_zh}",
            status.as_str()
        ),
        format!(
            "this {en} is {}; only DRAFT or RETURNED {en}s can be edited or deleted. {hint_en}",
            status.as_str()
        ),
    ))
}

/// What goes through the review cycle: a sheet, or the monitoring report of a sheet for a
/// month. Names it in messages and gives the path of its steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A target sheet.
    Sheet(SheetId),
    /// The monitoring report of a sheet for a month.
    Report(SheetId, u32),
    /// The self-evaluation of a sheet.
    Evaluation(SheetId),
}

impl Subject {
    /// Its name in Chinese and English.
    fn noun(self) -> (&'static str, &'static str) {
        match self {
            Subject::Sheet(_) => ("表", "sheet"),
            Subject::Report(..) => ("报告", "report"),
            Subject::Evaluation(_) => ("自评", "self-evaluation"),
        }
    }

    /// The path its review steps hang off.
    fn base(self) -> String {
        match self {
            Subject::Sheet(id) => format!("/api/v1/sheets/{id}"),
            Subject::Report(id, month) => format!("/api/v1/sheets/{id}/monitoring/{month}"),
            Subject::Evaluation(id) => format!("/api/v1/sheets/{id}/self-evaluation"),
        }
    }
}

/// What can be done with a subject in `status` next.
fn next_step(status: SheetStatus, subject: Subject) -> (String, String) {
    let base = subject.base();
    match status {
        SheetStatus::Draft | SheetStatus::Returned => (
            format!("可以修改后申报（POST {base}/submit）"),
            format!("Edit it, then submit it (POST {base}/submit)."),
        ),
        SheetStatus::Submitted => (
            format!("等待审核；如需修改，请审核人退回（POST {base}/return）"),
            format!(
                "It is waiting for review; to change it, a reviewer returns it first (POST {base}/return)."
            ),
        ),
        SheetStatus::Approved => (
            format!("已批复；如需调整，请审核人说明理由后重新打开（POST {base}/reopen）"),
            format!(
                "It is approved; to change it, a reviewer reopens it with a reason first (POST {base}/reopen)."
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cycle_is_the_spec_s() {
        use SheetStatus::*;
        let all = [Draft, Submitted, Approved, Returned];
        let mut edges = Vec::new();
        for t in Transition::ALL {
            for s in all {
                if t.refusal(s, SheetId::new(1)).is_none() {
                    edges.push((s, t, t.to()));
                }
            }
        }
        assert_eq!(
            edges,
            vec![
                (Draft, Transition::Submit, Submitted),
                (Returned, Transition::Submit, Submitted),
                (Submitted, Transition::Approve, Approved),
                (Submitted, Transition::Return, Returned),
                (Approved, Transition::Reopen, Draft),
            ]
        );
        assert!(Transition::Return.needs_reason() && Transition::Reopen.needs_reason());
        assert!(!Transition::Submit.needs_reason() && !Transition::Approve.needs_reason());
        assert_eq!(Transition::Submit.permission(), Permission::Submit);
        assert_eq!(Transition::Reopen.permission(), Permission::Review);
    }

    #[test]
    fn refusals_say_what_to_do() {
        let (zh, en) = Transition::Approve
            .refusal(SheetStatus::Draft, SheetId::new(7))
            .unwrap();
        assert!(zh.contains("POST /api/v1/sheets/7/submit"), "{zh}");
        assert!(
            en.contains("only a SUBMITTED sheet can be approved"),
            "{en}"
        );
        assert!(edit_refusal(SheetStatus::Draft, SheetId::new(7)).is_none());
        assert!(edit_refusal(SheetStatus::Returned, SheetId::new(7)).is_none());
        let (_, en) = edit_refusal(SheetStatus::Approved, SheetId::new(7)).unwrap();
        assert!(en.contains("reopens it with a reason"), "{en}");
        let (zh, _) = edit_refusal(SheetStatus::Submitted, SheetId::new(7)).unwrap();
        assert!(zh.contains("/return"), "{zh}");
    }
}
