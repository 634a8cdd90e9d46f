//! Writes the thirteen 2024 forms of the example data
//! (`examples/2024-cross-border-ecommerce-forms.txt`) as one Word document, the way the
//! integration tests make it (`exchange::grid_text` → `exchange::docx::docx_from_grids`): a
//! `.docx` to upload by hand, from Swagger UI or from a client. CI's browser check uploads it.
//!
//! Usage: `cargo run --example seed_forms_docx -- OUT.docx`

use std::process::ExitCode;

use perf_targets::exchange::docx::{docx_from_grids, grids_from_docx};
use perf_targets::exchange::grid_text::grids_from_text;

/// The forms as the province received them, in their text form.
const FORMS: &str = include_str!("2024-cross-border-ecommerce-forms.txt");

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: seed_forms_docx OUT.docx");
        return ExitCode::from(2);
    };
    let grids = grids_from_text(FORMS);
    let docx = docx_from_grids(&grids);
    // The document must read back as the same forms, or it is not worth uploading.
    match grids_from_docx(&docx, 64 << 20) {
        Ok(read) if read.len() == grids.len() => {}
        Ok(read) => {
            eprintln!(
                "the document reads back as {} forms, not {}",
                read.len(),
                grids.len()
            );
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("the document does not read back: {e:?}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(e) = std::fs::write(&out, &docx) {
        eprintln!("writing {}: {e}", out.to_string_lossy());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: {} forms, {} bytes",
        out.to_string_lossy(),
        grids.len(),
        docx.len()
    );
    ExitCode::SUCCESS
}
