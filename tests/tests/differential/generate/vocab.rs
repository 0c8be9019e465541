//! The words generated documents are made of: the wire names, aliases and enum values of the
//! models under test, near misses of them, and a few strangers.

use callparty::doc::{EnumDoc, ModelDoc};

pub struct Vocab {
    /// Wire names, aliases and near misses of them (other case, other separator).
    pub keys: Vec<String>,
    /// (wire name, alias) pairs, to spell a present key another accepted way.
    pub aliases: Vec<(String, String)>,
    /// Enum values, aliases, near misses and unknown values.
    pub enum_values: Vec<String>,
}

impl Vocab {
    pub fn new(models: &[&ModelDoc], enums: &[&EnumDoc]) -> Vocab {
        let mut keys = vec!["unknownKey".to_owned(), String::new(), "ß".to_owned()];
        let mut aliases = Vec::new();
        for field in models.iter().flat_map(|model| model.fields) {
            keys.push(field.wire_name.to_owned());
            keys.extend(near_misses(field.wire_name));
            for alias in field.aliases {
                keys.push((*alias).to_owned());
                aliases.push((field.wire_name.to_owned(), (*alias).to_owned()));
                aliases.push(((*alias).to_owned(), field.wire_name.to_owned()));
            }
        }
        let mut enum_values = vec!["".to_owned(), "NotAValue".to_owned()];
        for variant in enums.iter().flat_map(|e| e.variants) {
            enum_values.push(variant.value.to_owned());
            enum_values.extend(near_misses(variant.value));
            enum_values.extend(variant.aliases.iter().map(|alias| (*alias).to_owned()));
        }
        for list in [&mut keys, &mut enum_values] {
            list.sort();
            list.dedup();
        }
        Vocab {
            keys,
            aliases,
            enum_values,
        }
    }

    /// Adds `keys` and string `values` that no model or enum doc lists (a union's keys and
    /// tag values), with their near misses.
    pub fn extend(&mut self, keys: &[&str], values: &[&str]) {
        for (list, words) in [(&mut self.keys, keys), (&mut self.enum_values, values)] {
            for word in words {
                list.push((*word).to_owned());
                list.extend(near_misses(word));
            }
            list.sort();
            list.dedup();
        }
    }
}

fn near_misses(word: &str) -> [String; 3] {
    let mut first_flipped: String = word.chars().take(1).flat_map(flip_case).collect();
    first_flipped.extend(word.chars().skip(1));
    [word.to_uppercase(), first_flipped, format!("{word} ")]
}

fn flip_case(c: char) -> Vec<char> {
    if c.is_uppercase() {
        c.to_lowercase().collect()
    } else {
        c.to_uppercase().collect()
    }
}
