//! The desktop app's entry point: runs the shell (`locallift_app::run`).

// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The allocator of the whole app process (why: the workspace's `Cargo.toml`, beside `mimalloc`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    locallift_app::run();
}
