//! A small JSON reader and writer for what the app stores (the document, the workshop
//! settings, exported files), in place of serde_json and serde's derived code, which
//! weighed about 40 KB of the wasm.
//!
//! [`parse`] is total: any text gives a [`Value`] or an error in words, never a panic
//! (nesting is bounded, so deep brackets cannot exhaust the stack). [`Object`] reads a
//! value as a struct, with the checks a derived reader makes: unknown fields refused or ignored,
//! a field given twice refused, a missing field an error unless the caller gives a
//! default. Numbers keep their text, so an unsigned integer reads back exactly and
//! anything else (a sign, a fraction, an exponent, too large) is refused where an
//! unsigned integer is expected.

pub mod fields;
mod writer;

pub use writer::write;

/// A JSON value. Objects keep their fields in the order written.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number's text, as written (always valid JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// The deepest nesting read (serde_json's limit).
const MAX_DEPTH: usize = 128;

/// Reads `text` as one JSON value, with nothing but white space around it.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = parser.value(0)?;
    parser.skip_space();
    match parser.at < parser.bytes.len() {
        true => Err(parser.error("texte en trop après la fin")),
        false => Ok(value),
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        format!("JSON invalide : {what}, caractère {}", self.at + 1)
    }

    /// The text from `start` to here. Both ends are next to ASCII bytes (the reader
    /// only stops before one), so on character boundaries; `get` checks it, never panics.
    fn slice(&self, start: usize) -> &str {
        self.text.get(start..self.at).unwrap_or_default()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` after white space, or says it was expected.
    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        self.skip_space();
        if self.peek() != Some(byte) {
            return Err(self.error(what));
        }
        self.at += 1;
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("imbrication trop profonde"));
        }
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.literal(),
        }
    }

    fn literal(&mut self) -> Result<Value, String> {
        for (word, value) in [
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
            ("null", Value::Null),
        ] {
            if self.bytes[self.at..].starts_with(word.as_bytes()) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.error("valeur attendue"))
    }

    /// Runs `item` for each element between `open` (already seen) and `close`.
    fn elements(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), String>,
    ) -> Result<(), String> {
        self.at += 1;
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(byte) if byte == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error("virgule ou fermeture attendue")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        let mut items = Vec::new();
        self.elements(b']', |p| {
            items.push(p.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        let mut fields = Vec::new();
        self.elements(b'}', |p| {
            p.skip_space();
            if p.peek() != Some(b'"') {
                return Err(p.error("nom de champ attendu"));
            }
            let name = p.string()?;
            p.expect(b':', "deux-points attendus")?;
            fields.push((name, p.value(depth + 1)?));
            Ok(())
        })?;
        Ok(Value::Object(fields))
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        match self.digits() {
            0 => return Err(self.error("chiffre attendu")),
            n if leading_zero && n > 1 => return Err(self.error("zéro en tête")),
            _ => {}
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("chiffre attendu après le point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("chiffre attendu dans l'exposant"));
            }
        }
        Ok(Value::Number(self.slice(start).to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let hex = self.bytes.get(self.at..self.at + 4).unwrap_or_default();
        let text = std::str::from_utf8(hex).unwrap_or_default();
        match (text.len(), u32::from_str_radix(text, 16)) {
            (4, Ok(code)) if text.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.at += 4;
                Ok(code)
            }
            _ => Err(self.error("quatre chiffres hexadécimaux attendus")),
        }
    }

    /// The character of a `\u` escape (the `\u` already read), with its low surrogate.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        let code = match high {
            0xD800..=0xDBFF => {
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return Err(self.error("demi-caractère seul"));
                }
                self.at += 2;
                match self.hex4()? {
                    low @ 0xDC00..=0xDFFF => 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00),
                    _ => return Err(self.error("demi-caractère seul")),
                }
            }
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error("demi-caractère seul"))
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(self.slice(start));
            let Some(byte) = self.peek() else {
                return Err(self.error("fin du texte dans une chaîne"));
            };
            self.at += 1;
            match byte {
                b'"' => return Ok(out),
                b'\\' => {
                    let escaped = self.peek();
                    self.at += 1;
                    out.push(match escaped {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("échappement inconnu")),
                    });
                }
                _ => {
                    self.at -= 1;
                    return Err(self.error("caractère de contrôle dans une chaîne"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
