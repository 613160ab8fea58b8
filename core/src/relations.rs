//! Relations between concepts that the checks test, declared as data beside the registry.

/// `(part, whole)`: the part cannot be larger than the whole.
pub const PART_OF: [(&str, &str); 10] = [
    (
        "dispute_resolution.reconsideration.accepted",
        "dispute_resolution.reconsideration.received",
    ),
    (
        "dispute_resolution.reconsideration.concluded",
        "dispute_resolution.reconsideration.accepted",
    ),
    (
        "dispute_resolution.reconsideration.mediated",
        "dispute_resolution.reconsideration.accepted",
    ),
    (
        "dispute_resolution.reconsideration.corrected",
        "dispute_resolution.reconsideration.concluded",
    ),
    (
        "dispute_resolution.litigation.concluded",
        "dispute_resolution.litigation.cases",
    ),
    (
        "dispute_resolution.litigation.lost",
        "dispute_resolution.litigation.cases",
    ),
    (
        "dispute_resolution.mediation.disputes_resolved",
        "dispute_resolution.mediation.disputes_investigated",
    ),
    ("enforcement.cases.closed", "enforcement.cases.investigated"),
    (
        "government_services.issues_rectified",
        "government_services.issues_found",
    ),
    (
        "legal_aid.special_groups.cases_concluded",
        "legal_aid.cases",
    ),
];

/// `(rate, part, whole)`: the rate in % is part / whole × 100.
pub const RATE_OF: [(&str, &str, &str); 3] = [
    (
        "dispute_resolution.mediation.resolution_rate",
        "dispute_resolution.mediation.disputes_resolved",
        "dispute_resolution.mediation.disputes_investigated",
    ),
    (
        "dispute_resolution.reconsideration.correction_rate",
        "dispute_resolution.reconsideration.corrected",
        "dispute_resolution.reconsideration.concluded",
    ),
    (
        "dispute_resolution.litigation.loss_rate",
        "dispute_resolution.litigation.lost",
        "dispute_resolution.litigation.concluded",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concepts::{ValueKind, concept};

    #[test]
    fn relations_name_registry_concepts_of_the_right_kind() {
        for (part, whole) in PART_OF {
            let (p, w) = (concept(part).unwrap(), concept(whole).unwrap());
            assert_eq!(p.value_kind, w.value_kind, "{part} / {whole}");
        }
        for (rate, part, whole) in RATE_OF {
            assert!(concept(rate).unwrap().value_kind.is_rate(), "{rate}");
            assert_eq!(concept(part).unwrap().value_kind, ValueKind::Count);
            assert_eq!(concept(whole).unwrap().value_kind, ValueKind::Count);
        }
    }
}
