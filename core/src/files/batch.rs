//! Work on all cores, results in input order, memory bounded: worker threads take the next
//! item as they free up, and the caller's thread hands each result on in order as soon as it
//! and every one before it are done, while the workers go on. A worker takes an item only
//! when it is less than a window ahead of the last result handed on, so at most a window of
//! results waits at any time.

use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, MutexGuard};

/// How many items per thread the window holds: enough that a slow item does not hold the
/// workers back, few enough that the results waiting for it stay small.
pub const PER_THREAD: usize = 32;

/// The most worker threads a batch runs: more would only wait on the disk and each other,
/// and an operating system may refuse to start hundreds.
pub const MAX_THREADS: usize = 64;

/// Maps `work` over `items` on `threads` threads and hands each result to `emit` with its
/// index, in the order of `items`, on the calling thread; `emit` returns `false` to stop
/// (items already taken finish first, nothing after them starts). At most
/// `threads × PER_THREAD` results are held at a time. With one thread everything runs on
/// the calling thread.
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
    let threads = threads.clamp(1, items.len().clamp(1, MAX_THREADS));
    if threads == 1 {
        for (i, item) in items.iter().enumerate() {
            if !emit(i, work(item)) {
                return;
            }
        }
        return;
    }
    let window = threads * PER_THREAD;
    let queue = Queue {
        state: Mutex::new(Claims {
            next: 0,
            emitted: 0,
            stop: false,
        }),
        room: Condvar::new(),
        len: items.len(),
        window,
    };
    let (results, received) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (results, queue, work) = (results.clone(), &queue, &work);
            scope.spawn(move || {
                while let Some(i) = queue.claim() {
                    if results.send((i, work(&items[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(results);
        // results that came early, from index `done` on
        let mut early: VecDeque<Option<R>> = VecDeque::with_capacity(window);
        let mut done = 0;
        'results: for (i, r) in received {
            let at = i - done;
            if early.len() <= at {
                early.resize_with(at + 1, || None);
            }
            early[at] = Some(r);
            while let Some(r) = early.front_mut().and_then(Option::take) {
                early.pop_front();
                let go_on = emit(done, r);
                done += 1;
                if !go_on {
                    queue.stop();
                    break 'results;
                }
            }
            queue.emitted(done);
        }
    });
}

/// Which items the workers have taken and the caller has handed on.
struct Claims {
    next: usize,
    emitted: usize,
    stop: bool,
}

/// The shared state of a run: the claims, and a signal when the window moves on.
struct Queue {
    state: Mutex<Claims>,
    room: Condvar,
    len: usize,
    window: usize,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, Claims> {
        // the state is three integers always left consistent: a poisoned lock is still sound
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The next item for a worker, waiting while it would be a window ahead; `None` when
    /// every item is taken or the run stopped.
    fn claim(&self) -> Option<usize> {
        let mut s = self.lock();
        loop {
            if s.stop || s.next >= self.len {
                return None;
            }
            if s.next < s.emitted + self.window {
                s.next += 1;
                return Some(s.next - 1);
            }
            s = self.room.wait(s).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn emitted(&self, done: usize) {
        self.lock().emitted = done;
        self.room.notify_all();
    }

    fn stop(&self) {
        self.lock().stop = true;
        self.room.notify_all();
    }
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

    #[test]
    fn workers_stay_within_a_window_of_the_caller() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let items: Vec<usize> = (0..2000).collect();
        let started = AtomicUsize::new(0);
        let window = 2 * PER_THREAD;
        let mut worst = 0;
        for_each_ordered(
            &items,
            2,
            |&n| {
                started.fetch_add(1, Ordering::SeqCst);
                // uneven work, so results come out of order
                (0..(n % 7) * 500).fold(n, |a, b| a.wrapping_add(b))
            },
            |i, _| {
                // every item started is at most a window ahead of the one handed on
                worst = worst.max(started.load(Ordering::SeqCst) - i);
                true
            },
        );
        assert!(worst <= window, "{worst} items ahead, window {window}");
        assert_eq!(started.load(Ordering::SeqCst), items.len());

        let started = AtomicUsize::new(0);
        for_each_ordered(
            &items,
            2,
            |_| started.fetch_add(1, Ordering::SeqCst),
            |i, _| i < 100,
        );
        let n = started.load(Ordering::SeqCst);
        assert!(n <= 101 + window, "{n} items started after a stop at 100");
    }
}
