//! Properties of every report, on generated report-like text (numerals of every form,
//! multipliers, approximations, `%`, brackets, quotes, headings, lists, breakdowns, changes):
//! extraction never panics; every span sits on char boundaries and holds its text; a value is
//! negative only as a decrease; the JSON round trip is exact; the checks run on the report read
//! back give its findings.

use fazhi::FactKind;
use proptest::prelude::*;

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
            prop_assert_eq!(&text[f.span.start..f.span.end], f.text.as_str());
            prop_assert_eq!(text[..f.span.start].chars().count(), f.span.char_start);
            // no minus sign is part of a figure: a negative value is a decrease
            prop_assert!(
                !f.value.is_sign_negative() || f.value.is_zero() || f.kind != FactKind::Level,
                "{:?} read as {} in {:?}", f.text, f.value, text
            );
        }
        for n in &report.not_facts {
            prop_assert_eq!(&text[n.span.start..n.span.end], n.text.as_str());
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
