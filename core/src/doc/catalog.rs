//! Every model, enum and union that a few roots reach, found through the structured type
//! references of their documentation, so that no list of types is kept by hand.

use std::collections::HashSet;

use crate::schema::naming::Names;

use super::{
    EnumDoc, ModelDoc, NameColumn, TypeRef, UnionDoc, UnknownFields, enums_of, render_page_with,
};

/// The documentation of every type reachable from some roots, each once, in the order it is
/// first reached (depth first, fields in declaration order).
///
/// ```
/// use callparty::doc::{Catalog, Describe, NameColumn};
/// use callparty::{ApiEnum, ApiModel};
///
/// /// How a repository is seen
/// #[derive(ApiEnum)]
/// #[api(rename_all = "lowercase")]
/// enum Visibility { Public, Private }
///
/// #[derive(ApiModel)]
/// #[api(rename_all = "snake_case")]
/// struct Owner { login: String }
///
/// #[derive(ApiModel)]
/// #[api(rename_all = "snake_case")]
/// struct Repository { full_name: String, owner: Option<Owner>, visibility: Option<Visibility> }
///
/// let catalog = Catalog::from_roots(&[Repository::TYPE]);
/// let models: Vec<&str> = catalog.models().map(|model| model.name).collect();
/// assert_eq!(models, ["Repository", "Owner"]);
/// assert_eq!(catalog.enums().next().map(|doc| doc.name), Some("Visibility"));
/// let pages = catalog.pages(NameColumn::Wire);
/// assert!(pages[0].1.contains("| full_name |"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    models: Vec<Entry<ModelDoc>>,
    enums: Vec<Entry<EnumDoc>>,
    unions: Vec<Entry<UnionDoc>>,
}

/// A type's documentation and its name in the catalog: the documented name, made unique as
/// the schema's definition names are (`Page<Contact>` is `Page_Contact`, a second type of
/// the same name `Status_2`), so that no two pages share a file name.
#[derive(Debug, Clone)]
struct Entry<D: 'static> {
    doc: &'static D,
    name: String,
}

impl Catalog {
    /// Every model, enum and union reachable from `roots`: through field types, flattened
    /// models, the value type of an `extra` map, and the types a union's variants hold.
    pub fn from_roots(roots: &[&'static TypeRef]) -> Catalog {
        let mut walk = Walk::default();
        for root in roots {
            walk.visit(root);
        }
        walk.catalog
    }

    /// The models, a generic one once per instance.
    pub fn models(&self) -> impl Iterator<Item = &'static ModelDoc> + '_ {
        self.models.iter().map(|entry| entry.doc)
    }

    /// The enums.
    pub fn enums(&self) -> impl Iterator<Item = &'static EnumDoc> + '_ {
        self.enums.iter().map(|entry| entry.doc)
    }

    /// The one-of unions.
    pub fn unions(&self) -> impl Iterator<Item = &'static UnionDoc> + '_ {
        self.unions.iter().map(|entry| entry.doc)
    }

    /// One Markdown page per model, named `<Model>.md` (its table, then the tables of the
    /// enums its fields use), one per union, and one per enum that no model's page shows, so
    /// that every enum has a section. `names` picks what the Name column shows. A page is
    /// named after its type's unique name: `Page_Contact.md` for `Page<Contact>`.
    pub fn pages(&self, names: NameColumn) -> Vec<(String, String)> {
        let enums: Vec<&EnumDoc> = self.enums().collect();
        let mut shown: HashSet<&str> = HashSet::new();
        let mut pages = Vec::new();
        for model in &self.models {
            let used = enums_of(model.doc, &enums);
            shown.extend(used.iter().map(|doc| doc.name));
            pages.push((
                format!("{}.md", model.name),
                render_page_with(model.doc, &used, names),
            ));
        }
        for union in &self.unions {
            pages.push((format!("{}.md", union.name), union.doc.to_markdown()));
        }
        for entry in self
            .enums
            .iter()
            .filter(|entry| !shown.contains(entry.doc.name))
        {
            pages.push((
                format!("{}.md", entry.name),
                entry.doc.to_markdown_with(names),
            ));
        }
        pages
    }
}

/// The walk behind [`Catalog::from_roots`]. A type is known by its Rust type name, which
/// tells apart two instances of one generic model; the address of a `DOC` constant does not
/// identify it, as each use of a constant may have its own copy.
#[derive(Default)]
struct Walk {
    catalog: Catalog,
    names: Names,
}

impl Walk {
    /// The type's unique name, or `None` when it was met before.
    fn first_visit(&mut self, rust_type: &'static str, doc_name: &str) -> Option<String> {
        let (name, is_new) = self.names.name(rust_type, doc_name);
        is_new.then(|| name.to_owned())
    }

    fn visit(&mut self, ty: &'static TypeRef) {
        match ty {
            TypeRef::OrNull(inner) | TypeRef::List(inner) => self.visit(inner),
            TypeRef::Tuple(items) => items.iter().for_each(|item| self.visit(item)),
            TypeRef::Map { key, value } => {
                self.visit(key);
                self.visit(value);
            }
            TypeRef::Model(model) => {
                let doc = model.doc();
                let Some(name) = self.first_visit(model.rust_type(), doc.name) else {
                    return;
                };
                self.catalog.models.push(Entry { doc, name });
                for field in doc.fields {
                    self.visit(field.shape);
                }
                for flattened in doc.flattened {
                    self.visit(flattened);
                }
                if let UnknownFields::Kept(map) = doc.unknown_fields {
                    self.visit(map);
                }
            }
            TypeRef::Enum(api_enum) => {
                let doc = api_enum.doc();
                if let Some(name) = self.first_visit(api_enum.rust_type(), doc.name) {
                    self.catalog.enums.push(Entry { doc, name });
                }
            }
            TypeRef::Union(union) => {
                let doc = union.doc();
                let Some(name) = self.first_visit(union.rust_type(), doc.name) else {
                    return;
                };
                self.catalog.unions.push(Entry { doc, name });
                for shape in doc.variants.iter().filter_map(|variant| variant.shape) {
                    self.visit(shape);
                }
            }
            _ => {}
        }
    }
}
