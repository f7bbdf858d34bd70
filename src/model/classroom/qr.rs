//! QR codes of result codes, drawn as one SVG path, made on the device (crate
//! `qrcodegen`: no dependency, chosen for its size cost, see BENCHMARKS.md).
//!
//! A result code uses only characters of the QR alphanumeric mode (digits, capitals,
//! hyphen), so even the full form's code fits a small symbol (version 3, 29 modules)
//! at error-correction level M, which survives a smudge or a glare on a projector.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// A QR symbol ready to draw: `size` modules a side, dark modules as an SVG path in
/// module units (draw it in a `viewBox` of `size` plus the quiet zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrImage {
    pub size: u32,
    pub path: String,
}

/// The quiet zone the standard asks around a symbol, in modules.
pub const QUIET_ZONE: u32 = 4;

impl QrImage {
    /// The symbol of `text`; `None` if it is too long for any QR version.
    pub fn of(text: &str) -> Option<QrImage> {
        let segments = if QrSegment::is_alphanumeric(text) {
            vec![QrSegment::make_alphanumeric(text)]
        } else {
            vec![QrSegment::make_bytes(text.as_bytes())]
        };
        let qr = QrCode::encode_segments(&segments, QrCodeEcc::Medium).ok()?;
        let size = qr.size();
        let mut path = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if !qr.get_module(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < size && qr.get_module(x, y) {
                    x += 1;
                }
                let run = x - start;
                let (left, top) = (start + QUIET_ZONE as i32, y + QUIET_ZONE as i32);
                path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
            }
        }
        Some(QrImage {
            size: size as u32,
            path,
        })
    }

    /// The side of the drawing, quiet zone included, in modules.
    pub fn side(&self) -> u32 {
        self.size + 2 * QUIET_ZONE
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::assessment::answers::Answers;
    use crate::model::assessment::result_code::encode;
    use crate::model::test_support::back_end;

    /// The dark modules a path draws, read back from its `M x y h n v1 h-n z` runs.
    fn drawn(image: &QrImage) -> BTreeSet<(i32, i32)> {
        let mut cells = BTreeSet::new();
        for run in image.path.split('M').filter(|r| !r.is_empty()) {
            let (start, rest) = run.split_once('h').unwrap();
            let (x, y) = start.split_once(' ').unwrap();
            let length: i32 = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            cells.extend((x..x + length).map(|x| (x - 4, y - 4)));
        }
        cells
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let role = back_end();
        let code = encode(&role.bank, "court", &Answers::new()).unwrap();
        let image = QrImage::of(&code).unwrap();
        let qr = QrCode::encode_segments(&[QrSegment::make_alphanumeric(&code)], QrCodeEcc::Medium)
            .unwrap();
        let expected: BTreeSet<(i32, i32)> = (0..qr.size())
            .flat_map(|y| (0..qr.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| qr.get_module(x, y))
            .collect();
        assert_eq!(drawn(&image), expected);
        // The three finder patterns' corners are dark.
        let last = qr.size() - 1;
        for corner in [(0, 0), (last, 0), (0, last)] {
            assert!(expected.contains(&corner), "{corner:?}");
        }
    }

    #[test]
    fn both_forms_fit_a_small_symbol() {
        let role = back_end();
        for form in ["court", "complet"] {
            let code = encode(&role.bank, form, &Answers::new()).unwrap();
            let image = QrImage::of(&code).unwrap();
            assert!(image.size <= 29, "{form}: {} modules", image.size);
            assert_eq!(image.side(), image.size + 8);
        }
    }

    #[test]
    fn any_text_gets_a_symbol_or_none() {
        assert!(QrImage::of("texte libre, avec accents : é").is_some());
        assert!(QrImage::of(&"A".repeat(10_000)).is_none());
    }
}
