//! Rendered `GET /sheets/{id}` bodies, reused while the sheet and its fund keep their versions.
//!
//! A body depends on the sheet (its version changes with every write and every step of the
//! review cycle) and on its fund's name and year (the fund's version changes with them). Each
//! read asks the database for both versions, one primary-key lookup, and renders the sheet
//! again only when either differs from the cached entry's. So a cached body is never older
//! than the database, whichever instance or command wrote to it. The cache holds at most its
//! byte budget of bodies and starts again empty when full.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use bytes::Bytes;

use crate::domain::SheetId;

/// Rendered sheet bodies keyed by sheet id, within a byte budget.
#[derive(Debug)]
pub struct SheetCache {
    budget: usize,
    inner: Mutex<Inner>,
    hits: AtomicU64,
    misses: AtomicU64,
}

#[derive(Debug, Default)]
struct Inner {
    used: usize,
    entries: HashMap<SheetId, Entry>,
}

#[derive(Debug)]
struct Entry {
    sheet_version: i64,
    fund_version: i64,
    body: Bytes,
}

impl SheetCache {
    /// A cache holding at most `budget` bytes of bodies; 0 turns it off.
    pub fn new(budget: usize) -> SheetCache {
        SheetCache {
            budget,
            inner: Mutex::new(Inner::default()),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Whether bodies are kept at all.
    pub fn enabled(&self) -> bool {
        self.budget > 0
    }

    /// The body of sheet `id` rendered at these versions, if kept.
    /// Counts a hit or a miss ([`SheetCache::hits`], [`SheetCache::misses`]).
    pub fn get(&self, id: SheetId, sheet_version: i64, fund_version: i64) -> Option<Bytes> {
        let found = self.inner.lock().ok().and_then(|inner| {
            inner
                .entries
                .get(&id)
                .filter(|e| e.sheet_version == sheet_version && e.fund_version == fund_version)
                .map(|e| e.body.clone())
        });
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Reads served from the cache since start.
    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }

    /// Reads that found no body at the current versions and rendered the sheet, since start
    /// (none while the cache is off: reads then skip it).
    pub fn misses(&self) -> u64 {
        self.misses.load(Ordering::Relaxed)
    }

    /// Keeps the body of sheet `id` rendered at these versions, replacing an older one.
    pub fn put(&self, id: SheetId, sheet_version: i64, fund_version: i64, body: Bytes) {
        if body.len() > self.budget / 4 {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if let Some(old) = inner.entries.remove(&id) {
            inner.used -= old.body.len();
        }
        if inner.used + body.len() > self.budget {
            inner.entries.clear();
            inner.used = 0;
        }
        inner.used += body.len();
        inner.entries.insert(
            id,
            Entry {
                sheet_version,
                fund_version,
                body,
            },
        );
    }

    /// Bytes of bodies held.
    #[cfg(test)]
    fn used(&self) -> usize {
        self.inner.lock().map(|i| i.used).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> Bytes {
        Bytes::from(vec![b'x'; n])
    }

    #[test]
    fn a_body_is_served_only_at_the_versions_it_was_rendered_at() {
        let cache = SheetCache::new(1000);
        cache.put(SheetId::new(1), 3, 7, Bytes::from_static(b"v3"));
        assert_eq!(
            cache.get(SheetId::new(1), 3, 7).as_deref(),
            Some(&b"v3"[..])
        );
        assert_eq!(cache.get(SheetId::new(1), 4, 7), None);
        assert_eq!(cache.get(SheetId::new(1), 3, 8), None);
        assert_eq!(cache.get(SheetId::new(2), 3, 7), None);
        cache.put(SheetId::new(1), 4, 7, Bytes::from_static(b"v4!"));
        assert_eq!(cache.get(SheetId::new(1), 3, 7), None);
        assert_eq!(
            cache.get(SheetId::new(1), 4, 7).as_deref(),
            Some(&b"v4!"[..])
        );
        assert_eq!(cache.used(), 3);
        assert_eq!((cache.hits(), cache.misses()), (2, 4));
    }

    #[test]
    fn the_budget_holds() {
        let cache = SheetCache::new(1000);
        for id in 0..20 {
            cache.put(SheetId::new(id), 1, 1, body(200));
            assert!(cache.used() <= 1000);
        }
        assert_eq!(
            cache.get(SheetId::new(19), 1, 1).map(|b| b.len()),
            Some(200)
        );
        // A body larger than a quarter of the budget is not kept.
        cache.put(SheetId::new(99), 1, 1, body(251));
        assert_eq!(cache.get(SheetId::new(99), 1, 1), None);
        let off = SheetCache::new(0);
        assert!(!off.enabled());
        off.put(SheetId::new(1), 1, 1, body(1));
        assert_eq!(off.get(SheetId::new(1), 1, 1), None);
    }
}
