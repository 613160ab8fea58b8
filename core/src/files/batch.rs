//! Work on all cores, results in input order, memory bounded: items go out in windows of a
//! few per thread; within a window the threads take the next item as they free up, and the
//! window's results are handed on in order before the next window starts.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many items per thread a window holds: enough that the wait for the slowest item of a
/// window is a small share of the window's time.
pub const PER_THREAD: usize = 32;

/// Maps `work` over `items` on `threads` threads and hands each result to `emit` with its
/// index, in the order of `items`; `emit` returns `false` to stop (the running window
/// finishes first). At most `threads × PER_THREAD` results are held at a time.
///
/// ```
/// let mut seen = Vec::new();
/// fazhi::files::for_each_ordered(&[3, 1, 2], 2, |n| n * 10, |i, r| {
///     seen.push((i, r));
///     true
/// });
/// assert_eq!(seen, [(0, 30), (1, 10), (2, 20)]);
/// ```
pub fn for_each_ordered<T, R, W, E>(items: &[T], threads: usize, work: W, mut emit: E)
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
    E: FnMut(usize, R) -> bool,
{
    let threads = threads.clamp(1, items.len().max(1));
    let window = threads * PER_THREAD;
    for (w, chunk) in items.chunks(window).enumerate() {
        let results = map_window(chunk, threads, &work);
        for (i, r) in results.into_iter().enumerate() {
            if !emit(w * window + i, r) {
                return;
            }
        }
    }
}

/// The results of one window, in order.
fn map_window<T, R, W>(chunk: &[T], threads: usize, work: &W) -> Vec<R>
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
{
    if threads == 1 || chunk.len() == 1 {
        return chunk.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<R>>> = chunk.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads.min(chunk.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = chunk.get(i) else { break };
                    let r = work(item);
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some(r);
                    }
                }
            });
        }
    });
    slots
        .into_iter()
        .filter_map(|s| s.into_inner().ok().flatten())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_on_many_threads_and_emit_can_stop() {
        let items: Vec<u64> = (0..1000).collect();
        let mut got = Vec::new();
        for_each_ordered(
            &items,
            4,
            |n| n * n,
            |i, r| {
                got.push((i, r));
                true
            },
        );
        assert_eq!(got.len(), 1000);
        assert!(got.iter().all(|&(i, r)| r == (i as u64) * (i as u64)));
        let mut count = 0;
        for_each_ordered(
            &items,
            2,
            |n| *n,
            |_, _| {
                count += 1;
                count < 10
            },
        );
        assert_eq!(count, 10);
        for_each_ordered(&[] as &[u8], 3, |_| 0, |_, _| unreachable!());
    }
}
