//! A report as tables other systems load without code: any table as CSV (one row per item,
//! the columns of [`crate::table`]) and as SDMX-CSV 2.0 (one observation per fact with
//! a concept), the simplest form of the exchange format statistics offices use.
//!
//! The SDMX-CSV structure assumed (a dataflow `FAZHI:LBG_FACTS`, version the crate's major
//! and minor):
//!
//! | column | role | value |
//! | --- | --- | --- |
//! | `STRUCTURE` | | `dataflow` |
//! | `STRUCTURE_ID` | | `FAZHI:LBG_FACTS(0.2)` |
//! | `ACTION` | | `I` (information) |
//! | `REF_AREA` | dimension | the 6-digit division code, or the jurisdiction's name where none is known |
//! | `TIME_PERIOD` | dimension | the report's year |
//! | `INDICATOR` | dimension | the concept id (`dispute_resolution.reconsideration.accepted`) |
//! | `UNIT_MEASURE` | dimension | the unit (`件`, `元`, `%`) |
//! | `OBS_VALUE` | measure | the exact decimal, written precision kept |
//! | `OBS_QUALIFIER` | attribute | `exact`, `at_least`, `at_most` or `about` |
//! | `FACT_ID` | attribute | the fact's id in the report (`f40`) |
//! | `SPAN` | attribute | where the figure stands, in code points (`3783-3786`) |
//! | `LABEL` | attribute | the words of the text that say what it counts |
//! | `REF_AREA_NAME` | attribute | the jurisdiction's name as written |
//!
//! ```
//! let options = fazhi::Options::new(Some("朔州市".into()), None);
//! let report = fazhi::extract_with("2024年全市共受理行政复议案件291件。", &options)?;
//! let sdmx = fazhi::export::sdmx_csv(&report)?;
//! let row = sdmx.lines().nth(1).unwrap();
//! assert!(row.contains(",2024,dispute_resolution.reconsideration.accepted,件,291,exact,"));
//! # Ok::<(), fazhi::Error>(())
//! ```

use crate::model::Report;
use crate::table::{self, TableKind, csv_line};
use std::fmt::Write;

/// The columns of [`sdmx_csv`], in order.
pub const SDMX_COLUMNS: [&str; 13] = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    "REF_AREA",
    "TIME_PERIOD",
    "INDICATOR",
    "UNIT_MEASURE",
    "OBS_VALUE",
    "OBS_QUALIFIER",
    "FACT_ID",
    "SPAN",
    "LABEL",
    "REF_AREA_NAME",
];

/// The SDMX structure id of the observations (`agency:id(version)`).
pub fn sdmx_structure_id() -> String {
    let version = crate::VERSION
        .rsplit_once('.')
        .map_or(crate::VERSION, |(mm, _)| mm);
    format!("FAZHI:LBG_FACTS({version})")
}

/// The facts of a report as CSV with a header row: one row per fact, the columns of the facts
/// table ([`crate::table::columns`]`(TableKind::Facts)`): exact decimals, spans in code points,
/// empty fields for nulls. `file` fills the first column.
pub fn facts_csv(report: &Report, file: Option<&str>) -> String {
    table_csv(TableKind::Facts, report, file)
}

/// Any table of a report as CSV with a header row (see [`crate::table`]).
pub fn table_csv(kind: TableKind, report: &Report, file: Option<&str>) -> String {
    let mut out = table::csv_header(kind);
    out.push_str(&table::csv_rows(&table::rows(kind, report, file)));
    out
}

