//! JSON round trips, schema validation and rejection of invalid documents.

use chrono::NaiveDate;
use fazhi::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

const TEXT: &str = include_str!("data/shuozhou-2024.txt");

fn validator() -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&fazhi::schema::report_schema())
        .expect("the exported schema is a valid draft 2020-12 schema")
}

#[test]
fn committed_schema_files_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    for (name, generated) in fazhi::schema::files() {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "schema/{name} is stale: run `make schema` (cargo run -p fazhi --example export_schema) and commit it"
        );
    }
}

#[test]
fn extracted_report_validates_against_the_schema() {
    let report = extract(TEXT).unwrap();
    let value = serde_json::to_value(&report).unwrap();
    let v = validator();
    let errors: Vec<String> = v
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // decimals are strings: no reader loses digits
    assert_eq!(value["facts"][0]["value"], json!("11"));
}

#[test]
fn schema_rejects_what_the_model_rejects() {
    let report = extract(TEXT).unwrap();
    let mut value = serde_json::to_value(&report).unwrap();
    value["facts"][0]["value"] = json!(11);
    assert!(
        !validator().is_valid(&value),
        "a number where a decimal string is emitted"
    );
    let mut value = serde_json::to_value(&report).unwrap();
    value["facts"][0]["qualifier"] = json!("roughly");
    assert!(!validator().is_valid(&value));
    let mut value = serde_json::to_value(&report).unwrap();
    value["meta"]["published"] = json!("2025-02-30");
    assert!(!validator().is_valid(&value), "formats are checked");
}

fn reject(value: Value) -> Error {
    json::from_json(&value.to_string()).unwrap_err()
}

#[test]
fn invalid_documents_are_rejected_with_a_path() {
    let base = serde_json::to_value(extract(TEXT).unwrap()).unwrap();

    let mut v = base.clone();
    v["facts"][3]["value"] = json!(true);
    let e = reject(v);
    assert_eq!(e.path(), Some("facts[3].value"), "{e}");

    let mut v = base.clone();
    v["facts"][3]["colour"] = json!("red");
    let e = reject(v);
    assert_eq!(e.path(), Some("facts[3].colour"), "{e}");
    assert!(e.to_string().contains("colour"), "{e}");

    let mut v = base.clone();
    v["facts"][2]["concept"] = json!("no.such.concept");
    let e = reject(v);
    assert!(matches!(e, Error::Invalid { .. }));
    assert_eq!(e.path(), Some("facts[2].concept"));

    let mut v = base.clone();
    v["findings"][0]["facts"][0] = json!("f9999");
    assert_eq!(reject(v).path(), Some("findings[0].facts[0]"));

    let mut v = base.clone();
    v["facts"][1]["id"] = v["facts"][0]["id"].clone();
    assert_eq!(reject(v).path(), Some("facts[1].id"));

    let mut v = base;
    v["meta"]["published"] = json!("yesterday");
    assert_eq!(reject(v).path(), Some("meta.published"));

    assert!(matches!(json::from_json("{"), Err(Error::Json { .. })));
    // a second document after the report is refused as such
    let one = json::to_json(&extract(TEXT).unwrap());
    let e = json::from_json(&format!("{one} {{}}")).unwrap_err();
    assert_eq!(e.path(), Some("."), "{e}");
    assert!(e.to_string().contains("text after the report"), "{e}");
    assert!(json::from_json(&format!("{one} \n")).is_ok());
    // a byte-order mark before the document is no content
    let report = extract(TEXT).unwrap();
    let with_bom = format!("\u{FEFF}{}", json::to_json(&report));
    assert_eq!(json::from_json(&with_bom).unwrap(), report);
    assert_eq!(json::from_json_bytes(with_bom.as_bytes()).unwrap(), report);
    assert!(
        json::from_json_bytes(b"{\"meta\":\xff}")
            .unwrap_err()
            .to_string()
            .contains("byte 8")
    );
}

