//! `cargo xtask run`: the main job. Builds everything, then `xtask/demo.mjs` serves www,
//! installs the native host for a throwaway Chromium profile and starts Chromium with the
//! extension on the demo forms: a window to try when there is a display, else the same journey
//! headless with screenshots and a report under target/demo/.

use crate::shell::{self, Result, cmd};

/// Runs the demo; `--headless` forces the headless journey even with a display.
pub fn run(args: &[String]) -> Result {
    crate::deps::all()?;
    crate::build::all()?;
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
    let headed = has_display && !args.iter().any(|a| a == "--headless") && !is_ci();
    let mut demo = cmd("node", &["xtask/demo.mjs"]);
    if headed {
        demo.arg("--headed");
    }
    shell::run(demo)?;
    if !headed {
        let report = shell::root().join("target/demo/report.md");
        let text = std::fs::read_to_string(&report)
            .map_err(|e| format!("the demo wrote no report at {}: {e}", report.display()))?;
        println!("\n{text}");
        println!(
            "Screenshots and this report: {}",
            report
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        );
    }
    Ok(())
}

/// Whether this is a CI run (CI=true), where nothing waits for a person.
fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}
