//! The folder walker on trees generated from the input: folders, report files, links to
//! anything (loops included), FIFOs, folders without permission. The walk ends; each real
//! file comes once; every file it returns is one the tree holds; no entry is opened that is
//! not a regular file.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Arbitrary, Debug)]
enum Entry {
    Folder(u8),
    File(u8, bool),
    Link(u8, u8),
    Fifo(u8),
    Closed(u8),
}

fn name(n: u8, report: bool) -> String {
    format!("{}{n}{}", if n % 7 == 0 { "." } else { "" }, if report { ".txt" } else { ".bin" })
}

fuzz_target!(|tree: Vec<Entry>| {
    let root = std::env::temp_dir().join(format!("fazhi-walker-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let mut folders: Vec<PathBuf> = vec![root.clone()];
    for e in tree.iter().take(64) {
        let at = |n: u8| folders[usize::from(n) % folders.len()].clone();
        match *e {
            Entry::Folder(n) => {
                let p = at(n).join(format!("d{n}"));
                if std::fs::create_dir(&p).is_ok() {
                    folders.push(p);
                }
            }
            Entry::File(n, report) => {
                let _ = std::fs::write(at(n).join(name(n, report)), "全年受理行政复议案件3件。");
            }
            Entry::Link(n, to) => {
                let target: PathBuf = at(to);
                let _ = std::os::unix::fs::symlink(&target, at(n).join(format!("l{n}.txt")));
                let _ = std::os::unix::fs::symlink(&target, at(n).join(format!("l{n}")));
            }
            Entry::Fifo(n) => {
                let p = at(n).join(format!("p{n}.txt"));
                let _ = std::process::Command::new("mkfifo").arg(&p).status();
            }
            Entry::Closed(n) => {
                use std::os::unix::fs::PermissionsExt;
                let p = at(n);
                if p != root {
                    let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000));
                }
            }
        }
    }
    let (files, _errors) = fazhi::files::expand(&[root.display().to_string()]);
    let mut seen = HashSet::new();
    for f in &files {
        let real = std::fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        assert!(seen.insert(real), "{} twice", f.display());
        assert!(f.starts_with(&root));
        // loading never blocks: a FIFO is refused before it is opened
        let _ = fazhi::files::load(f);
    }
    restore(&root);
    let _ = std::fs::remove_dir_all(&root);
});

/// Gives every folder its permissions back, so that the tree can be removed.
fn restore(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                restore(&e.path());
            }
        }
    }
}
