//! Every model, enum and union that a few roots reach, found through the structured type
//! references of their documentation, so that no list of types is kept by hand.

use std::collections::HashSet;

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
/// let models: Vec<&str> = catalog.models.iter().map(|model| model.name).collect();
/// assert_eq!(models, ["Repository", "Owner"]);
/// assert_eq!(catalog.enums[0].name, "Visibility");
/// let pages = catalog.pages(NameColumn::Wire);
/// assert!(pages[0].1.contains("| full_name |"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// The models, a generic one once per instance.
    pub models: Vec<&'static ModelDoc>,
    /// The enums.
    pub enums: Vec<&'static EnumDoc>,
    /// The one-of unions.
    pub unions: Vec<&'static UnionDoc>,
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

    /// One Markdown page per model, named `<Model>.md` (its table, then the tables of the
    /// enums its fields use), one per union, and one per enum that no model's page shows, so
    /// that every enum has a section. `names` picks what the Name column shows.
    pub fn pages(&self, names: NameColumn) -> Vec<(String, String)> {
        let mut shown: HashSet<&str> = HashSet::new();
        let mut pages = Vec::new();
        for model in &self.models {
            let enums = enums_of(model, &self.enums);
            shown.extend(enums.iter().map(|doc| doc.name));
            pages.push((
                format!("{}.md", model.name),
                render_page_with(model, &enums, names),
            ));
        }
        for union in &self.unions {
            pages.push((format!("{}.md", union.name), union.to_markdown()));
        }
        for doc in self.enums.iter().filter(|doc| !shown.contains(doc.name)) {
            pages.push((format!("{}.md", doc.name), doc.to_markdown_with(names)));
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
    seen: HashSet<&'static str>,
}

impl Walk {
    fn visit(&mut self, ty: &'static TypeRef) {
        match ty {
            TypeRef::OrNull(inner) | TypeRef::List(inner) => self.visit(inner),
            TypeRef::Tuple(items) => items.iter().for_each(|item| self.visit(item)),
            TypeRef::Map { key, value } => {
                self.visit(key);
                self.visit(value);
            }
            TypeRef::Model(model) => {
                if !self.seen.insert(model.rust_type()) {
                    return;
                }
                let doc = model.doc();
                self.catalog.models.push(doc);
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
            TypeRef::Enum(api_enum) if self.seen.insert(api_enum.rust_type()) => {
                self.catalog.enums.push(api_enum.doc());
            }
            TypeRef::Union(union) => {
                if !self.seen.insert(union.rust_type()) {
                    return;
                }
                let doc = union.doc();
                self.catalog.unions.push(doc);
                for shape in doc.variants.iter().filter_map(|variant| variant.shape) {
                    self.visit(shape);
                }
            }
            _ => {}
        }
    }
}
