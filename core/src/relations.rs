//! Relations between concepts that the checks test, declared as data beside the registry.
//!
//! A relation holds between counts of the same cases, so each says which figures it pairs:
//! a count is compared with the figure of the larger set stated nearest before it (reports
//! state a set, then what became of it: `排查矛盾纠纷2498件，化解2473件`), and a rate with the
//! counts stated before it. Where the report can count the larger set in more than one way
//! (cases accepted this year, or concluded including those carried over), every way is listed
//! and the relation is broken only when none of them fits.

/// A count that cannot be larger than another count of the same cases.
#[derive(Debug, Clone, Copy)]
pub struct Within {
    /// The concept of the smaller count.
    pub part: &'static str,
    /// The concepts the larger count may be stated as, the tightest first; the first one the
    /// report states is used.
    pub wholes: &'static [&'static str],
    /// Whether the larger count must be stated before the smaller one. Counts of sets a
    /// report states many of (disputes screened by a campaign, problems found by an
    /// inspection) relate only in that order; a report has one count of the year's
    /// reconsideration applications, wherever it stands.
    pub stated_before: bool,
}

/// A rate in % that is one count over another.
#[derive(Debug, Clone, Copy)]
pub struct RateOf {
    /// The concept of the rate.
    pub rate: &'static str,
    /// The concept of the count above the line.
    pub part: &'static str,
    /// The concepts the count below the line may be: a report may divide by any of them.
    pub over: &'static [&'static str],
    /// Whether the count below the line may also be fewer cases than any stated: those
    /// decided on their merits, with the withdrawn, mediated or terminated ones left out.
    /// A rate higher than the part over a stated count then fits too.
    pub or_decided: bool,
}

/// The counts that cannot be larger than others.
///
/// Not here, on purpose: cases concluded against cases accepted (the concluded include
/// those carried over from the year before), and disputes resolved against disputes
/// accepted for mediation (both include those carried over).
pub const WITHIN: [Within; 9] = [
    Within {
        part: "dispute_resolution.reconsideration.accepted",
        wholes: &["dispute_resolution.reconsideration.received"],
        stated_before: false,
    },
    Within {
        part: "dispute_resolution.reconsideration.mediated",
        wholes: &["dispute_resolution.reconsideration.concluded"],
        stated_before: false,
    },
    Within {
        part: "dispute_resolution.reconsideration.corrected",
        wholes: &["dispute_resolution.reconsideration.concluded"],
        stated_before: false,
    },
    Within {
        part: "dispute_resolution.litigation.lost",
        wholes: &[
            "dispute_resolution.litigation.concluded",
            "dispute_resolution.litigation.cases",
        ],
        stated_before: false,
    },
    Within {
        part: "dispute_resolution.litigation.won",
        wholes: &[
            "dispute_resolution.litigation.concluded",
            "dispute_resolution.litigation.cases",
        ],
        stated_before: false,
    },
    Within {
        part: "dispute_resolution.mediation.disputes_resolved",
        wholes: &["dispute_resolution.mediation.disputes_investigated"],
        stated_before: true,
    },
    Within {
        part: "enforcement.cases.closed",
        wholes: &["enforcement.cases.investigated"],
        stated_before: true,
    },
    Within {
        part: "government_services.issues_rectified",
        wholes: &["government_services.issues_found"],
        stated_before: true,
    },
    Within {
        part: "legal_aid.special_groups.cases_concluded",
        wholes: &["legal_aid.cases"],
        stated_before: true,
    },
];

/// The rates the checks recompute from their counts.
pub const RATE_OF: [RateOf; 5] = [
    RateOf {
        rate: "dispute_resolution.mediation.resolution_rate",
        part: "dispute_resolution.mediation.disputes_resolved",
        over: &[
            "dispute_resolution.mediation.disputes_investigated",
            "dispute_resolution.mediation.cases_accepted",
        ],
        or_decided: false,
    },
    RateOf {
        rate: "dispute_resolution.reconsideration.correction_rate",
        part: "dispute_resolution.reconsideration.corrected",
        over: &[
            "dispute_resolution.reconsideration.concluded",
            "dispute_resolution.reconsideration.accepted",
        ],
        or_decided: true,
    },
    RateOf {
        rate: "dispute_resolution.reconsideration.mediation_rate",
        part: "dispute_resolution.reconsideration.mediated",
        over: &[
            "dispute_resolution.reconsideration.concluded",
            "dispute_resolution.reconsideration.accepted",
        ],
        or_decided: false,
    },
    RateOf {
        rate: "dispute_resolution.litigation.loss_rate",
        part: "dispute_resolution.litigation.lost",
        over: &[
            "dispute_resolution.litigation.concluded",
            "dispute_resolution.litigation.cases",
        ],
        or_decided: true,
    },
    RateOf {
        rate: "dispute_resolution.litigation.win_rate",
        part: "dispute_resolution.litigation.won",
        over: &[
            "dispute_resolution.litigation.concluded",
            "dispute_resolution.litigation.cases",
        ],
        or_decided: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concepts::{ValueKind, concept};

    #[test]
    fn relations_name_registry_concepts_of_the_right_kind() {
        for w in WITHIN {
            let p = concept(w.part).unwrap();
            for whole in w.wholes {
                assert_eq!(p.value_kind, concept(whole).unwrap().value_kind, "{whole}");
            }
            assert!(!w.wholes.is_empty());
        }
        for r in RATE_OF {
            assert!(concept(r.rate).unwrap().value_kind.is_rate(), "{}", r.rate);
            assert_eq!(concept(r.part).unwrap().value_kind, ValueKind::Count);
            for over in r.over {
                assert_eq!(concept(over).unwrap().value_kind, ValueKind::Count);
            }
        }
    }
}
