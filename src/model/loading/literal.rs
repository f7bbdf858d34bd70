//! Writes a value as the Rust expression that builds it, through its `Serialize`
//! derive: the generator of the files [`crate::model::role::embedded`] includes.
//!
//! A compound that fits on one line is written on one line; longer ones one field
//! or item per line. Structs and enum variants are written under their Rust names (so content types
//! rename fields and variants for deserialising only), strings as `Borrowed("…")` and
//! sequences as `Borrowed(&[…])`, which is what [`crate::model::base::text::Text`] and
//! [`crate::model::base::text::List`] are when compiled in; tuples and arrays as `(…)`.
//! Maps and byte strings have no literal here and are refused.

use std::fmt::{self, Display, Write};

use serde::ser::{self, Serialize};

/// The Rust expression that builds `value`, indented by four spaces per level.
pub fn rust_literal<T: Serialize>(value: &T) -> Result<String, LiteralError> {
    let mut writer = Writer::default();
    value.serialize(&mut writer)?;
    writer.out.push('\n');
    Ok(writer.out)
}

/// Why a value has no literal.
#[derive(Debug)]
pub struct LiteralError(String);

impl Display for LiteralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LiteralError {}

impl ser::Error for LiteralError {
    fn custom<T: Display>(msg: T) -> Self {
        LiteralError(msg.to_string())
    }
}

#[derive(Default)]
struct Writer {
    out: String,
    depth: usize,
}

/// The widest line a folded compound may make, its indentation included.
const LINE_WIDTH: usize = 100;

impl Writer {
    /// Writes the compound that starts at `start` on one line when it fits in
    /// [`LINE_WIDTH`]: `Lean { dimension: Borrowed("design"), at_least: 60 }`. Strings
    /// hold no line break (they are written escaped), so every line break is the
    /// writer's own.
    fn fold(&mut self, start: usize) {
        let written = &self.out[start..];
        if !written.contains('\n') {
            return;
        }
        let lines: Vec<&str> = written.lines().map(str::trim).collect();
        let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
            return;
        };
        let items = lines[1..lines.len() - 1].join(" ");
        let items = items.strip_suffix(',').unwrap_or(&items);
        let folded = if first.ends_with('{') {
            format!("{first} {items} {last}")
        } else {
            format!("{first}{items}{last}")
        };
        let indent = self.out[..start].rsplit('\n').next().map_or(0, str::len);
        if indent + folded.len() <= LINE_WIDTH {
            self.out.truncate(start);
            self.out.push_str(&folded);
        }
    }

    fn raw(&mut self, text: impl Display) -> Result<(), LiteralError> {
        write!(self.out, "{text}").map_err(ser::Error::custom)
    }

    /// Opens a bracketed list of items, one per line.
    fn open(
        &mut self,
        opening: impl Display,
        close: &'static str,
    ) -> Result<Compound<'_>, LiteralError> {
        let start = self.out.len();
        self.raw(opening)?;
        self.depth += 1;
        Ok(Compound {
            writer: self,
            start,
            close,
            empty: true,
        })
    }
}

/// A struct, sequence or tuple being written.
struct Compound<'a> {
    writer: &'a mut Writer,
    /// Where it starts in the output.
    start: usize,
    close: &'static str,
    empty: bool,
}

impl Compound<'_> {
    fn item<T: Serialize + ?Sized>(
        &mut self,
        label: Option<&str>,
        value: &T,
    ) -> Result<(), LiteralError> {
        self.empty = false;
        let indent = "    ".repeat(self.writer.depth);
        self.writer.raw(format_args!("\n{indent}"))?;
        if let Some(label) = label {
            self.writer.raw(format_args!("{label}: "))?;
        }
        value.serialize(&mut *self.writer)?;
        self.writer.raw(",")
    }

    fn close(self) -> Result<(), LiteralError> {
        self.writer.depth -= 1;
        if !self.empty {
            let indent = "    ".repeat(self.writer.depth);
            self.writer.raw(format_args!("\n{indent}"))?;
        }
        self.writer.raw(self.close)?;
        self.writer.fold(self.start);
        Ok(())
    }
}

/// Serializer methods that write the value with its `Display` or `Debug` text, which
/// is its Rust literal.
macro_rules! written_as {
    (Display: $($method:ident: $type:ty),*) => {
        $(fn $method(self, v: $type) -> Result<(), LiteralError> {
            self.raw(v)
        })*
    };
    (Debug: $($method:ident: $type:ty),*) => {
        $(fn $method(self, v: $type) -> Result<(), LiteralError> {
            self.raw(format_args!("{v:?}"))
        })*
    };
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = LiteralError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = ser::Impossible<(), LiteralError>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    written_as!(Display: serialize_bool: bool, serialize_i8: i8, serialize_i16: i16,
        serialize_i32: i32, serialize_i64: i64, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64);
    // `Debug` keeps a float's decimal point ("5.0") and quotes a char: both Rust literals.
    written_as!(Debug: serialize_f32: f32, serialize_f64: f64, serialize_char: char);
    fn serialize_str(self, v: &str) -> Result<(), LiteralError> {
        self.raw(format_args!("Borrowed({v:?})"))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), LiteralError> {
        Err(ser::Error::custom("octets : pas de littéral"))
    }
    fn serialize_none(self) -> Result<(), LiteralError> {
        self.raw("None")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), LiteralError> {
        self.raw("Some(")?;
        value.serialize(&mut *self)?;
        self.raw(")")
    }
    fn serialize_unit(self) -> Result<(), LiteralError> {
        self.raw("()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), LiteralError> {
        self.raw(name)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), LiteralError> {
        self.raw(format_args!("{name}::{variant}"))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), LiteralError> {
        self.raw(format_args!("{name}("))?;
        value.serialize(&mut *self)?;
        self.raw(")")
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), LiteralError> {
        self.raw(format_args!("{name}::{variant}("))?;
        value.serialize(&mut *self)?;
        self.raw(")")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, LiteralError> {
        self.open("Borrowed(&[", "])")
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, LiteralError> {
        self.open("(", ")")
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, LiteralError> {
        self.open(format_args!("{name}("), ")")
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, LiteralError> {
        self.open(format_args!("{name}::{variant}("), ")")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, LiteralError> {
        Err(ser::Error::custom(
            "table associative : pas de littéral, utilisez une liste de paires",
        ))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, LiteralError> {
        self.open(format_args!("{name} {{"), "}")
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, LiteralError> {
        self.open(format_args!("{name}::{variant} {{"), "}")
    }
}

/// Implements one of serde's compound traits for [`Compound`]: `$method` writes an
/// unlabelled item, or with `labelled`, a field with its name.
macro_rules! compound {
    ($trait:ident, labelled) => {
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = LiteralError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), LiteralError> {
                self.item(Some(key), value)
            }
            fn end(self) -> Result<(), LiteralError> {
                self.close()
            }
        }
    };
    ($trait:ident, $method:ident) => {
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = LiteralError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), LiteralError> {
                self.item(None, value)
            }
            fn end(self) -> Result<(), LiteralError> {
                self.close()
            }
        }
    };
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStruct, labelled);
compound!(SerializeStructVariant, labelled);
