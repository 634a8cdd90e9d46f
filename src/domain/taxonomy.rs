//! The indicator taxonomy (一级指标 → 二级指标), SPEC §1.2.
//!
//! Both vocabularies in use are accepted: the older local forms (成本指标 as a 二级 under 产出指标)
//! and 财预〔2021〕101号 (成本指标 as a 一级 of its own). Labels are matched after dropping all
//! whitespace and line breaks; the labels below are the canonical values.

use serde::Serialize;
use utoipa::ToSchema;

/// A 二级指标 (second-level indicator category).
#[derive(Debug, PartialEq, Eq)]
pub struct Level2 {
    /// Canonical Chinese label.
    pub label: &'static str,
    /// English name.
    pub label_en: &'static str,
    /// Other spellings accepted on input and stored as `label`.
    pub aliases: &'static [&'static str],
}

/// A 一级指标 (first-level indicator category) with its 二级 categories.
#[derive(Debug, PartialEq, Eq)]
pub struct Level1 {
    /// Canonical Chinese label.
    pub label: &'static str,
    /// English name.
    pub label_en: &'static str,
    /// The 二级 categories under it, in the order forms print them.
    pub level2: &'static [Level2],
}

const fn l2(label: &'static str, label_en: &'static str) -> Level2 {
    Level2 {
        label,
        label_en,
        aliases: &[],
    }
}

/// The whole taxonomy, in the order forms print it.
pub static TAXONOMY: &[Level1] = &[
    Level1 {
        label: "产出指标",
        label_en: "Output indicators",
        level2: &[
            l2("数量指标", "Quantity indicators"),
            l2("质量指标", "Quality indicators"),
            l2("时效指标", "Timeliness indicators"),
            l2("成本指标", "Cost indicators"),
        ],
    },
    Level1 {
        label: "成本指标",
        label_en: "Cost indicators",
        level2: &[
            l2("经济成本指标", "Economic cost indicators"),
            l2("社会成本指标", "Social cost indicators"),
            l2(
                "生态环境成本指标",
                "Ecological and environmental cost indicators",
            ),
        ],
    },
    Level1 {
        label: "效益指标",
        label_en: "Benefit indicators",
        level2: &[
            l2("经济效益指标", "Economic benefit indicators"),
            l2("社会效益指标", "Social benefit indicators"),
            l2("生态效益指标", "Ecological benefit indicators"),
            l2("可持续影响指标", "Sustainable impact indicators"),
        ],
    },
    Level1 {
        label: "满意度指标",
        label_en: "Satisfaction indicators",
        level2: &[Level2 {
            label: "服务对象满意度指标",
            label_en: "Service recipient satisfaction indicators",
            aliases: &["社会公众或服务对象满意度指标"],
        }],
    },
];

/// Drops every whitespace character (line breaks and the ideographic space included), the
/// normalisation under which taxonomy labels and template names are compared.
pub fn normalize_label(label: &str) -> String {
    label.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Level2 {
    fn matches(&self, normalized: &str) -> bool {
        self.label == normalized || self.aliases.contains(&normalized)
    }
}

/// Finds a 一级 category by its label (whitespace ignored).
pub fn find_level1(label: &str) -> Option<&'static Level1> {
    let normalized = normalize_label(label);
    TAXONOMY.iter().find(|l1| l1.label == normalized)
}