#[test]
fn what_extract_cannot_produce_from_json_refuses() {
    let base = serde_json::to_value(extract(TEXT).unwrap()).unwrap();
    let path_of = |edit: &dyn Fn(&mut Value)| {
        let mut v = base.clone();
        edit(&mut v);
        reject(v).path().map(str::to_string)
    };
    // decimals are strings of plain digits: no float, no exponent, no sign, no underscore
    for bad in [
        json!(12.5),
        json!("1e5"),
        json!("+5"),
        json!("1_000"),
        json!(" 5"),
        json!("5."),
        json!(".5"),
        json!("0005"),
        json!("-01.5"),
    ] {
        assert_eq!(
            path_of(&|v| v["facts"][0]["value"] = bad.clone()).as_deref(),
            Some("facts[0].value"),
            "{bad}"
        );
    }
    assert_eq!(
        path_of(&|v| v["findings"][0]["suggestion"]["value"] = json!(143.27)).as_deref(),
        Some("findings[0].suggestion.value")
    );
    // one document only
    let json = format!("{} trailing", base);
    assert!(
        json::from_json(&json)
            .unwrap_err()
            .to_string()
            .contains("after the report")
    );
    assert!(json::from_json(&format!("{base} {base}")).is_err());
    assert!(json::from_json(&format!("{base}\n")).is_ok());
    // spans that hold their text, in order
    assert_eq!(
        path_of(&|v| v["not_facts"][0]["span"]["end"] = json!(0)).as_deref(),
        Some("not_facts[0].span")
    );
    assert_eq!(
        path_of(&|v| v["facts"][0]["text"] = json!("一二三四五六七八")).as_deref(),
        Some("facts[0].span")
    );
    assert_eq!(
        path_of(&|v| v["facts"][0]["label"]["span"] = v["facts"][0]["span"].clone()).as_deref(),
        Some("facts[0].label.span")
    );
    // references that resolve, no circles
    assert_eq!(
        path_of(&|v| v["facts"][0]["section"] = json!("9.9.9")).as_deref(),
        Some("facts[0].section")
    );
    assert_eq!(
        path_of(&|v| v["documents"][0]["section"] = json!("9.9.9")).as_deref(),
        Some("documents[0].section")
    );
    assert_eq!(
        path_of(&|v| v["outline"][1]["id"] = v["outline"][0]["id"].clone()).as_deref(),
        Some("outline[1].id")
    );
    assert_eq!(
        path_of(&|v| {
            v["facts"][0]["part_of"] = v["facts"][1]["id"].clone();
            v["facts"][1]["part_of"] = v["facts"][0]["id"].clone();
        })
        .as_deref(),
        Some("facts[0].part_of")
    );
    assert_eq!(
        path_of(&|v| v["facts"][0]["part_of"] = v["facts"][0]["id"].clone()).as_deref(),
        Some("facts[0].part_of")
    );
    assert_eq!(
        path_of(&|v| v["facts"][0]["change_of"] = v["facts"][1]["id"].clone()).as_deref(),
        Some("facts[0].change_of"),
        "a level is no change"
    );
    assert_eq!(
        path_of(&|v| v["findings"][0]["rule"] = json!("no.such.rule")).as_deref(),
        Some("findings[0].rule")
    );
    // a year no report is about, ids that name nothing printable
    assert_eq!(
        path_of(&|v| v["meta"]["year"] = json!(-5)).as_deref(),
        Some("meta.year")
    );
    for bad in [json!(""), json!("f\u{0}"), json!("\n")] {
        assert_eq!(
            path_of(&|v| v["facts"][0]["id"] = bad.clone()).as_deref(),
            Some("facts[0].id"),
            "{bad}"
        );
    }
    assert_eq!(
        path_of(&|v| v["meta"]["jurisdiction"]["division_code"] = json!("14060")).as_deref(),
        Some("meta.jurisdiction.division_code")
    );
}

#[test]
fn every_extracted_report_reads_back_whatever_years_its_text_names() {
    // a year no report is about is not taken as the report's: the JSON reads back
    let report = extract("1924年度行政执法数据表\n一、行政处罚\n全年查处违法案件19件。").unwrap();
    assert_eq!(report.meta.year, None);
    assert_eq!(json::from_json(&json::to_json(&report)).unwrap(), report);
    // one given is an error, not a report that cannot be read back
    let options = fazhi::Options::new(None, Some(-5));
    let err = fazhi::extract_with("全年查处违法案件19件。", &options).unwrap_err();
    assert!(err.to_string().contains("-5"), "{err}");
}

#[test]
fn validate_runs_on_a_report_typed_by_hand() {
    let fact = |id: &str, concept: &str, value: &str, unit: &str, text: &str| {
        json!({"id": id, "concept": concept, "value": value, "unit": unit, "qualifier": "exact", "kind": "level",
               "change_of": null, "part_of": null, "written_unit": null, "section": null,
               "span": {"start": 0, "end": text.len(), "char_start": 0, "char_end": text.chars().count()},
               "text": text, "label": null})
    };
    let doc = json!({
        "meta": {"jurisdiction": null, "year": 2024, "title": null, "published": null, "source": null},
        "outline": [], "documents": [], "problems": [], "plans": [], "findings": [], "not_facts": [],
        "facts": [
            fact("a", "dispute_resolution.reconsideration.concluded", "200", "件", "200"),
            fact("b", "dispute_resolution.reconsideration.corrected", "224", "件", "224"),
        ],
    });
    let report = json::from_json(&doc.to_string()).unwrap();
    let findings = validate(&report);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, "part.exceeds_whole");
    assert_eq!(findings[0].facts, ["b", "a"]);
}

