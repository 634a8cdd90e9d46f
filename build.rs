//! Build script: picks up new migration files, and turns on the PostgreSQL variants of the
//! integration tests when `TEST_POSTGRES_URL` is set at build time.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-env-changed=TEST_POSTGRES_URL");
    println!("cargo:rustc-check-cfg=cfg(pg_tests)");
    if std::env::var_os("TEST_POSTGRES_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo:rustc-cfg=pg_tests");
    }
}
