//! The hand-written documentation agrees with the registries and the CI entry point.

const README: &str = include_str!("../../README.md");
const CI: &str = include_str!("../../.ci/run");

#[test]
fn readme_lists_every_rule() {
    for rule in fazhi::rules::RULES {
        assert!(
            README.contains(&format!("`{}`", rule.id)),
            "README does not document rule {}",
            rule.id
        );
        let row = README
            .lines()
            .find(|l| l.starts_with(&format!("| `{}`", rule.id)))
            .unwrap();
        assert!(
            row.contains(rule.severity.as_str()),
            "README gives {} another severity",
            rule.id
        );
    }
}

#[test]
fn readme_starts_with_the_two_commands_and_ci_runs_the_second() {
    let block: Vec<&str> = README
        .split("```")
        .nth(1)
        .unwrap()
        .lines()
        .skip(1)
        .collect();
    assert!(
        block[0].starts_with("cargo run -p fazhi --features cli -- summary"),
        "{block:?}"
    );
    assert!(block[1].starts_with("make test"), "{block:?}");
    assert!(
        CI.lines().any(|l| l.trim() == "make test"),
        ".ci/run must call the README's test command"
    );
}
