//! A JSON document as a tree that, unlike `serde_json::Value`, can hold duplicate keys, keep
//! keys in any order and spell numbers any way; rendered to text by hand.

use std::fmt::Write;

use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum J {
    Null,
    Bool(bool),
    /// The number as written in the document, e.g. `-0`, `1e400`, `18446744073709551616`.
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl From<&Value> for J {
    fn from(value: &Value) -> J {
        match value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => J::Num(n.to_string()),
            Value::String(s) => J::Str(s.clone()),
            Value::Array(items) => J::Arr(items.iter().map(J::from).collect()),
            Value::Object(map) => J::Obj(map.iter().map(|(k, v)| (k.clone(), v.into())).collect()),
        }
    }
}

impl J {
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => write!(out, "{b}").expect("writing to a String"),
            J::Num(n) => out.push_str(n),
            J::Str(s) => write_str(s, out),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// Whether some object in the tree repeats a key.
    pub fn has_duplicate_key(&self) -> bool {
        match self {
            J::Arr(items) => items.iter().any(J::has_duplicate_key),
            J::Obj(entries) => {
                entries
                    .iter()
                    .enumerate()
                    .any(|(i, (key, _))| entries[..i].iter().any(|(seen, _)| seen == key))
                    || entries.iter().any(|(_, value)| value.has_duplicate_key())
            }
            _ => false,
        }
    }

    /// Every node, depth first, as the child indices that lead to it from the root.
    pub fn paths(&self) -> Vec<Vec<usize>> {
        let mut paths = Vec::new();
        self.collect_paths(&mut Vec::new(), &mut paths);
        paths
    }

    fn collect_paths(&self, here: &mut Vec<usize>, paths: &mut Vec<Vec<usize>>) {
        paths.push(here.clone());
        let children: Vec<&J> = match self {
            J::Arr(items) => items.iter().collect(),
            J::Obj(entries) => entries.iter().map(|(_, value)| value).collect(),
            _ => Vec::new(),
        };
        for (i, child) in children.into_iter().enumerate() {
            here.push(i);
            child.collect_paths(here, paths);
            here.pop();
        }
    }

    pub fn at_mut(&mut self, path: &[usize]) -> &mut J {
        let Some((first, rest)) = path.split_first() else {
            return self;
        };
        match self {
            J::Arr(items) => items[*first].at_mut(rest),
            J::Obj(entries) => entries[*first].1.at_mut(rest),
            _ => unreachable!("paths() only leads into arrays and objects"),
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push_str(&serde_json::to_string(s).expect("a str always encodes"));
}
