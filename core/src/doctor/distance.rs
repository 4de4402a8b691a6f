//! Edit distance for typo detection: optimal string alignment (Levenshtein plus adjacent
//! transpositions), because "gmial" is one slip of the fingers, not two.

/// The optimal-string-alignment distance between `a` and `b`, or `None` when it is more than
/// `max` (checked cheaply from the lengths first, so long input costs nothing).
pub(super) fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows: two back for transpositions, one back, and the current one.
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let d = previous[b.len()];
    (d <= max).then_some(d)
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
        ];
        for (a, b, want) in cases {
            assert_eq!(within(a, b, 2), want, "{a} vs {b}");
        }
    }
}
