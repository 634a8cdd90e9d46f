//! Exact rational numbers for the arithmetic of scores (SPEC §6.3: "exact decimals throughout").
//!
//! A weight such as 50 ÷ 6 has no finite decimal form, and a decimal type cuts it off after 28
//! digits: multiplied by 15.03 ÷ 50 it then gives 2.50499… instead of 2.505, which rounds to
//! 2.50 instead of 2.51. Scores are therefore computed as fractions of integers and rounded once,
//! half-up, at the places the SPEC names.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::ops::{Add, Div, Mul, Sub};

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::{BigRational, Ratio};
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub, One, Signed, ToPrimitive, Zero};
use rust_decimal::Decimal;

/// An exact rational number: a fraction of 128-bit integers while it fits (every weight, rate
/// and score of a sheet does), of big integers beyond. Always reduced, and held in the small
/// form whenever it fits, so that one number has one form.
#[derive(Debug, Clone)]
pub struct Exact(Repr);

#[derive(Debug, Clone)]
enum Repr {
    Small(Ratio<i128>),
    Big(BigRational),
}

/// A small fraction kept as it is, unless it touches `i128::MIN` (which has no negation).
fn small(r: Ratio<i128>) -> Option<Exact> {
    (*r.numer() != i128::MIN && *r.denom() != i128::MIN).then_some(Exact(Repr::Small(r)))
}

/// A big fraction, in the small form when it fits.
fn big(r: BigRational) -> Exact {
    match (r.numer().to_i128(), r.denom().to_i128()) {
        (Some(n), Some(d)) if n != i128::MIN && d != i128::MIN => {
            Exact(Repr::Small(Ratio::new_raw(n, d)))
        }
        _ => Exact(Repr::Big(r)),
    }
}

impl Exact {
    /// 0.
    pub fn zero() -> Self {
        Exact(Repr::Small(Ratio::zero()))
    }

    /// 1.
    pub fn one() -> Self {
        Exact(Repr::Small(Ratio::one()))
    }

    /// Whether it is 0.
    pub fn is_zero(&self) -> bool {
        match &self.0 {
            Repr::Small(r) => r.is_zero(),
            Repr::Big(r) => r.is_zero(),
        }
    }

    /// Whether it is below 0.
    pub fn is_negative(&self) -> bool {
        match &self.0 {
            Repr::Small(r) => r.is_negative(),
            Repr::Big(r) => r.is_negative(),
        }
    }

    /// The smaller of the two.
    pub fn min(self, other: Exact) -> Exact {
        Ord::min(self, other)
    }

    /// The larger of the two.
    pub fn max(self, other: Exact) -> Exact {
        Ord::max(self, other)
    }

    /// The big form.
    fn as_big(&self) -> Cow<'_, BigRational> {
        match &self.0 {
            Repr::Small(r) => Cow::Owned(BigRational::new_raw(
                BigInt::from(*r.numer()),
                BigInt::from(*r.denom()),
            )),
            Repr::Big(r) => Cow::Borrowed(r),
        }
    }

    /// Rounded half-up (away from zero) to `places` decimals. Saturates at the largest decimal
    /// (far beyond any amount, rate or score the service computes).
    pub fn round(&self, places: u32) -> Decimal {
        if let Repr::Small(r) = &self.0 {
            // n × 10^places ÷ d in 128 bits when it fits (d > 0).
            let scaled = 10i128
                .checked_pow(places)
                .and_then(|p| i128::checked_mul(*r.numer(), p));
            if let Some(n) = scaled {
                let d = *r.denom();
                let (mut q, rem) = (n / d, n % d); // truncated towards zero
                if rem.abs() >= d - rem.abs() {
                    q += n.signum();
                }
                if let Ok(v) = Decimal::try_from_i128_with_scale(q, places) {
                    return v;
                }
            }
        }
        let big = self.as_big();
        let scaled = &*big * BigRational::from_integer(BigInt::from(10u8).pow(places));
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

impl PartialEq for Exact {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Exact {}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Self) -> Ordering {
        match (&self.0, &other.0) {
            (Repr::Small(a), Repr::Small(b)) => a.cmp(b),
            _ => self.as_big().cmp(&other.as_big()),
        }
    }
}

