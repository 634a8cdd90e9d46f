//! Exact money in 万元 (ten-thousand yuan), stored as whole 元.
//!
//! Amounts are in 万元 with at most four decimals, which is exact to the 元, so an amount is kept
//! as an integer number of 元 and never as a float. The API writes amounts as canonical decimal
//! strings without trailing zeros (`"260"`, `"12.5"`) and reads a string or a JSON number.

use std::fmt;

use serde::{Deserialize, Serialize};

/// 元 per 万元.
const YUAN_PER_WAN: i64 = 10_000;

/// Largest amount accepted, in 万元: a trillion 万元 is far above any budget and keeps the sum
/// of many amounts well inside `i64`.
const MAX_WAN: i64 = 1_000_000_000_000;

/// An exact, non-negative amount of money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money {
    yuan: i64,
}

/// Why an amount was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// Not a plain decimal number (letters, an exponent, several points, empty…).
    Invalid,
    /// Below zero.
    Negative,
    /// More than four decimals of 万元 (finer than one 元).
    TooPrecise,
    /// Beyond the largest accepted amount.
    TooLarge,
}

impl Money {
    /// Zero.
    pub const ZERO: Money = Money { yuan: 0 };

    /// An amount from whole 元 (as stored).
    pub fn from_yuan(yuan: i64) -> Money {
        Money { yuan }
    }

    /// The amount in whole 元 (as stored).
    pub fn yuan(self) -> i64 {
        self.yuan
    }

    /// Parses a decimal amount in 万元: digits with an optional point and at most four decimals;
    /// surrounding whitespace is ignored. Signs other than a leading `-` (refused as negative),
    /// exponents, thousands separators and anything else are invalid.
    pub fn parse_wan(text: &str) -> Result<Money, MoneyError> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (int_part, frac_part) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (int_part.is_empty() && frac_part.is_empty())
            || !all_digits(int_part)
            || !all_digits(frac_part)
            || (digits.contains('.') && frac_part.is_empty() && int_part.is_empty())
        {
            return Err(MoneyError::Invalid);
        }
        if negative
            && !(int_part.bytes().all(|b| b == b'0') && frac_part.bytes().all(|b| b == b'0'))
        {
            return Err(MoneyError::Negative);
        }
        let frac_trimmed = frac_part.trim_end_matches('0');
        if frac_trimmed.len() > 4 {
            return Err(MoneyError::TooPrecise);
        }
        let int_trimmed = int_part.trim_start_matches('0');
        if int_trimmed.len() > 13 {
            return Err(MoneyError::TooLarge);
        }
        let whole: i64 = if int_trimmed.is_empty() {
            0
        } else {
            int_trimmed.parse().map_err(|_| MoneyError::Invalid)?
        };
        if whole > MAX_WAN {
            return Err(MoneyError::TooLarge);
        }
        let mut frac: i64 = 0;
        for (i, b) in frac_trimmed.bytes().enumerate() {
            frac += i64::from(b - b'0') * 10i64.pow(3 - i as u32);
        }
        let yuan = whole * YUAN_PER_WAN + frac;
        if yuan > MAX_WAN * YUAN_PER_WAN {
            return Err(MoneyError::TooLarge);
        }
        Ok(Money { yuan })
    }

    /// Reads a JSON number exactly as it was written, like the same text in a string: `12.5` is
    /// 12.5 万元; an exponent or more than four decimals is refused.
    pub fn from_json_number(n: &serde_json::Number) -> Result<Money, MoneyError> {
        if let Some(i) = n.as_i64() {
            if i < 0 {
                return Err(MoneyError::Negative);
            }
            return Money::parse_wan(&i.to_string());
        }
        if n.as_u64().is_some() {
            return Err(MoneyError::TooLarge);
        }
        // Read as written (serde_json keeps a number's text): `12.5` is exact, `1e3` has an
        // exponent and `12.30000000000000001` too many decimals, as they would as text. Never
        // through a float.
        let text = n.to_string();
        if text.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        Money::parse_wan(&text)
    }

    /// Sum, saturating far beyond any real budget.
    pub fn saturating_add(self, other: Money) -> Money {
        Money {
            yuan: self.yuan.saturating_add(other.yuan),
        }
    }

    /// Difference (may be negative: an overrun).
    pub fn minus(self, other: Money) -> i64 {
        self.yuan - other.yuan
    }
}

