//! Property: a fact's label is a slice of the text that never overlaps the figure and stands
//! in the figure's sentence — or, for a table cell, in the header row of its column.

use proptest::prelude::*;

fn report_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[0-9]{1,6}",
        "[0-9]{1,4}\\.[0-9]{1,2}",
        "[一二三十百两]{1,3}",
        Just("件".to_string()),
        Just("个".to_string()),
        Just("人次".to_string()),
        Just("万".to_string()),
        Just("余".to_string()),
        Just("%".to_string()),
        Just("，".to_string()),
        Just("。".to_string()),
        Just("、".to_string()),
        Just("；".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("（含上年结转）".to_string()),
        Just("其中".to_string()),
        Just("全年共".to_string()),
        Just("受理行政复议案件".to_string()),
        Just("审结".to_string()),
        Just("化解率".to_string()),
        Just("调解成功率、群众满意率均为".to_string()),
        Just("分别为".to_string()),
        Just("同比增长".to_string()),
        Just("建成".to_string()),
        Just("公共法律服务中心".to_string()),
        Just("开展法治宣传活动".to_string()),
        Just("的".to_string()),
        Just(" | ".to_string()),
        Just("\n".to_string()),
        Just("合计(宗)".to_string()),
        Just("罚没金额(万元)".to_string()),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

/// The sentence (as the extractor cuts them) holding byte `pos`.
fn sentence(text: &str, pos: usize) -> (usize, usize) {
    let ends = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n');
    let start = text[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[pos..]
        .char_indices()
        .find(|&(_, c)| ends(c))
        .map_or(text.len(), |(i, c)| pos + i + c.len_utf8());
    (start, end)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn labels_are_slices_of_the_figures_sentence(text in report_like()) {
        let Ok(report) = fazhi::extract(&text) else { return Ok(()) };
        for f in &report.facts {
            let Some(label) = &f.label else { continue };
            let s = &label.span;
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert_eq!(&text[s.start..s.end], label.text.as_str());
            prop_assert_eq!(text[..s.start].chars().count(), s.char_start);
            prop_assert_eq!(text[..s.end].chars().count(), s.char_end);
            // the label says what the figure counts: never the figure itself
            prop_assert!(
                s.end <= f.span.start || s.start >= f.span.end,
                "label {:?} overlaps figure {:?} in {:?}", label.text, f.text, text
            );
            let (a, b) = sentence(&text, f.span.start);
            let in_sentence = s.start >= a && s.end <= b;
            let header = text[s.start..].lines().next().is_some_and(|l| l.contains('|'))
                && text[f.span.start..].lines().next().is_some_and(|l| l.contains('|'));
            prop_assert!(
                in_sentence || header,
                "label {:?} of {:?} is outside its sentence in {:?}", label.text, f.text, text
            );
        }
    }
}