impl From<Decimal> for Exact {
    fn from(d: Decimal) -> Self {
        // |mantissa| < 2^96 and 10^scale ≤ 10^28: both fit in 128 bits.
        Exact(Repr::Small(Ratio::new(d.mantissa(), 10i128.pow(d.scale()))))
    }
}

impl From<i64> for Exact {
    fn from(n: i64) -> Self {
        Exact(Repr::Small(Ratio::from_integer(i128::from(n))))
    }
}

macro_rules! op {
    ($trait:ident, $method:ident, $checked:ident) => {
        impl $trait<&Exact> for &Exact {
            type Output = Exact;
            fn $method(self, rhs: &Exact) -> Exact {
                if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &rhs.0) {
                    if let Some(r) = a.$checked(b).and_then(small) {
                        return r;
                    }
                }
                big($trait::$method(&*self.as_big(), &*rhs.as_big()))
            }
        }
        impl $trait for Exact {
            type Output = Exact;
            fn $method(self, rhs: Exact) -> Exact {
                $trait::$method(&self, &rhs)
            }
        }
        impl $trait<Decimal> for Exact {
            type Output = Exact;
            fn $method(self, rhs: Decimal) -> Exact {
                $trait::$method(&self, &Exact::from(rhs))
            }
        }
        impl $trait<Decimal> for &Exact {
            type Output = Exact;
            fn $method(self, rhs: Decimal) -> Exact {
                $trait::$method(self, &Exact::from(rhs))
            }
        }
    };
}
op!(Add, add, checked_add);
op!(Sub, sub, checked_sub);
op!(Mul, mul, checked_mul);
// Division by zero panics: callers divide only by a non-zero target, budget or count.
op!(Div, div, checked_div);

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

    #[test]
    fn the_small_and_the_big_form_agree() {
        // Beyond 128 bits and back: the same number, equal and ordered as one.
        let huge = Exact::from(Decimal::MAX) * Exact::from(Decimal::MAX);
        let back = &(&huge / &Exact::from(Decimal::MAX)) / &Exact::from(Decimal::MAX);
        assert_eq!(back, Exact::one());
        assert!(matches!(back.0, Repr::Small(_)), "shrunk back: {back:?}");
        assert!(huge > Exact::from(Decimal::MAX));
        assert!(Exact::from(-1) < huge);
        // A product whose small form overflows is computed in the big form, exactly.
        let p = Exact::from(d("79228162514264337593543950335")) * d("3");
        assert_eq!(
            p.round(0).to_string(),
            Decimal::MAX.to_string(),
            "saturates"
        );
        let third = Exact::from(d("0.0000000000000000000000000001")) / Exact::from(3);
        assert_eq!(third.round(28), d("0.0000000000000000000000000000"));
        assert_eq!(
            (&third * &Exact::from(3)).round(28),
            d("0.0000000000000000000000000001")
        );
        // Rounding at many places takes the big form when 10^places × n does not fit.
        let w = Exact::from(d("0.1234567890123456789012345678")) / Exact::from(7);
        assert!(matches!(w.0, Repr::Small(_)));
        assert_eq!(w.round(24), d("0.017636684144620811271605"));
    }

    fn reference(d: Decimal) -> BigRational {
        BigRational::new(
            BigInt::from(d.mantissa()),
            BigInt::from(10u8).pow(d.scale()),
        )
    }

    proptest::proptest! {
        /// The 128-bit fast path gives what big integers give, at every size.
        #[test]
        fn the_fast_path_is_the_big_arithmetic(
            a in (-(10i128.pow(27))..10i128.pow(27), 0u32..=20),
            b in (1i128..10i128.pow(27), 0u32..=20),
            c in (-(10i128.pow(18))..10i128.pow(18), 0u32..=10),
            places in 0u32..=24,
        ) {
            let [a, b, c] = [a, b, c].map(|(m, s)| Decimal::from_i128_with_scale(m, s));
            let fast = (Exact::from(a) / b * c + a - c) * Exact::from(b);
            let slow = (reference(a) / reference(b) * reference(c) + reference(a) - reference(c))
                * reference(b);
            proptest::prop_assert_eq!(&fast, &big(slow.clone()));
            proptest::prop_assert_eq!(fast.round(places), Exact(Repr::Big(slow)).round(places));
        }
    }
}