/// Why a 二级 label was not accepted under a 一级 category.
#[derive(Debug, PartialEq, Eq)]
pub enum Level2Error {
    /// No 二级 category has this label anywhere in the taxonomy.
    Unknown,
    /// The label exists, but under other 一级 categories (listed).
    NotUnder(Vec<&'static str>),
}

/// Finds a 二级 category under the given 一级 (whitespace ignored, aliases accepted).
pub fn find_level2(level1: &'static Level1, label: &str) -> Result<&'static Level2, Level2Error> {
    let normalized = normalize_label(label);
    if let Some(found) = level1.level2.iter().find(|l2| l2.matches(&normalized)) {
        return Ok(found);
    }
    let parents: Vec<&'static str> = TAXONOMY
        .iter()
        .filter(|l1| l1.level2.iter().any(|l2| l2.matches(&normalized)))
        .map(|l1| l1.label)
        .collect();
    if parents.is_empty() {
        Err(Level2Error::Unknown)
    } else {
        Err(Level2Error::NotUnder(parents))
    }
}

/// The taxonomy as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct TaxonomyView {
    /// 一级指标, in the order forms print them.
    pub level1: Vec<Level1View>,
}

/// One 一级指标 with its 二级指标.
#[derive(Debug, Serialize, ToSchema)]
pub struct Level1View {
    /// Canonical label, the value to send as an indicator's `level1`.
    #[schema(example = "产出指标")]
    pub label: &'static str,
    /// English name, for display only.
    #[schema(example = "Output indicators")]
    pub label_en: &'static str,
    /// The 二级指标 allowed under this 一级.
    pub level2: Vec<Level2View>,
}

/// One 二级指标.
#[derive(Debug, Serialize, ToSchema)]
pub struct Level2View {
    /// Canonical label, the value to send as an indicator's `level2`.
    #[schema(example = "数量指标")]
    pub label: &'static str,
    /// English name, for display only.
    #[schema(example = "Quantity indicators")]
    pub label_en: &'static str,
    /// Other spellings accepted on input and stored as `label`.
    pub aliases: &'static [&'static str],
}

/// Builds the API view of [`TAXONOMY`].
pub fn view() -> TaxonomyView {
    TaxonomyView {
        level1: TAXONOMY
            .iter()
            .map(|l1| Level1View {
                label: l1.label,
                label_en: l1.label_en,
                level2: l1
                    .level2
                    .iter()
                    .map(|l2| Level2View {
                        label: l2.label,
                        label_en: l2.label_en,
                        aliases: l2.aliases,
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_after_dropping_whitespace() {
        let benefit = find_level1("效益\n指标").unwrap();
        assert_eq!(benefit.label, "效益指标");
        assert_eq!(
            find_level2(benefit, "经济效益\n指标").unwrap().label,
            "经济效益指标"
        );
        assert_eq!(
            find_level2(benefit, " 社会效益指标\u{3000}").unwrap().label,
            "社会效益指标"
        );
        assert!(find_level1("效益").is_none());
    }

    #[test]
    fn both_vocabularies_accept_cost() {
        let output = find_level1("产出指标").unwrap();
        assert_eq!(find_level2(output, "成本指标").unwrap().label, "成本指标");
        let cost = find_level1("成本指标").unwrap();
        assert_eq!(
            find_level2(cost, "生态环境成本指标").unwrap().label,
            "生态环境成本指标"
        );
    }

    #[test]
    fn satisfaction_alias_maps_to_canonical_label() {
        let satisfaction = find_level1("满意度指标").unwrap();
        let found = find_level2(satisfaction, "社会公众或服务对象满意度指标").unwrap();
        assert_eq!(found.label, "服务对象满意度指标");
    }

    #[test]
    fn level2_errors_say_why() {
        let output = find_level1("产出指标").unwrap();
        assert_eq!(
            find_level2(output, "社会效益指标"),
            Err(Level2Error::NotUnder(vec!["效益指标"]))
        );
        assert_eq!(find_level2(output, "好指标"), Err(Level2Error::Unknown));
        let satisfaction = find_level1("满意度指标").unwrap();
        assert_eq!(
            find_level2(satisfaction, "成本指标"),
            Err(Level2Error::NotUnder(vec!["产出指标"]))
        );
    }

    #[test]
    fn taxonomy_has_the_four_level1_of_the_spec() {
        let labels: Vec<_> = TAXONOMY.iter().map(|l| l.label).collect();
        assert_eq!(labels, ["产出指标", "成本指标", "效益指标", "满意度指标"]);
        let count: usize = TAXONOMY.iter().map(|l| l.level2.len()).sum();
        assert_eq!(count, 12);
    }
}
