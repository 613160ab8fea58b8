//! The committed header equals what cbindgen generates from the sources.

use std::path::Path;

#[test]
fn committed_header_is_current() {
    let crate_dir = env!("CARGO_MANIFEST_DIR");
    let mut config = cbindgen::Config::from_file(Path::new(crate_dir).join("cbindgen.toml"))
        .expect("cbindgen.toml");
    // the version macros agree with the crate, hence with fazhi_version()
    let version = format!(
        "\n#define FAZHI_VERSION_MAJOR {}\n#define FAZHI_VERSION_MINOR {}\n#define FAZHI_VERSION_PATCH {}\n",
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH")
    );
    config.after_includes = Some(config.after_includes.unwrap_or_default() + &version);
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