/// Formats an amount of 元 (possibly negative) as a canonical decimal string in 万元.
pub fn format_yuan_as_wan(yuan: i64) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let abs = yuan.unsigned_abs();
    let whole = abs / YUAN_PER_WAN as u64;
    let frac = abs % YUAN_PER_WAN as u64;
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:04}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

impl fmt::Display for Money {
    /// Canonical decimal string in 万元, without trailing zeros.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_yuan_as_wan(self.yuan))
    }
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// Reads the canonical string [`Serialize`] writes (stored snapshots); clients' amounts come in
/// through [`MoneyInput`] instead, with its own messages.
impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Money::parse_wan(&text)
            .map_err(|e| serde::de::Error::custom(format!("amount {text:?}: {e:?}")))
    }
}

/// The OpenAPI schema of an amount as clients send it: a decimal string (at most 4 decimals) or
/// a JSON number, not negative; `null` where the field may be blank.
pub fn money_input_schema() -> utoipa::openapi::schema::Object {
    decimal_input_schema(
        "An amount in 万元: a decimal string (preferred, e.g. `\"260\"`, `\"12.5\"`) or a JSON \
         number; not negative, at most 4 decimals.",
        "260",
    )
}

/// The OpenAPI schema of a scoring weight as clients send it (SPEC §6.1): points, read as an
/// amount is (a decimal string or a JSON number, not negative, at most 4 decimals).
pub fn points_input_schema() -> utoipa::openapi::schema::Object {
    decimal_input_schema(
        "Points: a decimal string (preferred, e.g. `\"10\"`, `\"16.6667\"`) or a JSON number; \
         not negative, at most 4 decimals.",
        "10",
    )
}

/// A decimal as clients send it, with its description and example.
pub fn decimal_input_schema(description: &str, example: &str) -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, SchemaType, Type};
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([
            Type::String,
            Type::Number,
            Type::Null,
        ]))
        // What the reader takes (blank, surrounding spaces, a sign, a bare point); the rules
        // then refuse negatives and more than 4 decimals with 422.
        .pattern(Some(r"^\s*[+-]?[0-9]*\.?[0-9]*\s*$"))
        .minimum(Some(0.0))
        .description(Some(description))
        .examples([example])
        .build()
}

/// An amount as a client sends it: a decimal string (preferred) or a JSON number.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum MoneyInput {
    /// `"260"`, `"12.5"`.
    Text(String),
    /// `260`, `12.5`, kept as written (never through a float).
    Number(serde_json::Number),
}

/// The newtype name an amount asks its deserializer for: a deserializer over an already parsed
/// JSON value ([`crate::json::Strict`]) answers it with the value itself, so that a
/// number reaches [`MoneyInput`] with its text as written.
pub const AMOUNT_TOKEN: &str = "$perf_targets::Amount";

impl<'de> Deserialize<'de> for MoneyInput {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AmountVisitor;

        impl<'de> serde::de::Visitor<'de> for AmountVisitor {
            type Value = MoneyInput;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an amount in 万元: a decimal string or a number")
            }

            fn visit_newtype_struct<D: serde::Deserializer<'de>>(
                self,
                inner: D,
            ) -> Result<MoneyInput, D::Error> {
                use serde::de::Error;
                match serde_json::Value::deserialize(inner)? {
                    serde_json::Value::String(s) => Ok(MoneyInput::Text(s)),
                    serde_json::Value::Number(n) => Ok(MoneyInput::Number(n)),
                    other => Err(D::Error::invalid_type(unexpected(&other), &self)),
                }
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<MoneyInput, E> {
                Ok(MoneyInput::Text(v.to_string()))
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<MoneyInput, E> {
                Ok(MoneyInput::Number(v.into()))
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<MoneyInput, E> {
                Ok(MoneyInput::Number(v.into()))
            }

            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<MoneyInput, E> {
                serde_json::Number::from_f64(v)
                    .map(MoneyInput::Number)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Float(v), &self))
            }
        }

        fn unexpected(v: &serde_json::Value) -> serde::de::Unexpected<'_> {
            use serde::de::Unexpected;
            match v {
                serde_json::Value::Null => Unexpected::Unit,
                serde_json::Value::Bool(b) => Unexpected::Bool(*b),
                serde_json::Value::Array(_) => Unexpected::Seq,
                _ => Unexpected::Map,
            }
        }

        deserializer.deserialize_newtype_struct(AMOUNT_TOKEN, AmountVisitor)
    }
}

