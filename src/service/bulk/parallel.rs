//! Work on the items of an upload shared out over the machine's cores: the checks of a bulk
//! upload read nothing and write nothing, so that they can run on several threads while the
//! upload's transaction waits, and the results come back in the items' order.

/// The fewest items worth a thread of their own: below this, starting a thread costs more than
/// it saves.
const MIN_ITEMS_PER_THREAD: usize = 64;

/// The most threads one upload uses, however many cores the machine has.
const MAX_THREADS: usize = 8;

/// How many threads `len` items are shared out over on this machine (its available
/// parallelism, which honours a container's CPU quota).
fn threads_for(len: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    cores
        .min(MAX_THREADS)
        .min(len / MIN_ITEMS_PER_THREAD)
        .max(1)
}

/// `f` applied to every item, in order, the items shared out in contiguous runs over
/// [`threads_for`] threads (the calling thread taking the first run). A panic in `f` is raised
/// again on the calling thread.
pub(super) fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = threads_for(items.len());
    if threads == 1 {
        return items.into_iter().map(f).collect();
    }
    let per_thread = items.len().div_ceil(threads);
    let mut runs = Vec::with_capacity(threads);
    let mut items = items;
    while items.len() > per_thread {
        let rest = items.split_off(per_thread);
        runs.push(items);
        items = rest;
    }
    runs.push(items);
    let f = &f;
    std::thread::scope(|scope| {
        let mut runs = runs.into_iter();
        let first = runs.next().unwrap_or_default();
        let others: Vec<_> = runs
            .map(|run| scope.spawn(move || run.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out: Vec<R> = first.into_iter().map(f).collect();
        for handle in others {
            match handle.join() {
                Ok(results) => out.extend(results),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_of_the_items_whatever_their_number() {
        for len in [0, 1, 63, 64, 127, 128, 129, 1_000, 1_001] {
            let items: Vec<usize> = (0..len).collect();
            let out = map(items, |i| i * 2);
            assert_eq!(
                out,
                (0..len).map(|i| i * 2).collect::<Vec<_>>(),
                "{len} items"
            );
        }
    }

    #[test]
    fn shares_out_only_runs_worth_a_thread() {
        assert_eq!(threads_for(0), 1);
        assert_eq!(threads_for(MIN_ITEMS_PER_THREAD - 1), 1);
        assert!(threads_for(100_000) <= MAX_THREADS);
        assert!(threads_for(100_000) >= 1);
    }

    #[test]
    #[should_panic(expected = "item 900")]
    fn raises_a_panic_of_another_thread_again() {
        let items: Vec<usize> = (0..1_000).collect();
        map(items, |i| {
            if i == 900 {
                panic!("item 900");
            }
            i
        });
    }
}
