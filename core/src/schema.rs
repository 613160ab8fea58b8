//! JSON Schema export (draft 2020-12) of the report and of the concept registry.
//!
//! The schema describes what fazhi *emits*: decimals are strings. The files in
//! `schema/` are written by `make schema` and a test fails when they differ
//! from what this module generates.

use crate::concepts::{Area, CONCEPTS};
use crate::model::Report;
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

/// The JSON Schema of [`Report`] as fazhi writes it.
pub fn report_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Report>().to_value();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "$id".into(),
            json!("https://fazhi.invalid/schema/report.schema.json"),
        );
        obj.insert(
            "description".into(),
            json!("A law-based government annual report (法治政府建设年度报告) as typed data, written by fazhi."),
        );
    }
    schema
}

/// The concept registry as a JSON document for analysts: the areas with their
/// labels and every concept with its labels, area, value kind, unit and cues.
pub fn concepts_document() -> Value {
    json!({
        "areas": Area::ALL.iter().map(|a| json!({"id": a.id(), "zh": a.zh(), "en": a.en()})).collect::<Vec<_>>(),
        "concepts": CONCEPTS,
    })
}

/// [`concepts_document`] of a registry with users' concepts: theirs follow the built-in ones.
pub fn concepts_document_of(registry: &crate::Registry) -> Value {
    let mut doc = concepts_document();
    doc["concepts"] = json!(registry.concepts().collect::<Vec<_>>());
    doc
}

/// The files of `schema/`, as (file name, pretty JSON with a final newline).
pub fn files() -> Vec<(&'static str, String)> {
    let pretty = |v: &Value| format!("{}\n", serde_json::to_string_pretty(v).unwrap_or_default());
    vec![
        ("report.schema.json", pretty(&report_schema())),
        ("concepts.json", pretty(&concepts_document())),
        ("rules.json", pretty(&crate::rules::rules_document())),
    ]
}
