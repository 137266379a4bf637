//! The desktop app's entry point: runs the shell (`locallift_app::run`).

// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    locallift_app::run();
}
