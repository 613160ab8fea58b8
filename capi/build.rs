//! Gives the shared library the soname `libfazhi.so`, the name C programs link with
//! (`-lfazhi`); `make c-lib` installs it under that name in target/capi/lib.

fn main() {
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libfazhi.so");
}