// ---- property tests: any report survives JSON ----

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..8).prop_map(|(m, s)| Decimal::new(m, s))
}

fn span() -> impl Strategy<Value = Span> {
    (0usize..10_000, 0usize..500).prop_map(|(s, l)| Span {
        start: s * 3,
        end: (s + l) * 3,
        char_start: s,
        char_end: s + l,
    })
}

fn text() -> impl Strategy<Value = String> {
    "\\PC{0,12}"
}

fn fact() -> impl Strategy<Value = Fact> {
    let concept = prop_oneof![
        Just(None),
        (0..fazhi::concepts().len()).prop_map(|i| Some(fazhi::concepts()[i].id.to_string()))
    ];
    let qualifier = prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::AtLeast),
        Just(Qualifier::AtMost),
        Just(Qualifier::About)
    ];
    let kind = prop_oneof![
        Just(FactKind::Level),
        Just(FactKind::ChangePercent),
        Just(FactKind::ChangePoints),
        Just(FactKind::ChangeAbsolute)
    ];
    let axis = prop_oneof![
        Just(Axis::Category),
        Just(Axis::Field),
        Just(Axis::Channel),
        Just(Axis::Stage),
        Just(Axis::Period),
        Just(Axis::Item)
    ];
    let dimension = proptest::option::of((text(), axis, text(), span())).prop_map(|d| {
        d.map(|(concept, axis, member, span)| Dimension {
            concept,
            axis,
            member,
            span,
        })
    });
    let from = prop_oneof![
        Just(CitedFrom::Clause),
        Just(CitedFrom::ClauseBefore),
        Just(CitedFrom::SentenceBefore),
        Just(CitedFrom::Heading),
        Just(CitedFrom::ParagraphBefore)
    ];
    let cited = move || {
        proptest::option::of((text(), span(), from.clone()))
            .prop_map(|c| c.map(|(text, span, from)| Cited { text, span, from }))
    };
    let evidence = proptest::option::of((cited(), cited(), cited(), proptest::option::of(text())))
        .prop_map(|e| {
            e.map(|(act, thing, domain, domain_id)| Evidence {
                act,
                thing,
                domain,
                domain_id,
            })
        });
    (
        (
            concept,
            decimal(),
            text(),
            qualifier,
            kind,
            span(),
            text(),
            proptest::option::of(text()),
            proptest::option::of((text(), span())),
        ),
        dimension,
        evidence,
    )
        .prop_map(
            |(
                (concept, value, unit, qualifier, kind, span, text, written_unit, label),
                dimension,
                evidence,
            )| Fact {
                id: String::new(),
                concept,
                value,
                unit,
                qualifier,
                kind,
                change_of: None,
                part_of: None,
                written_unit,
                section: None,
                span,
                text,
                label: label.map(|(text, span)| Label { text, span }),
                dimension,
                evidence,
            },
        )
}

