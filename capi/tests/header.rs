//! The committed header equals what cbindgen generates from the sources.

use std::path::Path;

#[test]
fn committed_header_is_current() {
    let crate_dir = env!("CARGO_MANIFEST_DIR");
    let config = cbindgen::Config::from_file(Path::new(crate_dir).join("cbindgen.toml"))
        .expect("cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header")
        .write(&mut generated);
    let path = Path::new(crate_dir).join("include/fazhi.h");
    if std::env::var_os("FAZHI_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write include/fazhi.h");
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "capi/include/fazhi.h is stale: run `make header` (FAZHI_BLESS=1 cargo test -p fazhi-capi --test header) and commit it"
    );
}
