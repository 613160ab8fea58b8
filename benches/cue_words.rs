//! The words of the concept registry a reader of reports must find: shared by the criterion
//! benchmark and the cue-scan baseline that `make bench-cost` counts.

/// Every act, thing and mark of the registry's wordings, and every domain word, sorted.
pub fn cue_words() -> Vec<String> {
    let mut words: Vec<String> = fazhi::concepts()
        .iter()
        .flat_map(|c| c.wordings)
        .flat_map(|w| w.acts.iter().chain(w.things).chain(w.marks))
        .chain(fazhi::concepts::DOMAINS.iter().flat_map(|d| d.words))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_string())
        .collect();
    words.sort();
    words.dedup();
    words
}
