//! Structured fuzzing: `arbitrary` builds report-like text from the pieces reports are made
//! of (headings, numerals of every form, multipliers, approximations, %, brackets, quotes,
//! lists, breakdowns), so the fuzzer spends its time where the extractor's rules are.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
enum Piece {
    Digits(u64),
    Decimal(u32, u8),
    Chinese(u32),
    Grouped(u32),
    Word(u8),
    Measure(u8),
    Punct(u8),
    Heading(u8),
}

const WORDS: &[&str] = &[
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
    "数",
    "几",
    "点",
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
    "|",
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
];
const MEASURES: &[&str] = &[
    "件", "个", "人次", "次", "场", "项", "名", "家次", "%", "学时", "份",
];
const PUNCT: &[&str] = &["，", "。", "、", "；", "\n", " ", ",", "：", "！"];
const HEADINGS: &[&str] = &[
    "\n一、",
    "\n（二）",
    "\n三是",
    "\n1.",
    "\n(4)",
    "\n二、存在问题\n",
];
const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn chinese(n: u32) -> String {
    // a rough Chinese numeral: digits with units, enough to reach every reading path
    let mut out = String::new();
    for (i, d) in n.to_string().chars().enumerate() {
        out.push(DIGITS[d.to_digit(10).unwrap_or(0) as usize]);
        if i % 2 == 0 {
            out.push(['十', '百', '千', '万'][i % 4]);
        }
    }
    out
}

fuzz_target!(|pieces: Vec<Piece>| {
    let mut text = String::new();
    for p in pieces {
        match p {
            Piece::Digits(n) => text.push_str(&n.to_string()),
            Piece::Decimal(n, s) => text.push_str(&format!(
                "{}.{:0width$}",
                n / 100,
                n % 100,
                width = usize::from(s % 3 + 1)
            )),
            Piece::Chinese(n) => text.push_str(&chinese(n)),
            Piece::Grouped(n) => text.push_str(&format!("{},{:03}", n / 1000, n % 1000)),
            Piece::Word(i) => text.push_str(WORDS[usize::from(i) % WORDS.len()]),
            Piece::Measure(i) => text.push_str(MEASURES[usize::from(i) % MEASURES.len()]),
            Piece::Punct(i) => text.push_str(PUNCT[usize::from(i) % PUNCT.len()]),
            Piece::Heading(i) => text.push_str(HEADINGS[usize::from(i) % HEADINGS.len()]),
        }
    }
    let Ok(report) = fazhi::extract(&text) else {
        return;
    };
    for f in &report.facts {
        assert_eq!(&text[f.span.start..f.span.end], f.text);
        // a value is negative only as a decrease (a change)
        assert!(
            !f.value.is_sign_negative() || f.kind != fazhi::FactKind::Level,
            "{text:?}: {f:?}"
        );
    }
    let back = fazhi::json::from_json(&fazhi::json::to_json(&report)).expect("reads back");
    assert_eq!(back, report);
    assert_eq!(fazhi::validate(&back), report.findings);
});
