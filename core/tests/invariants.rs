//! Properties of every report, on generated report-like text (numerals of every form,
//! multipliers, approximations, `%`, brackets, quotes, headings, lists, breakdowns, changes):
//! extraction never panics; every span sits on char boundaries and holds its text; a value is
//! negative only as a decrease; the JSON round trip is exact; the checks run on the report read
//! back give its findings; invisible format characters anywhere in a figure never change
//! what it reads.

use fazhi::FactKind;
use proptest::prelude::*;

/// The characters that show as nothing and that copied text carries.
const INVISIBLE: [char; 8] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{200E}', '\u{202C}',
];

/// A span's text as it shows: without the invisible characters in it.
fn visible(s: &str) -> String {
    s.chars().filter(|c| !INVISIBLE.contains(c)).collect()
}

fn report_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,7}",
        "[0-9]{1,3}(,[0-9]{3}){1,2}",
        "[0-9]{1,4}\\.[0-9]{1,3}",
        "[０-９]{1,4}",
        "[0-9]{29,32}",
        "[一二三四五六七八九十百千万亿两零点几数]{1,6}",
        "[壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸]{1,4}",
        prop::sample::select(vec![
            "受理行政复议案件",
            "审结",
            "化解率",
            "调解成功率、群众满意率均为",
            "分别为",
            "其中",
            "同比增长",
            "较上年下降",
            "个百分点",
            "万",
            "亿",
            "余",
            "多",
            "近",
            "约",
            "超过",
            "上",
            "百分之",
            "成",
            "倍",
            "翻一番",
            "清零",
            "第",
            "是",
            "《",
            "》",
            "〈",
            "〉",
            "“",
            "”",
            "(",
            ")",
            " | ",
            "罚没款",
            "元",
            "吊销",
            "拟",
            "平均",
            "涉企",
            "建成",
            "12345热线",
            "年",
            "月",
            "日",
            "件",
            "个",
            "人次",
            "次",
            "场",
            "项",
            "名",
            "家次",
            "%",
            "％",
            "学时",
            "，",
            "。",
            "、",
            "；",
            "\n",
            " ",
            ",",
            "\n一、",
            "\n（二）",
            "\n三是",
            "\n1.",
            "\n二、存在问题\n",
            "-",
            "−",
            "负",
            "\u{200B}",
            "\u{00AD}",
            "\u{FEFF}",
        ])
        .prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_report_keeps_its_invariants(text in report_like()) {
        let Ok(report) = fazhi::extract(&text) else { return Ok(()) };
        for f in &report.facts {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert_eq!(visible(&text[f.span.start..f.span.end]), f.text.as_str());
            prop_assert_eq!(text[..f.span.start].chars().count(), f.span.char_start);
            prop_assert_eq!(text[..f.span.end].chars().count(), f.span.char_end);
            // no minus sign is part of a figure: a negative value is a decrease
            prop_assert!(
                !f.value.is_sign_negative() || f.value.is_zero() || f.kind != FactKind::Level,
                "{:?} read as {} in {:?}", f.text, f.value, text
            );
        }
        for n in &report.not_facts {
            prop_assert_eq!(visible(&text[n.span.start..n.span.end]), n.text.as_str());
        }
        for d in &report.documents {
            prop_assert!(text.get(d.span.start..d.span.end).is_some());
        }
        let json = fazhi::json::to_json(&report);
        let back = fazhi::json::from_json(&json).map_err(|e| TestCaseError::fail(format!("{e} in {json}")))?;
        prop_assert_eq!(&back, &report);
        prop_assert_eq!(fazhi::validate(&back), report.findings);
    }
}

/// A figure as reports write it: digits with thousands separators or a decimal point, a
/// multiplier, an approximation.
fn figure() -> impl Strategy<Value = String> {
    prop_oneof![
        "[1-9][0-9]{0,6}",
        "[1-9][0-9]{0,2}(,[0-9]{3}){1,2}",
        "[1-9][0-9]{0,3}\\.[0-9]{1,2}",
        "[1-9][0-9]{0,2}(\\.[0-9])?(万|亿)",
        "[1-9][0-9]{0,2}余",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn invisible_characters_in_a_figure_never_change_it(
        fig in figure(),
        inserts in proptest::collection::vec((any::<prop::sample::Index>(), prop::sample::select(INVISIBLE.to_vec())), 1..4),
    ) {
        let sentence = |f: &str| format!("一、行政复议\n全年受理行政复议案件{f}件，审结8件。");
        let plain = fazhi::extract(&sentence(&fig)).unwrap();
        // the invisible characters go between the figure's characters, or at its ends
        let mut chars: Vec<char> = fig.chars().collect();
        for (at, c) in &inserts {
            let i = at.index(chars.len() + 1);
            chars.insert(i, *c);
        }
        let marked: String = chars.into_iter().collect();
        let text = sentence(&marked);
        let report = fazhi::extract(&text).unwrap();
        prop_assert_eq!(report.facts.len(), plain.facts.len(), "{:?}", text);
        for (f, p) in report.facts.iter().zip(&plain.facts) {
            prop_assert_eq!(f.value, p.value, "{:?}", text);
            prop_assert_eq!(&f.concept, &p.concept);
            prop_assert_eq!(&f.text, &p.text);
            prop_assert_eq!(visible(&text[f.span.start..f.span.end]), f.text.as_str());
        }
        prop_assert_eq!(&report.facts[0].span.start, &text.find(&marked).map_or(0, |i| {
            // the figure starts at its first visible character
            i + marked.find(|c: char| !INVISIBLE.contains(&c)).unwrap_or(0)
        }));
    }
}
