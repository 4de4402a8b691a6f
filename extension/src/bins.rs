//! The wasm module's allocator: blocks of power-of-two sizes, one free list per size. An
//! analysis makes a few thousand small allocations (the snapshot's strings, normalised texts,
//! signals) and frees them all before it returns; taking a block is popping a list, freeing it
//! is pushing it back, and a `String` or `Vec` that grows within its block stays where it is.
//! The general-purpose allocator this replaces (talc) spent 8% of an analysis of the largest
//! fixture finding and merging gaps (docs/BENCHMARKS.md, "Extension").
//!
//! Memory comes from `memory.grow` and never goes back (wasm memory cannot shrink, with any
//! allocator); a freed block serves the next request of its size, so repeated analyses settle
//! on the memory of the largest one. Single-threaded wasm only (no `atomics`).
//!
//! `GlobalAlloc` is an unsafe contract, so this module is the workspace's one exception to
//! `unsafe_code = "deny"`; its tests check the contract's promises (aligned, disjoint blocks;
//! bytes kept across `realloc`).
#![allow(unsafe_code)]

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// The smallest block: 16 bytes (and every block's alignment, at least).
const MIN_SHIFT: u32 = 4;
/// Sizes 16 B to 2 GiB.
const CLASSES: usize = 28;
/// Fresh memory is asked for in steps of at least 1 MiB.
const STEP: usize = 1 << 20;

/// Where fresh memory comes from: `memory.grow` in the module, a buffer in the tests. Returns
/// the start of `bytes` (a multiple of 64 KiB) more bytes, or `None`.
pub type Grow = fn(bytes: usize) -> Option<usize>;

/// The allocator's state: a free list per size class and the unused end of the last memory
/// taken.
pub struct Bins {
    state: UnsafeCell<State>,
}

struct State {
    free: [usize; CLASSES],
    next: usize,
    end: usize,
    grow: Grow,
}

// The module is single-threaded: there is never a second thread to race with.
unsafe impl Sync for Bins {}

impl Bins {
    /// An allocator taking fresh memory from `grow`.
    pub const fn new(grow: Grow) -> Self {
        Bins {
            state: UnsafeCell::new(State {
                free: [0; CLASSES],
                next: 0,
                end: 0,
                grow,
            }),
        }
    }
}

/// The size class of a layout: the power of two at least its size and its alignment.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_SHIFT);
    let shift = size.checked_next_power_of_two()?.trailing_zeros();
    let class = (shift - MIN_SHIFT) as usize;
    (class < CLASSES).then_some(class)
}

impl State {
    /// A block of `class`, aligned to `align`: a freed one, else fresh memory.
    unsafe fn take(&mut self, class: usize, align: usize) -> *mut u8 {
        let head = self.free[class];
        if head != 0 && head % align == 0 {
            // A free block's first word is the next free block of its class.
            self.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << (class as u32 + MIN_SHIFT);
        let mut start = self.next.next_multiple_of(align);
        if start.checked_add(size).is_none_or(|end| end > self.end) {
            let want = (size + align).max(STEP).next_multiple_of(1 << 16);
            let Some(at) = (self.grow)(want) else {
                return null_mut();
            };
            // New memory follows the old unless something else grew the memory in between.
            if at != self.end {
                self.next = at;
            }
            self.end = at + want;
            start = self.next.next_multiple_of(align);
        }
        self.next = start + size;
        start as *mut u8
    }

    unsafe fn give(&mut self, ptr: *mut u8, class: usize) {
        unsafe { *(ptr as *mut usize) = self.free[class] };
        self.free[class] = ptr as usize;
    }
}

unsafe impl GlobalAlloc for Bins {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class(layout) else {
            return null_mut();
        };
        let align = layout.align().max(1 << MIN_SHIFT);
        unsafe { (*self.state.get()).take(class, align) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class(layout) {
            unsafe { (*self.state.get()).give(ptr, class) };
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        // Growing or shrinking within its block, a value stays where it is.
        if class(new) == class(layout) {
            return ptr;
        }
        let moved = unsafe { self.alloc(new) };
        if !moved.is_null() {
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        moved
    }
}

/// `memory.grow` of the module's memory, in 64 KiB pages.
#[cfg(target_family = "wasm")]
pub fn memory_grow(bytes: usize) -> Option<usize> {
    let old = core::arch::wasm32::memory_grow(0, bytes >> 16);
    (old != usize::MAX).then_some(old << 16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// 64 MiB of test memory, handed out in `grow`'s steps.
    static ARENA: Mutex<(usize, usize)> = Mutex::new((0, 0));

    fn grow(bytes: usize) -> Option<usize> {
        let mut arena = ARENA.lock().ok()?;
        if arena.0 == 0 {
            let memory = Box::leak(vec![0u8; (64 << 20) + (1 << 16)].into_boxed_slice());
            let start = (memory.as_mut_ptr() as usize).next_multiple_of(1 << 16);
            *arena = (start, start + (64 << 20));
        }
        let at = arena.0;
        (at + bytes <= arena.1).then(|| {
            arena.0 += bytes;
            at
        })
    }

    #[test]
    fn blocks_are_aligned_apart_and_reused() {
        let bins = Bins::new(grow);
        let mut live: Vec<(usize, Layout)> = Vec::new();
        let mut seed = 7u64;
        for round in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let size = 1 + (seed >> 33) as usize % if round % 97 == 0 { 300_000 } else { 200 };
            let align = 1 << ((seed >> 20) % 7);
            let layout = Layout::from_size_align(size, align).unwrap();
            if seed % 3 == 0 && !live.is_empty() {
                let (p, l) = live.swap_remove((seed >> 40) as usize % live.len());
                unsafe { bins.dealloc(p as *mut u8, l) };
                continue;
            }
            let p = unsafe { bins.alloc(layout) } as usize;
            assert_ne!(p, 0);
            assert_eq!(p % align, 0, "{layout:?}");
            // No live block overlaps the new one.
            for &(q, l) in &live {
                assert!(
                    p + size <= q || q + l.size() <= p,
                    "{p:x}+{size} over {q:x}+{}",
                    l.size()
                );
            }
            live.push((p, layout));
        }
        // A freed block serves the next request of its size.
        let l = Layout::from_size_align(40, 8).unwrap();
        let a = unsafe { bins.alloc(l) };
        unsafe { bins.dealloc(a, l) };
        assert_eq!(unsafe { bins.alloc(l) }, a);
    }

    #[test]
    fn realloc_keeps_the_bytes_and_stays_within_a_block() {
        let bins = Bins::new(grow);
        let l = Layout::from_size_align(20, 4).unwrap();
        let p = unsafe { bins.alloc(l) };
        unsafe { std::ptr::copy_nonoverlapping(b"twenty bytes, please".as_ptr(), p, 20) };
        // 20 and 30 bytes share the 32-byte block.
        assert_eq!(unsafe { bins.realloc(p, l, 30) }, p);
        let l30 = Layout::from_size_align(30, 4).unwrap();
        let moved = unsafe { bins.realloc(p, l30, 100) };
        assert_ne!(moved, p);
        assert_eq!(
            unsafe { std::slice::from_raw_parts(moved, 20) },
            b"twenty bytes, please"
        );
    }
}
