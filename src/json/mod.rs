//! Reading a parsed JSON document into a Rust type so that an object is only ever read from a
//! JSON object. serde's derived structs also accept a JSON array, taking its elements as the
//! fields in order — `[null]` would be a valid step body, `["产出指标", "数量指标", "x", "1"]` a
//! valid indicator — which an API that names every field must refuse.

use serde::de::DeserializeOwned;
use serde::de::{
    self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::{Error, Value};

use crate::domain::issue::pointer_token;
use crate::domain::IssueCode;
use crate::error::ServiceError;

/// A deserializer over a borrowed JSON value that refuses anything but an object where a
/// struct is expected, at every depth.
pub struct Strict<'a>(pub &'a Value);

fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

impl<'de> de::Deserializer<'de> for Strict<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => visitor.visit_u64(u),
                (_, Some(i)) => visitor.visit_i64(i),
                // JSON Schema counts `2024.0` and `2.024e3` as integers: so do we, read
                // exactly from the text as written, within the 64-bit range.
                _ => match integral(&n.to_string()) {
                    Some(v) if v >= 0 && v <= i128::from(u64::MAX) => visitor.visit_u64(v as u64),
                    Some(v) if v >= i128::from(i64::MIN) && v < 0 => visitor.visit_i64(v as i64),
                    _ => match n.as_f64() {
                        Some(f) => visitor.visit_f64(f),
                        None => Err(de::Error::custom("a number out of range")),
                    },
                },
            },
            Value::String(s) => visitor.visit_str(s),
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            Value::Object(map) => visitor.visit_map(Members {
                iter: map.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(_) => self.deserialize_any(visitor),
            other => Err(de::Error::invalid_type(unexpected(other), &"a JSON object")),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            other => Err(de::Error::invalid_type(unexpected(other), &"a string")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == crate::domain::money::AMOUNT_TOKEN {
            // An amount reads its value whole: a number keeps the text it was written with.
            return visitor.visit_newtype_struct(self.0.clone());
        }
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

/// The exact value of a JSON number's text when it is a whole number (`-12.000`, `1.5e1`),
/// or `None` when it has a fraction or lies far outside the 64-bit range.
pub(crate) fn integral(text: &str) -> Option<i128> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], unsigned[at + 1..].parse::<i64>().ok()?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (mantissa, ""),
    };
    if whole.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let digits = digits.trim_start_matches('0');
    let scale = exponent.checked_sub(i64::try_from(fraction.len()).ok()?)?;
    let kept = if scale >= 0 {
        if digits.is_empty() {
            return Some(0);
        }
        if digits.len() as i64 + scale > 20 {
            return None;
        }
        format!("{digits}{}", "0".repeat(scale as usize))
    } else {
        let dropped = usize::try_from(-scale).ok()?;
        let cut = digits.len().saturating_sub(dropped);
        if !digits[cut..].bytes().all(|b| b == b'0') {
            return None;
        }
        digits[..cut].to_string()
    };
    let value: i128 = if kept.is_empty() {
        0
    } else {
        kept.parse().ok()?
    };
    Some(if negative { -value } else { value })
}

struct Items<'a>(std::slice::Iter<'a, Value>);

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .next()
            .map(|v| seed.deserialize(Strict(v)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Members<'a> {
    iter: serde_json::map::Iter<'a>,
    value: Option<&'a Value>,
}

impl<'de> MapAccess<'de> for Members<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.iter.next() {
            Some((key, value)) => {
                self.value = Some(value);
                let key: de::value::StrDeserializer<'_, Error> = key.as_str().into_deserializer();
                seed.deserialize(key).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(v) => seed.deserialize(Strict(v)),
            None => Err(de::Error::custom("a value without its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// Parses a JSON document into `T`, telling broken JSON (400 `MALFORMED_JSON`) from JSON of
/// the wrong shape (400 `INVALID_BODY` with the JSON Pointer of the fault). Objects are read
/// only from JSON objects (see [`crate::json`]).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ServiceError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| ServiceError::MalformedJson {
            reason: e.to_string(),
        })?;
    from_value(value)
}

/// `parse_json::<Value>`, without building the document a second time: the numbers are read as
/// [`Strict`] reads them (the only part of a value that reading changes), in place; a number
/// that cannot be read gets the same error, with its path, from the full reading.
pub fn parse_json_value(bytes: &[u8]) -> Result<Value, ServiceError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| ServiceError::MalformedJson {
        reason: e.to_string(),
    })?;
    strict_value(value)
}

/// A parsed value with its numbers read as [`parse_json_value`] reads them: for one element
/// of an array read element by element.
pub fn strict_value(mut value: Value) -> Result<Value, ServiceError> {
    if strict_numbers(&mut value).is_err() {
        return from_value(value);
    }
    Ok(value)
}

/// Every number of `value` replaced by what [`Strict`] reads it as.
fn strict_numbers(value: &mut Value) -> Result<(), Error> {
    use serde::Deserialize;
    match value {
        Value::Number(_) => *value = Value::deserialize(Strict(value))?,
        Value::Array(items) => {
            for item in items {
                strict_numbers(item)?;
            }
        }
        Value::Object(map) => {
            for (_, member) in map.iter_mut() {
                strict_numbers(member)?;
            }
        }
        Value::Null | Value::Bool(_) | Value::String(_) => {}
    }
    Ok(())
}

/// Deserializes an already-parsed JSON value into `T` with the same errors as [`parse_json`]
/// (used after applying a merge patch).
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ServiceError> {
    from_value_ref(&value)
}

