//! Typed identifiers: a sheet id is not a fund id, and neither is an indicator id, so the
//! compiler refuses to pass one for the other. On the wire they are what they always were (an
//! `integer` or, for a region, its six-digit code as a `string`): serde sees through them, and
//! API fields that hold them say so with `#[schema(value_type = i64)]` /
//! `#[schema(value_type = String)]`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A numeric identifier the database assigns.
pub trait NumericId: Copy + fmt::Display + From<i64> + Into<i64> {}

macro_rules! numeric_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// Wraps a raw id.
            pub const fn new(raw: i64) -> Self {
                Self(raw)
            }

            /// The raw number, for queries and the wire.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl From<i64> for $name {
            fn from(raw: i64) -> Self {
                Self(raw)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl NumericId for $name {}

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

numeric_id!(
    /// A target sheet (绩效目标表).
    SheetId
);
numeric_id!(
    /// A special fund (专项资金).
    FundId
);
numeric_id!(
    /// One indicator of a sheet; stable across saves (SPEC §5.0).
    IndicatorId
);
numeric_id!(
    /// An API token.
    TokenId
);

/// A region's six-digit GB/T 2260 code, as written (whether it names a known region is a check,
/// not a property of the type).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct RegionCode(String);

impl RegionCode {
    /// Wraps a code.
    pub fn new(code: impl Into<String>) -> Self {
        Self(code.into())
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as an owned string.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for RegionCode {
    fn from(code: String) -> Self {
        Self(code)
    }
}

impl From<&str> for RegionCode {
    fn from(code: &str) -> Self {
        Self(code.to_owned())
    }
}

/// A code reads as its text wherever text is expected (`&code` is a `&str`).
impl std::ops::Deref for RegionCode {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for RegionCode {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<String> for RegionCode {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

impl AsRef<str> for RegionCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for RegionCode {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for RegionCode {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_their_number_on_the_wire() {
        let id = SheetId::new(42);
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<SheetId>("42").unwrap(), id);
        assert_eq!(id.to_string(), "42");
        assert_eq!(i64::from(FundId::from(7)), 7);
    }

    #[test]
    fn region_codes_are_their_text_on_the_wire() {
        let code = RegionCode::new("430200");
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"430200\"");
        assert_eq!(
            serde_json::from_str::<RegionCode>("\"430200\"").unwrap(),
            code
        );
        assert_eq!(code, "430200");
        assert_eq!(code.as_str(), "430200");
    }
}