impl MoneyInput {
    /// The exact amount, or why it is refused.
    pub fn to_money(&self) -> Result<Money, MoneyError> {
        match self {
            MoneyInput::Text(t) => Money::parse_wan(t),
            MoneyInput::Number(n) => Money::from_json_number(n),
        }
    }

    /// The value as written, for messages.
    pub fn as_written(&self) -> String {
        match self {
            MoneyInput::Text(t) => t.clone(),
            MoneyInput::Number(n) => n.to_string(),
        }
    }
}

impl From<Money> for MoneyInput {
    fn from(m: Money) -> Self {
        MoneyInput::Text(m.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wan(s: &str) -> Result<String, MoneyError> {
        Money::parse_wan(s).map(|m| m.to_string())
    }

    #[test]
    fn decimal_strings_round_trip_canonically() {
        assert_eq!(wan("260"), Ok("260".into()));
        assert_eq!(wan("12.5"), Ok("12.5".into()));
        assert_eq!(wan("12.50"), Ok("12.5".into()));
        assert_eq!(wan("0012.5000"), Ok("12.5".into()));
        assert_eq!(wan("0.0001"), Ok("0.0001".into()));
        assert_eq!(wan("0"), Ok("0".into()));
        assert_eq!(wan("-0"), Ok("0".into()));
        assert_eq!(wan(" 100 "), Ok("100".into()));
        assert_eq!(wan("5."), Ok("5".into()));
        assert_eq!(wan(".5"), Ok("0.5".into()));
        assert_eq!(Money::parse_wan("260").unwrap().yuan(), 2_600_000);
        assert_eq!(Money::parse_wan("12.3456").unwrap().yuan(), 123_456);
    }

    #[test]
    fn bad_amounts_say_why() {
        assert_eq!(wan("-1"), Err(MoneyError::Negative));
        assert_eq!(wan("-0.5"), Err(MoneyError::Negative));
        assert_eq!(wan("1.23456"), Err(MoneyError::TooPrecise));
        for bad in [
            "",
            ".",
            "1e3",
            "1E3",
            "abc",
            "1,000",
            "1.2.3",
            "１００",
            "NaN",
            "inf",
            "--1",
            "1 0",
        ] {
            assert_eq!(wan(bad), Err(MoneyError::Invalid), "{bad:?}");
        }
        assert_eq!(wan("99999999999999999999"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn json_numbers_are_read_exactly() {
        let n = |s: &str| serde_json::from_str::<serde_json::Number>(s).unwrap();
        assert_eq!(
            Money::from_json_number(&n("260")).unwrap().to_string(),
            "260"
        );
        assert_eq!(
            Money::from_json_number(&n("12.5")).unwrap().to_string(),
            "12.5"
        );
        assert_eq!(Money::from_json_number(&n("0.1")).unwrap().yuan(), 1000);
        assert_eq!(Money::from_json_number(&n("0.0003")).unwrap().yuan(), 3);
        assert_eq!(Money::from_json_number(&n("-3")), Err(MoneyError::Negative));
        assert_eq!(
            Money::from_json_number(&n("-0.5")),
            Err(MoneyError::Negative)
        );
        assert_eq!(
            Money::from_json_number(&n("0.00001")),
            Err(MoneyError::TooPrecise)
        );
        assert_eq!(
            Money::from_json_number(&n("18446744073709551615")),
            Err(MoneyError::TooLarge)
        );
        // As written, never through a float.
        for (text, expected) in [
            ("1e3", Err(MoneyError::Invalid)),
            ("1.0e2", Err(MoneyError::Invalid)),
            ("12.30000000000000001", Err(MoneyError::TooPrecise)),
        ] {
            assert_eq!(Money::from_json_number(&n(text)), expected, "{text}");
        }
        assert_eq!(
            Money::from_json_number(&n("123456789.1234"))
                .unwrap()
                .to_string(),
            "123456789.1234"
        );
        assert_eq!(
            Money::from_json_number(&n("100.0")).unwrap().to_string(),
            "100"
        );
    }

    #[test]
    fn negative_differences_format() {
        assert_eq!(format_yuan_as_wan(-1_000_000), "-100");
        assert_eq!(format_yuan_as_wan(-5), "-0.0005");
    }
}
