//! Reading the word tables compiled into the binary (`data/lexicon/*.tsv`):
//! UTF-8, tab-separated, comment lines starting with `#`, one header line,
//! then one row per line. Depends on nothing else in the crate.

/// The rows of `table` after its comments and header, each split at tabs
/// and trimmed; blank lines are skipped.
pub fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .skip(1)
        .map(|line| line.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_the_header_are_skipped() {
        let table = "# words\n# more words\nword\trole\nkata\tverb\n\nujar\tverb\n";
        let rows: Vec<Vec<&str>> = rows(table).collect();
        assert_eq!(rows, [vec!["kata", "verb"], vec!["ujar", "verb"]]);
    }
}
