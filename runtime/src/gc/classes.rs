//! Size classes of the small-object space: every small object gets a cell of the
//! smallest class that holds it. Steps of 8 bytes up to 128, then eight steps per
//! doubling up to [`SMALL_MAX`], so internal waste stays under 12.5% past 128 bytes.

/// The largest small object; bigger ones go to the large-object space.
pub const SMALL_MAX: usize = 4096;

/// Number of size classes.
pub const COUNT: usize = count();

/// Cell size of each class, ascending.
pub const SIZES: [u32; COUNT] = sizes();

/// Class index by `size.div_ceil(8)`, for sizes up to `SMALL_MAX`.
static BY_WORDS: [u8; SMALL_MAX / 8 + 1] = by_words();

const fn next(size: u32) -> u32 {
    match size < 128 {
        true => size + 8,
        // A eighth of the largest power of two not above `size`.
        false => size + (1 << (31 - size.leading_zeros())) / 8,
    }
}

const fn count() -> usize {
    let mut n = 0;
    let mut s = 16;
    while s as usize <= SMALL_MAX {
        n += 1;
        s = next(s);
    }
    n
}

const fn sizes() -> [u32; COUNT] {
    let mut out = [0u32; COUNT];
    let mut i = 0;
    let mut s = 16;
    while i < COUNT {
        out[i] = s;
        s = next(s);
        i += 1;
    }
    out
}

const fn by_words() -> [u8; SMALL_MAX / 8 + 1] {
    let mut out = [0u8; SMALL_MAX / 8 + 1];
    let mut w = 0;
    let mut c = 0;
    while w <= SMALL_MAX / 8 {
        while (SIZES[c] as usize) < w * 8 {
            c += 1;
        }
        out[w] = c as u8;
        w += 1;
    }
    out
}

/// The class of a small object of `size` bytes (`size <= SMALL_MAX`).
#[inline]
pub fn class_of(size: usize) -> usize {
    BY_WORDS[size.div_ceil(8)] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_ascend_by_at_most_an_eighth_and_fit() {
        assert_eq!(SIZES[0], 16);
        assert_eq!(SIZES[COUNT - 1] as usize, SMALL_MAX);
        for w in SIZES.windows(2) {
            assert!(w[0] < w[1] && w[0] % 8 == 0);
            assert!(w[1] - w[0] <= (w[0] / 8).max(8), "{w:?}");
        }
        for size in 1..=SMALL_MAX {
            let c = class_of(size);
            assert!(SIZES[c] as usize >= size);
            assert!(c == 0 || (SIZES[c - 1] as usize) < size, "{size}");
        }
    }
}
