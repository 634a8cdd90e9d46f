//! Paging of lists: `page_size` (default 50, at most 500) and an opaque, URL-safe `page_token`.

use crate::http::problem::ApiError;

/// Items per page when `page_size` is not given.
pub const DEFAULT_PAGE_SIZE: u32 = 50;
/// Largest `page_size` accepted.
pub const MAX_PAGE_SIZE: u32 = 500;

/// A validated page request: the id after which to start, and how many items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Start after this id.
    pub after_id: i64,
    /// Items wanted.
    pub size: i64,
}

impl Page {
    /// Validates `page_size` and decodes `page_token`.
    pub fn from_params(page_size: Option<u32>, page_token: Option<&str>) -> Result<Page, ApiError> {
        let size = page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(ApiError::InvalidQuery {
                parameter: Some("page_size".into()),
                reason: format!("page_size must be between 1 and {MAX_PAGE_SIZE}, not {size}"),
            });
        }
        let after_id = match page_token {
            None | Some("") => 0,
            Some(token) => decode(token).ok_or_else(|| ApiError::InvalidQuery {
                parameter: Some("page_token".into()),
                reason:
                    "page_token is not one this service issued; pass next_page_token as it came"
                        .into(),
            })?,
        };
        Ok(Page {
            after_id,
            size: i64::from(size),
        })
    }

    /// The id after which to start, as the list's own kind of id.
    pub fn after<Id: From<i64>>(self) -> Id {
        Id::from(self.after_id)
    }

    /// How many rows to fetch: one more than the page, to know whether another page follows.
    pub fn fetch(self) -> i64 {
        self.size + 1
    }

    /// Trims the fetched rows to the page and returns the token of the next page, if any.
    pub fn finish<T, Id: Into<i64>>(
        self,
        items: &mut Vec<T>,
        id_of: impl Fn(&T) -> Id,
    ) -> Option<String> {
        if items.len() as i64 > self.size {
            items.truncate(self.size as usize);
            items.last().map(|last| encode(id_of(last).into()))
        } else {
            None
        }
    }
}

/// Encodes a position as a token: `c` and the id in hex (URL-safe, opaque to clients).
fn encode(after_id: i64) -> String {
    format!("c{after_id:x}")
}

/// Reads a token: exactly what [`encode`] writes (`c`, then 1–15 lower-case hex digits without
/// leading zeros), the pattern the spec gives for `page_token`.
fn decode(token: &str) -> Option<i64> {
    let hex = token.strip_prefix('c')?;
    if hex.is_empty()
        || hex.len() > 15
        || hex.starts_with('0')
        || !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return None;
    }
    i64::from_str_radix(hex, 16).ok().filter(|id| *id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_refuse_garbage() {
        let page = Page::from_params(Some(2), None).unwrap();
        let mut items = vec![1, 2, 3];
        let token = page.finish(&mut items, |i| *i).unwrap();
        assert_eq!(items, [1, 2]);
        assert_eq!(
            Page::from_params(Some(2), Some(&token)).unwrap().after_id,
            2
        );
        for bad in [
            "x",
            "c",
            "czz",
            "c-1",
            "c0",
            "c01",
            "cA",
            "c+1",
            "c1111111111111111",
        ] {
            assert!(Page::from_params(None, Some(bad)).is_err(), "{bad}");
        }
        assert!(Page::from_params(Some(0), None).is_err());
        assert!(Page::from_params(Some(501), None).is_err());
        assert_eq!(Page::from_params(None, None).unwrap().size, 50);
        let mut short = vec![1];
        assert_eq!(
            Page::from_params(Some(2), None)
                .unwrap()
                .finish(&mut short, |i| *i),
            None
        );
    }
}
