//! Property: every run of Arabic digits in any text, and every Chinese numeral followed by a
//! measure word, ends up in a fact or in a not-fact, whatever surrounds it — nothing that
//! counts is silently lost.

use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,8}",
        "[0-9]{1,3}(,[0-9]{3}){1,2}",
        "[0-9]{1,4}\\.[0-9]{1,2}",
        Just("年".to_string()),
        Just("月".to_string()),
        Just("日".to_string()),
        Just("件".to_string()),
        Just("万".to_string()),
        Just("余".to_string()),
        Just("%".to_string()),
        Just("率".to_string()),
        Just("，".to_string()),
        Just("。".to_string()),
        Just("、".to_string()),
        Just("《".to_string()),
        Just("》".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("第".to_string()),
        Just("热线".to_string()),
        Just(" • ".to_string()),
        Just("\n一、".to_string()),
        Just("（二）".to_string()),
        Just("1.".to_string()),
        Just("受理行政复议".to_string()),
        Just("化解率".to_string()),
        Just("同比下降".to_string()),
        Just("个百分点".to_string()),
        Just("其中".to_string()),
        Just("清零".to_string()),
        "[一二三十百两]{1,3}",
        "[一二三四五六七八九十百千万两点几数余零]{1,5}",
        Just("个".to_string()),
        Just("次".to_string()),
        Just("名".to_string()),
        Just(" ".to_string()),
        Just("是".to_string()),
        Just("批".to_string()),
        Just("年".to_string()),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_digit_run_is_accounted_for(text in pieces()) {
        let Ok(report) = fazhi::extract(&text) else { return Ok(()) };
        let spans: Vec<&fazhi::Span> =
            report.facts.iter().map(|f| &f.span).chain(report.not_facts.iter().map(|n| &n.span)).collect();
        for (i, c) in text.chars().enumerate() {
            if c.is_ascii_digit() {
                prop_assert!(
                    spans.iter().any(|s| s.char_start <= i && i < s.char_end),
                    "digit {} at {} of {:?} is neither in a fact nor in a not-fact", c, i, text
                );
            }
        }
        // a Chinese numeral right before a measure word counts something: it is accounted for
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let numeral = fazhi::number::is_chinese_numeral(*c);
            let measured = matches!(chars.get(i + 1), Some('件' | '个' | '次' | '名' | '批'));
            if numeral && measured {
                prop_assert!(
                    spans.iter().any(|s| s.char_start <= i && i < s.char_end),
                    "numeral {} at {} of {:?} is neither in a fact nor in a not-fact", c, i, text
                );
            }
        }
        for f in &report.facts {
            prop_assert_eq!(&text[f.span.start..f.span.end], f.text.as_str());
        }
    }
}
