//! The code's writing: 5-bit symbols of Crockford's base 32 read forgivingly and
//! written in groups, the CRC-10 over them, and bits packed into and read out of
//! symbols.

use super::{CRC_INIT, CRC_POLY, CodeError, GROUP};

/// Crockford's base 32: digits and capitals without I, L, O and U.
pub(super) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The 5-bit symbols of a text, forgiving case, separators and look-alike characters.
pub(super) fn symbols_of(text: &str) -> Result<Vec<u8>, CodeError> {
    let mut symbols = Vec::with_capacity(text.len().min(64));
    for (i, character) in text.chars().enumerate() {
        let normalized = match look_alike(character).to_ascii_uppercase() {
            '-' => continue,
            c if c.is_whitespace() || is_invisible(c) => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let symbol = u8::try_from(normalized)
            .ok()
            .and_then(|b| ALPHABET.iter().position(|&a| a == b))
            .ok_or(CodeError::BadCharacter {
                character,
                position: i + 1,
            })?;
        symbols.push(symbol as u8);
    }
    if symbols.is_empty() {
        return Err(CodeError::Empty);
    }
    Ok(symbols)
}

/// The ASCII character a look-alike stands for, as a copy from another app brings them
/// in: dashes and minus signs (a word processor's no-break hyphen U+2011, the en dash
/// U+2013…) for `-`, full-width digits and letters (U+FF10–U+FF5A, typed with an Asian
/// keyboard) for their ASCII forms. Any other character is itself. No-break and thin
/// spaces are white space already.
pub fn look_alike(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
        }
        c => c,
    }
}

/// Characters that take no room, skipped like spaces: zero-width space, word joiner,
/// and the byte order mark a pasted file may start with.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Symbols as characters, in groups of four joined by hyphens.
pub(super) fn group(symbols: &[u8]) -> String {
    let mut text = String::with_capacity(symbols.len() * 5 / 4 + 1);
    for (i, &symbol) in symbols.iter().enumerate() {
        if i > 0 && i % GROUP == 0 {
            text.push('-');
        }
        text.push(char::from(ALPHABET[usize::from(symbol & 0x1F)]));
    }
    text
}

/// CRC-10 over the bits of 5-bit symbols, most significant bit first.
pub(super) fn crc10(symbols: &[u8]) -> u16 {
    let mut crc = CRC_INIT;
    for &symbol in symbols {
        for shift in (0..5).rev() {
            let bit = u16::from((symbol >> shift) & 1);
            let feedback = ((crc >> 9) & 1) ^ bit;
            crc = (crc << 1) & 0x3FF;
            if feedback == 1 {
                crc ^= CRC_POLY;
            }
        }
    }
    crc
}

/// Bits written most significant first, then cut into 5-bit symbols.
#[derive(Default)]
pub(super) struct Bits(Vec<bool>);

impl Bits {
    pub(super) fn push(&mut self, value: u32, width: u32) {
        self.0
            .extend((0..width).rev().map(|shift| (value >> shift) & 1 == 1));
    }

    pub(super) fn into_symbols(self) -> Vec<u8> {
        self.0
            .chunks(5)
            .map(|chunk| {
                (0..5).fold(0u8, |acc, i| {
                    (acc << 1) | u8::from(chunk.get(i).copied().unwrap_or(false))
                })
            })
            .collect()
    }
}

/// Reads bits from 5-bit symbols; past the end it reads zeros (callers check lengths).
pub(super) struct Reader<'a> {
    symbols: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(symbols: &'a [u8]) -> Reader<'a> {
        Reader { symbols, at: 0 }
    }

    pub(super) fn take(&mut self, width: u32) -> u32 {
        let mut value = 0;
        for _ in 0..width {
            let bit = self
                .symbols
                .get(self.at / 5)
                .map_or(0, |s| (s >> (4 - self.at % 5)) & 1);
            value = (value << 1) | u32::from(bit);
            self.at += 1;
        }
        value
    }

    /// Whether every bit not yet read is zero.
    pub(super) fn rest_is_zero(&mut self) -> bool {
        let left = (self.symbols.len() * 5).saturating_sub(self.at);
        (0..left).all(|_| self.take(1) == 0)
    }
}