fn report_without_compliance() -> impl Strategy<Value = Report> {
    let meta = (
        proptest::option::of((text(), proptest::option::of("[0-9]{6}"))),
        proptest::option::of(1990i32..2100),
        proptest::option::of(text()),
        proptest::option::of((2000i32..2100, 1u32..13, 1u32..29)),
        proptest::option::of((
            0usize..3000,
            proptest::option::of(text()),
            proptest::option::of(span()),
        )),
        proptest::option::of(text()),
    )
        .prop_map(|(j, year, title, date, reporter, note)| Meta {
            reporter: reporter.map(|(i, department, span)| {
                let all = fazhi::divisions::divisions();
                let d = &all[i % all.len()];
                Reporter {
                    name: d.name.to_string(),
                    level: Level::County,
                    code: d.code.to_string(),
                    division: d.name.to_string(),
                    parents: d.ancestors().map(|a| a.code.to_string()).collect(),
                    department,
                    span,
                }
            }),
            reporter_note: note,
            jurisdiction: j.map(|(name, division_code)| Jurisdiction {
                name,
                level: Some(Level::County),
                division_code,
            }),
            year,
            title,
            published: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            source: None,
        });
    let item = || {
        (text(), span()).prop_map(|(text, span)| NarrativeItem {
            text,
            section: None,
            span,
        })
    };
    let document = (text(), span()).prop_map(|(title, span)| Document {
        kind: extract::document_kind_of(&title),
        title,
        status: DocumentStatus::Cited,
        section: None,
        span,
    });
    (
        meta,
        proptest::collection::vec(fact(), 0..8),
        proptest::collection::vec(document, 0..4),
        proptest::collection::vec(item(), 0..3),
        proptest::collection::vec(item(), 0..3),
        proptest::collection::vec((text(), decimal()), 0..3),
    )
        .prop_map(|(meta, mut facts, documents, problems, plans, findings)| {
            for (i, f) in facts.iter_mut().enumerate() {
                f.id = format!("f{}", i + 1);
                if i == 0 {
                    f.kind = FactKind::Level;
                }
                if i > 0 && f.kind != FactKind::Level {
                    f.change_of = Some("f1".into());
                }
                // spans hold their text, and a label stands beside its figure
                f.span.end = f.span.start + f.text.len();
                f.span.char_end = f.span.char_start + f.text.chars().count();
                if let Some(l) = &mut f.label {
                    l.span.start = f.span.end;
                    l.span.end = l.span.start + l.text.len();
                    l.span.char_start = f.span.char_end;
                    l.span.char_end = l.span.char_start + l.text.chars().count();
                }
            }
            let findings = if facts.is_empty() {
                Vec::new()
            } else {
                findings
                    .into_iter()
                    .map(|(message, value)| Finding {
                        rule: "fact.conflict".into(),
                        severity: Severity::Warning,
                        message,
                        facts: vec!["f1".into()],
                        suggestion: Some(Suggestion {
                            value,
                            unit: "%".into(),
                            reason: String::new(),
                        }),
                    })
                    .collect()
            };
            Report {
                meta,
                outline: Vec::new(),
                facts,
                documents,
                problems,
                plans,
                findings,
                not_facts: Vec::new(),
                compliance: Compliance::default(),
            }
        })
}

fn compliance() -> impl Strategy<Value = Compliance> {
    let coverage = prop::sample::select(vec![
        Coverage::Section,
        Coverage::Passage,
        Coverage::Missing,
    ]);
    (
        any::<bool>(),
        prop::collection::vec(
            (
                coverage,
                proptest::option::of("[0-9](\\.[0-9]){0,2}"),
                proptest::option::of(span()),
            ),
            5,
        ),
        proptest::option::of(span()),
        prop::collection::vec(1990i32..2100, 0..3),
        proptest::option::of(1990i32..2100),
        proptest::option::of(1990i32..2100),
    )
        .prop_map(
            |(applies, parts, causes, plan_years, title_year, content_year)| Compliance {
                applies,
                complete: !applies || parts[3].0 != Coverage::Missing,
                parts: [
                    Part::Measures,
                    Part::Problems,
                    Part::Leadership,
                    Part::Plans,
                    Part::Other,
                ]
                .into_iter()
                .zip(parts)
                .map(|(part, (coverage, section, span))| PartCoverage {
                    part,
                    coverage,
                    section,
                    span,
                })
                .collect(),
                causes,
                plan_years,
                title_year,
                content_year,
            },
        )
}

fn report() -> impl Strategy<Value = Report> {
    (report_without_compliance(), compliance()).prop_map(|(mut r, c)| {
        r.compliance = c;
        r
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_report_round_trips_through_json(report in report()) {
        let json = json::to_json(&report);
        let back = json::from_json(&json).unwrap();
        prop_assert_eq!(&back, &report);
        for (a, b) in back.facts.iter().zip(&report.facts) {
            prop_assert_eq!(a.value.scale(), b.value.scale(), "scale kept");
            prop_assert_eq!(a.value.to_string(), b.value.to_string());
        }
    }

    #[test]
    fn any_report_validates_against_the_schema(report in report()) {
        let value = serde_json::to_value(&report).unwrap();
        prop_assert!(validator().is_valid(&value));
    }

    #[test]
    fn extraction_never_panics_and_spans_hold(s in "[0-9一二三万余多件个%率,,。、《》“”年是()\\PC]{0,80}") {
        if let Ok(r) = extract(&s) {
            for f in &r.facts {
                prop_assert_eq!(&s[f.span.start..f.span.end], f.text.as_str());
                prop_assert_eq!(s[..f.span.start].chars().count(), f.span.char_start);
            }
            let back = json::from_json(&json::to_json(&r)).unwrap();
            prop_assert_eq!(back, r);
        }
    }
}
