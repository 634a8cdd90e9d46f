//! Small helpers shared by the document checks: required text, lengths, control characters,
//! amounts. Each pushes an [`Issue`] with a stable code, a JSON Pointer and a message in the
//! request's language.

use super::money::{Money, MoneyError, MoneyInput};
use super::{Issue, IssueCode, Lang};

/// Collects the issues of one document.
#[derive(Debug)]
pub struct Checker {
    /// Language of the messages.
    pub lang: Lang,
    /// Issues found so far, in document order.
    pub issues: Vec<Issue>,
}

/// Quotes user text in a message, shortened when very long.
pub fn quote(text: &str) -> String {
    let shown: String = text.chars().take(40).collect();
    if shown.len() < text.len() {
        format!("“{shown}…”")
    } else {
        format!("“{shown}”")
    }
}

impl Checker {
    /// A checker with no issues yet.
    pub fn new(lang: Lang) -> Self {
        Checker {
            lang,
            issues: Vec::new(),
        }
    }

    /// True when an error has been found.
    pub fn has_errors(&self) -> bool {
        self.issues
            .iter()
            .any(|i| i.severity == super::Severity::Error)
    }

    /// Records an error with a message in each language.
    pub fn error(&mut self, code: IssueCode, path: impl Into<String>, zh: String, en: String) {
        let message = self.lang.pick(zh, en);
        self.issues.push(Issue::error(code, path, message));
    }

    /// Records a warning with a message in each language.
    pub fn warning(&mut self, code: IssueCode, path: impl Into<String>, zh: String, en: String) {
        let message = self.lang.pick(zh, en);
        self.issues.push(Issue::warning(code, path, message));
    }

    /// `REQUIRED`: a required field is missing or blank.
    pub fn required(&mut self, path: &str, label_zh: &str, label_en: &str) {
        self.error(
            IssueCode::Required,
            path,
            format!("{label_zh}不能为空"),
            format!("{label_en} is required"),
        );
    }

    /// Checks one line of text: trims it, then requires it (when `required`), limits its length
    /// in characters and refuses control characters (line breaks and tabs are allowed only when
    /// `multiline`). Returns the trimmed text, or `None` when absent or blank.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        path: &str,
        value: Option<&str>,
        required: bool,
        max_chars: usize,
        multiline: bool,
        label_zh: &str,
        label_en: &str,
    ) -> Option<String> {
        let trimmed = value.map(str::trim).filter(|t| !t.is_empty());
        let Some(text) = trimmed else {
            if required {
                self.required(path, label_zh, label_en);
            }
            return None;
        };
        let count = text.chars().count();
        if count > max_chars {
            self.error(
                IssueCode::TooLong,
                path,
                format!("{label_zh}最多 {max_chars} 个字符，现有 {count} 个"),
                format!("{label_en} has {count} characters; at most {max_chars} are allowed"),
            );
        }
        if text
            .chars()
            .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
        {
            self.error(
                IssueCode::ControlCharacter,
                path,
                format!("{label_zh}含有控制字符（如 NUL、换行），请删除"),
                format!("{label_en} contains a control character (NUL, line break…); remove it"),
            );
        }
        if multiline && text.contains('\r') {
            // One kind of line break, whatever the client's system: `\r\n` and `\r` are `\n`.
            return Some(text.replace("\r\n", "\n").replace('\r', "\n"));
        }
        Some(text.to_string())
    }

    /// Checks an amount in 万元; returns it when valid.
    pub fn money(
        &mut self,
        path: &str,
        value: Option<&MoneyInput>,
        required: bool,
        label_zh: &str,
        label_en: &str,
    ) -> Option<Money> {
        let Some(input) = value else {
            if required {
                self.required(path, label_zh, label_en);
            }
            return None;
        };
        if let MoneyInput::Text(t) = input {
            if t.trim().is_empty() {
                if required {
                    self.required(path, label_zh, label_en);
                }
                return None;
            }
        }
        let written = quote(&input.as_written());
        match input.to_money() {
            Ok(m) => Some(m),
            Err(MoneyError::Negative) => {
                self.error(
                    IssueCode::AmountNegative,
                    path,
                    format!("{label_zh}{written}不能为负数"),
                    format!("{label_en} {written} must not be negative"),
                );
                None
            }
            Err(MoneyError::TooPrecise) => {
                self.error(
                    IssueCode::AmountTooPrecise,
                    path,
                    format!("{label_zh}{written}最多保留 4 位小数（精确到元）"),
                    format!("{label_en} {written} has more than 4 decimals (finer than one yuan)"),
                );
                None
            }
            Err(MoneyError::TooLarge) => {
                self.error(
                    IssueCode::AmountTooLarge,
                    path,
                    format!("{label_zh}{written}超出允许范围"),
                    format!("{label_en} {written} is out of range"),
                );
                None
            }
            Err(MoneyError::Invalid) => {
                self.error(
                    IssueCode::AmountInvalid,
                    path,
                    format!("{label_zh}{written}不是有效金额，应为以万元计的十进制数，如 \"260\" 或 \"12.5\""),
                    format!("{label_en} {written} is not an amount; send a decimal number of 万元 such as \"260\" or \"12.5\""),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_checks_trim_require_limit_and_refuse_control_characters() {
        let mut c = Checker::new(Lang::En);
        assert_eq!(
            c.text("/a", Some("  x "), true, 5, false, "甲", "A"),
            Some("x".into())
        );
        assert_eq!(c.text("/b", Some("   "), true, 5, false, "乙", "B"), None);
        assert_eq!(c.text("/c", None, false, 5, false, "丙", "C"), None);
        c.text("/d", Some("abcdef"), true, 5, false, "丁", "D");
        c.text("/e", Some("a\u{0}b"), true, 5, false, "戊", "E");
        c.text("/f", Some("a\nb"), true, 5, false, "己", "F");
        c.text("/g", Some("a\nb"), true, 5, true, "庚", "G");
        let codes: Vec<(&str, &str)> = c
            .issues
            .iter()
            .map(|i| (i.code.as_str(), i.path.as_str()))
            .collect();
        assert_eq!(
            codes,
            [
                ("REQUIRED", "/b"),
                ("TOO_LONG", "/d"),
                ("CONTROL_CHARACTER", "/e"),
                ("CONTROL_CHARACTER", "/f")
            ]
        );
        assert_eq!(
            c.issues[1].message,
            "D has 6 characters; at most 5 are allowed"
        );
    }

    #[test]
    fn money_checks_name_the_fault() {
        let mut c = Checker::new(Lang::Zh);
        let t = |s: &str| MoneyInput::Text(s.into());
        assert_eq!(
            c.money("/a", Some(&t("12.5")), true, "省级资金", "p"),
            Money::parse_wan("12.5").ok()
        );
        c.money("/b", Some(&t("-1")), true, "省级资金", "p");
        c.money("/c", Some(&t("1.00001")), true, "省级资金", "p");
        c.money("/d", Some(&t("1e3")), true, "省级资金", "p");
        c.money("/e", None, true, "省级资金", "p");
        c.money("/f", None, false, "配套资金", "m");
        let codes: Vec<&str> = c.issues.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "AMOUNT_NEGATIVE",
                "AMOUNT_TOO_PRECISE",
                "AMOUNT_INVALID",
                "REQUIRED"
            ]
        );
        assert_eq!(c.issues[0].message, "省级资金“-1”不能为负数");
    }
}
