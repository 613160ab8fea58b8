//! Administrative division codes (GB/T 2260) of the jurisdictions fazhi can name.
//!
//! The table holds every province-level division and the prefecture-level
//! cities of Shanxi; a jurisdiction not in it keeps its name and level with no
//! code rather than a guessed one.

/// (name, 6-digit code), full names as they appear in reports.
const DIVISIONS: [(&str, &str); 45] = [
    ("北京市", "110000"),
    ("天津市", "120000"),
    ("河北省", "130000"),
    ("山西省", "140000"),
    ("内蒙古自治区", "150000"),
    ("辽宁省", "210000"),
    ("吉林省", "220000"),
    ("黑龙江省", "230000"),
    ("上海市", "310000"),
    ("江苏省", "320000"),
    ("浙江省", "330000"),
    ("安徽省", "340000"),
    ("福建省", "350000"),
    ("江西省", "360000"),
    ("山东省", "370000"),
    ("河南省", "410000"),
    ("湖北省", "420000"),
    ("湖南省", "430000"),
    ("广东省", "440000"),
    ("广西壮族自治区", "450000"),
    ("海南省", "460000"),
    ("重庆市", "500000"),
    ("四川省", "510000"),
    ("贵州省", "520000"),
    ("云南省", "530000"),
    ("西藏自治区", "540000"),
    ("陕西省", "610000"),
    ("甘肃省", "620000"),
    ("青海省", "630000"),
    ("宁夏回族自治区", "640000"),
    ("新疆维吾尔自治区", "650000"),
    ("太原市", "140100"),
    ("大同市", "140200"),
    ("阳泉市", "140300"),
    ("长治市", "140400"),
    ("晋城市", "140500"),
    ("朔州市", "140600"),
    ("晋中市", "140700"),
    ("运城市", "140800"),
    ("忻州市", "140900"),
    ("临汾市", "141000"),
    ("吕梁市", "141100"),
    ("香港特别行政区", "810000"),
    ("澳门特别行政区", "820000"),
    ("台湾省", "710000"),
];

/// The division code of a jurisdiction's full name, where known.
///
/// ```
/// assert_eq!(fazhi::divisions::code_of("朔州市"), Some("140600"));
/// assert_eq!(fazhi::divisions::code_of("某某县"), None);
/// ```
pub fn code_of(name: &str) -> Option<&'static str> {
    DIVISIONS.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// Whether a division code names a province-level division.
pub fn is_province_code(code: &str) -> bool {
    code.len() == 6 && code.ends_with("0000")
}
