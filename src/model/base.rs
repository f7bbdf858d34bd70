//! The building blocks every concern uses, tied to none of them.
//!
//! May not import any other folder of the model.
//!
//! - [`text`]: the borrowed-or-owned text and list types content is made of, and
//!   lower-casing for names shown mid-sentence;
//! - [`language`]: passages in another language, marked in the data (`{en:…}`);
//! - [`date`]: timestamps written as French dates;
//! - [`json`]: the small JSON reader and writer of what the app stores;
//! - [`read_error`]: why stored text could not be used, in words;
//! - [`small_sort`]: a small stable sort for short lists;
//! - [`shuffle`]: the seeded order of a situation's options, and a small generator.

pub mod date;
pub mod json;
pub mod language;
pub mod read_error;
pub mod shuffle;
pub mod small_sort;
pub mod text;
