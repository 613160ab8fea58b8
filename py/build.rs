//! Lets `cargo test` of this crate find the libpython it linked against.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
