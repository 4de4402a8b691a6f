//! Edit distance for typo detection: Damerau-Levenshtein (insertions, deletions,
//! substitutions and transpositions of adjacent characters, in any combination), because
//! "gmial" is one slip of the fingers, not two, and two slips may touch the same letters
//! ("gmail" -> "gmial" -> "gmijal").

use crate::prelude::*;

/// The Damerau-Levenshtein distance between `a` and `b`, or `None` when it is more than
/// `max` (checked cheaply from the lengths first, so long input costs nothing).
pub(super) fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    // A char takes one to four bytes: reject from byte lengths before touching the text, so a
    // megabyte of typed host costs nothing per comparison.
    if a.len().div_ceil(4) > b.len() + max || b.len().div_ceil(4) > a.len() + max {
        return None;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let d = damerau(&a, &b);
    (d <= max).then_some(d)
}

/// Lowrance and Wagner's algorithm; `table[i + 1][j + 1]` is the distance between the first
/// `i` characters of `a` and the first `j` of `b`, with a border row and column of "infinity".
fn damerau(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    let infinity = n + m;
    let mut table = vec![vec![0usize; m + 2]; n + 2];
    table[0][0] = infinity;
    for i in 0..=n {
        table[i + 1][0] = infinity;
        table[i + 1][1] = i;
    }
    for j in 0..=m {
        table[0][j + 1] = infinity;
        table[1][j + 1] = j;
    }
    // The last row of `a` in which each character was seen.
    let mut last_row: Vec<(char, usize)> = Vec::new();
    for i in 1..=n {
        let mut last_match_col = 0;
        for j in 1..=m {
            let i1 = last_row
                .iter()
                .find(|(c, _)| *c == b[j - 1])
                .map_or(0, |&(_, row)| row);
            let j1 = last_match_col;
            let cost = if a[i - 1] == b[j - 1] {
                last_match_col = j;
                0
            } else {
                1
            };
            table[i + 1][j + 1] = (table[i][j] + cost)
                .min(table[i + 1][j] + 1)
                .min(table[i][j + 1] + 1)
                .min(table[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1));
        }
        match last_row.iter_mut().find(|(c, _)| *c == a[i - 1]) {
            Some(entry) => entry.1 = i,
            None => last_row.push((a[i - 1], i)),
        }
    }
    table[n + 1][m + 1]
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn distances() {
        let cases = [
            ("imap.gmail.com", "imap.gmail.com", Some(0)),
            ("imap.gmial.com", "imap.gmail.com", Some(1)),
            ("imap.gmail.co", "imap.gmail.com", Some(1)),
            ("imap.gmai.com", "imap.gmail.com", Some(1)),
            ("stmp.gmail.com", "smtp.gmail.com", Some(1)),
            ("imap.gamil.con", "imap.gmail.com", Some(2)),
            ("imap.yahoo.com", "imap.gmail.com", None),
            ("", "abc", None),
            ("", "ab", Some(2)),
            ("googlemijal.com", "googlemail.com", Some(2)),
            ("ca", "abc", Some(2)),
        ];
        for (a, b, want) in cases {
            assert_eq!(within(a, b, 2), want, "{a} vs {b}");
        }
    }
}