/// [`from_value`] of a borrowed value (no copy of it is made).
pub fn from_value_ref<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, ServiceError> {
    serde_path_to_error::deserialize(crate::json::Strict(value)).map_err(|e| {
        let pointer = pointer_of(e.path());
        let inner = e.into_inner();
        shape_error(pointer, &inner)
    })
}

fn shape_error(pointer: String, err: &serde_json::Error) -> ServiceError {
    let message = err.to_string();
    let (issue_code, field) = if let Some(field) = backticked_after(&message, "unknown field `") {
        (IssueCode::UnknownField, Some(field))
    } else if let Some(field) = backticked_after(&message, "missing field `") {
        (IssueCode::MissingField, Some(field))
    } else {
        (IssueCode::InvalidType, None)
    };
    // serde_path_to_error already ends the path with an unknown key, but stops at the parent
    // of a missing one.
    let path = match (issue_code, field) {
        (IssueCode::MissingField, Some(f)) => format!("{pointer}/{}", pointer_token(&f)),
        _ => pointer,
    };
    // serde appends " at line L column C"; the path says where, which is more useful.
    let reason = match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    ServiceError::InvalidBody {
        issue_code,
        path,
        reason,
    }
}

/// Turns a serde path into a JSON Pointer (`indicators[2].target` → `/indicators/2/target`).
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&pointer_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// The text between `prefix` and the next backtick, as serde writes field names in messages.
pub fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = &message[message.find(prefix)? + prefix.len()..];
    Some(rest[..rest.find('`')?].to_string())
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::Strict;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        a: Option<String>,
        n: Option<i64>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        items: Option<Vec<Inner>>,
        kind: Option<Kind>,
        x: Option<f64>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    enum Kind {
        Yes,
    }

    fn read(v: serde_json::Value) -> Result<Outer, String> {
        Outer::deserialize(Strict(&v)).map_err(|e| e.to_string())
    }

    #[test]
    fn objects_only_from_objects() {
        assert_eq!(
            read(json!({"items": [{"a": "b", "n": -3}], "kind": "YES", "x": 2})).unwrap(),
            Outer {
                items: Some(vec![Inner {
                    a: Some("b".into()),
                    n: Some(-3)
                }]),
                kind: Some(Kind::Yes),
                x: Some(2.0)
            }
        );
        // serde_json itself takes these arrays as structs, field by field.
        assert!(serde_json::from_value::<Outer>(json!([null, null, null])).is_ok());
        assert!(read(json!([null]))
            .unwrap_err()
            .contains("expected a JSON object"));
        assert!(read(json!({"items": [["b", 1]]}))
            .unwrap_err()
            .contains("sequence"));
        assert!(read(json!({"items": [{"a": "b", "z": 1}]}))
            .unwrap_err()
            .contains("unknown field `z`"));
        assert!(read(json!({"kind": "NO"}))
            .unwrap_err()
            .contains("unknown variant"));
        assert!(read(json!({"items": [{"n": 1.5}]}))
            .unwrap_err()
            .contains("floating point"));
        assert!(read(json!(null)).is_err());
    }

    #[test]
    fn whole_numbers_written_with_a_fraction_or_exponent_are_integers() {
        let n = |text: &str| {
            let v: serde_json::Value =
                serde_json::from_str(&format!(r#"{{"items": [{{"n": {text}}}]}}"#)).unwrap();
            read(v).map(|o| o.items.unwrap()[0].n)
        };
        assert_eq!(n("2024.0"), Ok(Some(2024)));
        assert_eq!(n("-9007199254740991.0"), Ok(Some(-9_007_199_254_740_991)));
        assert_eq!(n("9223372036854775807.000"), Ok(Some(i64::MAX)));
        assert_eq!(n("-9223372036854775808.0"), Ok(Some(i64::MIN)));
        assert_eq!(n("2.024e3"), Ok(Some(2024)));
        assert_eq!(n("20240E-1"), Ok(Some(2024)));
        assert_eq!(n("-0.0"), Ok(Some(0)));
        assert_eq!(n("0e999999"), Ok(Some(0)));
        for bad in [
            "2024.5",
            "1e-1",
            "9223372036854775808.0",
            "1e30",
            "1e999999999999",
            "0.1e1000",
        ] {
            assert!(n(bad).is_err(), "{bad} read as an integer");
        }
        // Far out of range or fractional: still a float, which an integer field refuses.
        assert_eq!(super::integral("12.30"), None);
        assert_eq!(super::integral("123.456e2"), None);
        assert_eq!(super::integral("123.450e2"), Some(12_345));
        assert_eq!(super::integral("123.4500e3"), Some(123_450));
    }

    #[test]
    fn a_value_read_in_place_is_the_value_read_in_full() {
        let text = br#"[{"a": 2024.0, "b": 1e2, "c": 150.50, "d": -3, "e": 18446744073709551615,
            "f": 0.1, "g": 123456789012345678901234.5, "h": [1.0, "x", null, true, {"i": -0.0}]}]"#;
        let in_place = super::parse_json_value(text).unwrap();
        let in_full = super::parse_json::<serde_json::Value>(text).unwrap();
        assert_eq!(in_place, in_full);
        assert_eq!(in_place.to_string(), in_full.to_string());
        for bad in [&b"[1e400]"[..], b"[{\"a\": [2, 1e400]}]", b"[1,"] {
            assert_eq!(
                format!("{:?}", super::parse_json_value(bad)),
                format!("{:?}", super::parse_json::<serde_json::Value>(bad)),
            );
        }
    }
}
