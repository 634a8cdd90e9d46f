//! Exact rational numbers for the arithmetic of scores (SPEC §6.3: "exact decimals throughout").
//!
//! A weight such as 50 ÷ 6 has no finite decimal form, and a decimal type cuts it off after 28
//! digits: multiplied by 15.03 ÷ 50 it then gives 2.50499… instead of 2.505, which rounds to
//! 2.50 instead of 2.51. Scores are therefore computed as fractions of integers and rounded once,
//! half-up, at the places the SPEC names.

use std::cmp::Ordering;
use std::ops::{Add, Div, Mul, Sub};

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use rust_decimal::Decimal;

/// An exact rational number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Exact(BigRational);

impl Exact {
    /// 0.
    pub fn zero() -> Self {
        Exact(BigRational::zero())
    }

    /// 1.
    pub fn one() -> Self {
        Exact(BigRational::one())
    }

    /// Whether it is 0.
    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
    }

    /// Whether it is below 0.
    pub fn is_negative(&self) -> bool {
        self.0.is_negative()
    }

    /// The smaller of the two.
    pub fn min(self, other: Exact) -> Exact {
        Ord::min(self, other)
    }

    /// The larger of the two.
    pub fn max(self, other: Exact) -> Exact {
        Ord::max(self, other)
    }

    /// Rounded half-up (away from zero) to `places` decimals. Saturates at the largest decimal
    /// (far beyond any amount, rate or score the service computes).
    pub fn round(&self, places: u32) -> Decimal {
        let scaled = &self.0 * BigRational::from_integer(BigInt::from(10u8).pow(places));
        let (numer, denom) = (scaled.numer(), scaled.denom()); // denom > 0
        let (mut q, r) = numer.div_rem(denom); // truncated towards zero
        if (r.abs() * 2u8).cmp(denom) != Ordering::Less {
            q += numer.signum();
        }
        q.to_i128()
            .and_then(|q| Decimal::try_from_i128_with_scale(q, places).ok())
            .unwrap_or(if numer.is_negative() {
                Decimal::MIN
            } else {
                Decimal::MAX
            })
    }
}

impl From<Decimal> for Exact {
    fn from(d: Decimal) -> Self {
        Exact(BigRational::new(
            BigInt::from(d.mantissa()),
            BigInt::from(10u8).pow(d.scale()),
        ))
    }
}

impl From<i64> for Exact {
    fn from(n: i64) -> Self {
        Exact(BigRational::from_integer(BigInt::from(n)))
    }
}

macro_rules! op {
    ($trait:ident, $method:ident) => {
        impl $trait for Exact {
            type Output = Exact;
            fn $method(self, rhs: Exact) -> Exact {
                Exact($trait::$method(self.0, rhs.0))
            }
        }
        impl $trait<&Exact> for &Exact {
            type Output = Exact;
            fn $method(self, rhs: &Exact) -> Exact {
                Exact($trait::$method(&self.0, &rhs.0))
            }
        }
        impl $trait<Decimal> for Exact {
            type Output = Exact;
            fn $method(self, rhs: Decimal) -> Exact {
                Exact($trait::$method(self.0, Exact::from(rhs).0))
            }
        }
        impl $trait<Decimal> for &Exact {
            type Output = Exact;
            fn $method(self, rhs: Decimal) -> Exact {
                Exact($trait::$method(&self.0, Exact::from(rhs).0))
            }
        }
    };
}
op!(Add, add);
op!(Sub, sub);
op!(Mul, mul);
// Division by zero panics: callers divide only by a non-zero target, budget or count.
op!(Div, div);

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_fraction_times_a_repeating_weight_is_exact() {
        // 15.03 ÷ 50 × 50/6 = 2.505 exactly: half-up gives 2.51 (a decimal type gives 2.50).
        let w = Exact::from(d("50")) / Exact::from(6);
        let s = w * d("15.03") / d("50");
        assert_eq!(s.round(2), d("2.51"));
        assert_eq!(s.round(3), d("2.505"));
        // 100.3 ÷ 300 × 15 = 5.015 → 5.02.
        assert_eq!(
            (Exact::from(d("100.3")) / d("300") * d("15")).round(2),
            d("5.02")
        );
    }

    #[test]
    fn rounding_is_half_away_from_zero_and_keeps_the_places() {
        assert_eq!(Exact::from(d("2.345")).round(2).to_string(), "2.35");
        assert_eq!(Exact::from(d("-2.345")).round(2).to_string(), "-2.35");
        assert_eq!(Exact::from(d("2.3449")).round(2).to_string(), "2.34");
        assert_eq!(Exact::from(d("7")).round(2).to_string(), "7.00");
        assert_eq!((Exact::from(50) / Exact::from(3)).round(4), d("16.6667"));
        assert_eq!((Exact::from(-50) / Exact::from(3)).round(4), d("-16.6667"));
        assert_eq!((Exact::from(2) / Exact::from(3)).round(0), d("1"));
    }

    #[test]
    fn compares_and_clamps() {
        let third = Exact::from(1) / Exact::from(3);
        assert!(third < Exact::from(d("0.3334")));
        assert!(third > Exact::from(d("0.3333")));
        assert_eq!(third.clone().min(Exact::one()), third);
        assert_eq!(Exact::from(-1).max(Exact::zero()), Exact::zero());
        assert!(Exact::from(-1).is_negative() && Exact::zero().is_zero());
    }

    #[test]
    fn saturates_instead_of_overflowing() {
        let huge = Exact::from(Decimal::MAX) * Exact::from(Decimal::MAX);
        assert_eq!(huge.round(2), Decimal::MAX);
    }
}