/// The facts of a report that have a concept as SDMX-CSV 2.0 observations (the structure is
/// described in the [module documentation](self)), with a header row.
///
/// An observation needs every dimension: when the report has facts with a concept but no
/// place (`REF_AREA`) or no year (`TIME_PERIOD`), the error says which; give them with
/// [`crate::Options`] (`jurisdiction`, `year`) or `fazhi extract --meta`. Rows with an empty
/// dimension are never written.
pub fn sdmx_csv(report: &Report) -> crate::Result<String> {
    let mut out = String::new();
    csv_line(&mut out, SDMX_COLUMNS);
    let meta = &report.meta;
    let name = meta.jurisdiction.as_ref().map_or("", |j| j.name.as_str());
    let area = meta
        .jurisdiction
        .as_ref()
        .and_then(|j| j.division_code.as_deref())
        .unwrap_or(name);
    let year = meta.year.map(|y| y.to_string()).unwrap_or_default();
    let observed = report.facts.iter().filter(|f| f.concept.is_some()).count();
    let missing: Vec<&str> = [
        ("REF_AREA (the place)", area),
        ("TIME_PERIOD (the year)", &year),
    ]
    .into_iter()
    .filter(|(_, v)| v.trim().is_empty())
    .map(|(d, _)| d)
    .collect();
    if observed > 0 && !missing.is_empty() {
        return Err(crate::Error::InvalidInput(format!(
            "{observed} facts with a concept cannot be SDMX observations without {}: give it with Options (jurisdiction, year) or --meta",
            missing.join(" and ")
        )));
    }
    let structure = sdmx_structure_id();
    let mut span = String::new();
    for f in &report.facts {
        let Some(indicator) = f.concept.as_deref() else {
            continue;
        };
        let value = f.value.to_string();
        span.clear();
        let _ = write!(span, "{}-{}", f.span.char_start, f.span.char_end);
        csv_line(
            &mut out,
            [
                "dataflow",
                &structure,
                "I",
                area,
                &year,
                indicator,
                &f.unit,
                &value,
                f.qualifier.as_str(),
                &f.id,
                &span,
                f.label.as_ref().map_or("", |l| l.text.as_str()),
                name,
            ],
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_never_run_as_formulas() {
        let r = crate::extract("一、=HYPERLINK(\"x\")\n全年受理行政复议案件30件，较上年减少5件。")
            .unwrap();
        let csv = table_csv(TableKind::Outline, &r, Some("@x.txt"));
        assert!(csv.contains("'=HYPERLINK"), "{csv}");
        assert!(csv.contains("'@x.txt"), "{csv}");
        // a number is no formula: a decrease stays -5
        let facts = facts_csv(&r, None);
        assert!(facts.contains(",-5,"), "{facts}");
    }

    #[test]
    fn one_row_per_fact_and_one_observation_per_concept() {
        let r =
            crate::extract("某县2024年全年受理行政复议案件30件，审结28件，新建公园3个。").unwrap();
        let csv = facts_csv(&r, Some("a.txt"));
        assert_eq!(csv.lines().count(), 1 + r.facts.len());
        assert!(csv.starts_with("file,jurisdiction,level,division_code,division,"));
        assert!(
            csv.lines()
                .nth(1)
                .unwrap()
                .starts_with("a.txt,,,,,,,,,2024,f1,")
        );
        // no place: no observation can be written, and the error says which dimension
        let err = sdmx_csv(&r).unwrap_err().to_string();
        assert!(
            err.contains("REF_AREA") && !err.contains("TIME_PERIOD"),
            "{err}"
        );
        let options = crate::Options::new(Some("某县".into()), None);
        let r = crate::extract_with(
            "某县2024年全年受理行政复议案件30件，审结28件，新建公园3个。",
            &options,
        )
        .unwrap();
        let sdmx = sdmx_csv(&r).unwrap();
        let with_concept = r.facts.iter().filter(|f| f.concept.is_some()).count();
        assert_eq!(with_concept, 2);
        assert_eq!(sdmx.lines().count(), 1 + with_concept);
        let first = sdmx.lines().nth(1).unwrap();
        let cells: Vec<&str> = first.split(',').collect();
        assert_eq!(cells.len(), SDMX_COLUMNS.len());
        assert_eq!(&cells[..3], ["dataflow", &sdmx_structure_id(), "I"]);
        assert_eq!(
            &cells[4..9],
            [
                "2024",
                "dispute_resolution.reconsideration.accepted",
                "件",
                "30",
                "exact"
            ]
        );
    }
}
