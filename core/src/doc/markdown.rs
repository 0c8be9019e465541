//! Markdown rendering of the documentation metadata: the layout of RingCentral's published
//! model pages (heading, description, a **Properties** table, then one section per enum).
//!
//! The table keeps the published page's four columns first (Name, Type, Required,
//! Description) and adds a fifth, Wire name: the name in JSON, then any other names accepted
//! on input.

use super::{EnumDoc, ModelDoc};

const TABLE_HEAD: &str = "| Name | Type | Required | Description | Wire name |\n\
                          | :--- | :--- | :------- | :---------- | :-------- |\n";

const OPEN_NOTE: &str =
    "Unknown values are kept as they are received and written back unchanged.\n";

impl ModelDoc {
    /// Renders the model as a markdown section: heading, description and properties table.
    /// A deprecated field says so at the start of its description.
    ///
    /// ```
    /// use callparty::doc::{FieldDoc, ModelDoc, TypeRef, UnknownFields};
    ///
    /// static FIELDS: [FieldDoc; 1] = [FieldDoc {
    ///     name: "stand_alone",
    ///     wire_name: "standAlone",
    ///     aliases: &[],
    ///     ty: "bool",
    ///     shape: &TypeRef::OrNull(&TypeRef::Bool),
    ///     required: false,
    ///     nullable: false,
    ///     deprecated: false,
    ///     description: "If `true` then the party is not connected to a session voice\nconference",
    /// }];
    /// let doc = ModelDoc {
    ///     name: "CallParty",
    ///     description: "Information on a party of a call session",
    ///     fields: &FIELDS,
    ///     unknown_fields: UnknownFields::Ignored,
    ///     newtype_of: None,
    ///     flattened: &[],
    /// };
    /// assert!(doc.to_markdown().ends_with(
    ///     "| stand_alone | `bool` | ❌ | If `true` then the party is not connected to a \
    ///      session voice conference | `standAlone` |\n"
    /// ));
    /// ```
    pub fn to_markdown(&self) -> String {
        self.to_markdown_with(NameColumn::Rust)
    }

    /// Renders the model as [`to_markdown`](Self::to_markdown) does, with `names` in the
    /// Name column: [`NameColumn::Wire`] shows `standAlone` where the Rust name is
    /// `stand_alone`, for readers of the API who never see the Rust code.
    pub fn to_markdown_with(&self, names: NameColumn) -> String {
        if let Some(inner) = self.newtype_of {
            return newtype_section(self.name, self.description, inner);
        }
        let mut out = section_head(self.name, self.description);
        for field in self.fields_with_flattened() {
            let required = if field.required { "✅" } else { "❌" };
            // Backticks keep `Vec<RecordingInfo>` from reading as an HTML tag.
            let ty = if field.nullable {
                format!("`{}`, nullable", field.ty)
            } else {
                format!("`{}`", field.ty)
            };
            let description = if field.deprecated && !field.description.starts_with("Deprecated") {
                format!("Deprecated. {}", field.description)
            } else {
                field.description.to_owned()
            };
            let wire = wire_names(&format!("`{}`", field.wire_name), field.aliases, '`');
            let name = names.pick(field.name, field.wire_name);
            push_row(&mut out, [name, &ty, required, &description, &wire]);
        }
        out
    }
}

impl EnumDoc {
    /// Renders the enum as a markdown section: one row per variant showing its wire value and
    /// description, and in the last column the value with the aliases accepted on input, plus
    /// a note when unknown values are kept.
    ///
    /// ```
    /// use callparty::doc::{EnumDoc, VariantDoc};
    ///
    /// static VARIANTS: [VariantDoc; 1] = [VariantDoc {
    ///     name: "Inbound",
    ///     value: "Inbound",
    ///     aliases: &[],
    ///     description: "",
    /// }];
    /// let doc = EnumDoc {
    ///     name: "CallPartyDirection",
    ///     description: "Direction of a call",
    ///     variants: &VARIANTS,
    ///     open: false,
    /// };
    /// assert!(doc.to_markdown().ends_with("| Inbound | str | ✅ | \"Inbound\" | \"Inbound\" |\n"));
    /// ```
    pub fn to_markdown(&self) -> String {
        self.to_markdown_with(NameColumn::Rust)
    }

    /// Renders the enum as [`to_markdown`](Self::to_markdown) does, with `names` in the Name
    /// column: [`NameColumn::Wire`] shows each variant's wire value.
    pub fn to_markdown_with(&self, names: NameColumn) -> String {
        let mut out = section_head(self.name, self.description);
        for variant in self.variants {
            let value = format!("\"{}\"", variant.value);
            let mut cell = value.clone();
            let description = variant.description.trim();
            if !description.is_empty() {
                cell.push_str(" — ");
                cell.push_str(description);
            }
            let wire = wire_names(&value, variant.aliases, '"');
            let name = names.pick(variant.name, variant.value);
            push_row(&mut out, [name, "str", "✅", &cell, &wire]);
        }
        if self.open {
            out.push('\n');
            out.push_str(OPEN_NOTE);
        }
        out
    }
}

/// Renders a whole reference page: the model's section followed by one section per enum,
/// separated by a blank line.
///
/// ```
/// use callparty::doc::{render_page, EnumDoc, ModelDoc, UnknownFields};
///
/// let model = ModelDoc {
///     name: "Empty",
///     description: "",
///     fields: &[],
///     unknown_fields: UnknownFields::Ignored,
///     newtype_of: None,
///     flattened: &[],
/// };
/// let kind = EnumDoc { name: "Kind", description: "", variants: &[], open: true };
/// let page = render_page(&model, &[&kind]);
/// assert!(page.starts_with("# Empty\n\n**Properties**\n\n"));
/// assert!(page.contains("|\n\n# Kind\n"));
/// assert!(page.ends_with("unchanged.\n"));
/// ```
pub fn render_page(model: &ModelDoc, enums: &[&EnumDoc]) -> String {
    render_page_with(model, enums, NameColumn::Rust)
}

/// Renders a whole reference page as [`render_page`] does, with `names` in the Name column
/// of every table.
pub fn render_page_with(model: &ModelDoc, enums: &[&EnumDoc], names: NameColumn) -> String {
    // Every section ends with exactly one newline, so one more gives one blank line.
    let mut page = model.to_markdown_with(names);
    for doc in enums {
        page.push('\n');
        page.push_str(&doc.to_markdown_with(names));
    }
    page
}

/// Which name the Name column of a table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum NameColumn {
    /// The Rust name of a field or variant (`stand_alone`), for Rust users; the layout of
    /// RingCentral's published pages, whose Name column holds what the SDK calls the field.
    #[default]
    Rust,
    /// The name on the wire (`standAlone`), for a catalog whose readers use the API from
    /// another language.
    Wire,
}

impl NameColumn {
    fn pick<'a>(self, rust: &'a str, wire: &'a str) -> &'a str {
        match self {
            NameColumn::Rust => rust,
            NameColumn::Wire => wire,
        }
    }
}

/// Picks the enums from `catalog` that the model's fields use, directly or as `Vec<Enum>`,
/// in field order and each once: the enum sections that belong on the model's page.
///
/// ```
/// use callparty::doc::{enums_of, EnumDoc, FieldDoc, ModelDoc, TypeRef, UnknownFields};
///
/// static FIELDS: [FieldDoc; 1] = [FieldDoc {
///     name: "direction",
///     wire_name: "direction",
///     aliases: &[],
///     ty: "CallPartyDirection",
///     // What the derive writes here refers to the enum's documentation.
///     shape: &TypeRef::Undescribed,
///     required: false,
///     nullable: false,
///     deprecated: false,
///     description: "",
/// }];
/// let model = ModelDoc {
///     name: "CallParty",
///     description: "",
///     fields: &FIELDS,
///     unknown_fields: UnknownFields::Ignored,
///     newtype_of: None,
///     flattened: &[],
/// };
/// let direction = EnumDoc { name: "CallPartyDirection", description: "", variants: &[], open: false };
/// let other = EnumDoc { name: "Other", description: "", variants: &[], open: false };
/// let catalog = [&other, &direction];
/// assert_eq!(enums_of(&model, &catalog), vec![&direction]);
/// ```
pub fn enums_of<'a>(model: &ModelDoc, catalog: &'a [&'a EnumDoc]) -> Vec<&'a EnumDoc> {
    let mut found: Vec<&'a EnumDoc> = Vec::new();
    for field in model.fields_with_flattened() {
        let ty = element_type(field.ty);
        let hit = catalog.iter().copied().find(|doc| doc.name == ty);
        if let Some(doc) = hit
            && !found.iter().any(|seen| seen.name == doc.name)
        {
            found.push(doc);
        }
    }
    found
}

/// The type inside any `Vec<...>` wrappers, tolerating the spaces a token printer inserts.
fn element_type(mut ty: &str) -> &str {
    loop {
        ty = ty.trim();
        let inner = ty
            .strip_prefix("Vec")
            .map(str::trim_start)
            .and_then(|rest| rest.strip_prefix('<'))
            .and_then(|rest| rest.strip_suffix('>'));
        match inner {
            Some(inner) => ty = inner,
            None => return ty,
        }
    }
}

fn section_head(name: &str, description: &str) -> String {
    let mut out = format!("# {name}\n\n");
    // Trimmed so a doc comment ending in a blank line cannot add blank lines to the page.
    let description = description.trim();
    if !description.is_empty() {
        out.push_str(description);
        out.push_str("\n\n");
    }
    out.push_str("**Properties**\n\n");
    out.push_str(TABLE_HEAD);
    out
}

/// A newtype's section: heading, description, and the type whose JSON it is.
fn newtype_section(name: &str, description: &str, inner: &str) -> String {
    let head = section_head(name, description);
    let intro = head.split("**Properties**").next().unwrap_or_default();
    format!("{intro}On the wire: `{inner}`, as it is.\n")
}

/// The Wire name cell: the wire name, then the other names accepted on input, each quoted
/// with `quote`.
fn wire_names(wire: &str, aliases: &[&str], quote: char) -> String {
    if aliases.is_empty() {
        return wire.to_owned();
    }
    let aliases: Vec<String> = aliases
        .iter()
        .map(|alias| format!("{quote}{alias}{quote}"))
        .collect();
    format!("{wire} (also accepted: {})", aliases.join(", "))
}

fn push_row(out: &mut String, cells: [&str; 5]) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        push_cell(out, cell);
        out.push_str(" |");
    }
    out.push('\n');
}

/// Writes `text` so it stays inside one table cell, reading line breaks as Markdown does: a
/// single one inside a paragraph is a space (doc comments and the spec wrap long lines), a
/// blank line starts a new paragraph, shown as `<br><br>`. A `|` would end the cell.
pub(super) fn push_cell(out: &mut String, text: &str) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let paragraphs = text
        .split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty());
    for (index, paragraph) in paragraphs.enumerate() {
        if index > 0 {
            out.push_str("<br><br>");
        }
        out.push_str(&paragraph.replace('|', "\\|"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{FieldDoc, TypeRef, UnknownFields, VariantDoc};

    const fn field(name: &'static str, ty: &'static str, required: bool) -> FieldDoc {
        FieldDoc {
            name,
            wire_name: name,
            aliases: &[],
            ty,
            shape: &TypeRef::Undescribed,
            required,
            nullable: false,
            deprecated: false,
            description: "",
        }
    }

    const fn variant(name: &'static str, value: &'static str) -> VariantDoc {
        VariantDoc {
            name,
            value,
            aliases: &[],
            description: "",
        }
    }

    const fn closed(name: &'static str) -> EnumDoc {
        EnumDoc {
            name,
            description: "",
            variants: &[],
            open: false,
        }
    }

    static PARTY_FIELDS: [FieldDoc; 2] = [
        FieldDoc {
            description: "Internal identifier of a party",
            ..field("id", "String", false)
        },
        FieldDoc {
            description: "Deprecated. Information on a call owner",
            deprecated: true,
            ..field("owner", "OwnerInfo", true)
        },
    ];

    static PARTY: ModelDoc = ModelDoc {
        name: "CallParty",
        description: "Information on a party of a call session",
        fields: &PARTY_FIELDS,
        unknown_fields: UnknownFields::Ignored,
        newtype_of: None,
        flattened: &[],
    };

    static DIRECTION: EnumDoc = EnumDoc {
        name: "CallPartyDirection",
        description: "Direction of a call",
        variants: &[
            variant("Inbound", "Inbound"),
            variant("Outbound", "Outbound"),
        ],
        open: false,
    };

    const PARTY_MD: &str = "# CallParty

Information on a party of a call session

**Properties**

| Name | Type | Required | Description | Wire name |
| :--- | :--- | :------- | :---------- | :-------- |
| id | `String` | ❌ | Internal identifier of a party | `id` |
| owner | `OwnerInfo` | ✅ | Deprecated. Information on a call owner | `owner` |
";

    const DIRECTION_MD: &str = "# CallPartyDirection

Direction of a call

**Properties**

| Name | Type | Required | Description | Wire name |
| :--- | :--- | :------- | :---------- | :-------- |
| Inbound | str | ✅ | \"Inbound\" | \"Inbound\" |
| Outbound | str | ✅ | \"Outbound\" | \"Outbound\" |
";

    #[test]
    fn model_markdown_is_exact() {
        assert_eq!(PARTY.to_markdown(), PARTY_MD);
    }

    #[test]
    fn enum_markdown_is_exact() {
        assert_eq!(DIRECTION.to_markdown(), DIRECTION_MD);
    }

    #[test]
    fn the_wire_name_column_option_shows_wire_names_only_in_the_name_column() {
        static FIELDS: [FieldDoc; 1] = [FieldDoc {
            wire_name: "standAlone",
            aliases: &["stand-alone"],
            ..field("stand_alone", "bool", false)
        }];
        let model = ModelDoc {
            fields: &FIELDS,
            ..PARTY
        };
        let wire = model.to_markdown_with(NameColumn::Wire);
        assert_eq!(
            wire,
            model
                .to_markdown()
                .replace("| stand_alone |", "| standAlone |")
        );
        assert!(wire.ends_with(
            "| standAlone | `bool` | ❌ |  | `standAlone` (also accepted: `stand-alone`) |\n"
        ));
        static VARIANTS: [VariantDoc; 1] = [variant("OnHold", "on_hold")];
        let status = EnumDoc {
            variants: &VARIANTS,
            ..DIRECTION
        };
        assert!(
            status
                .to_markdown_with(NameColumn::Wire)
                .ends_with("| on_hold | str | ✅ | \"on_hold\" | \"on_hold\" |\n")
        );
        let page = render_page_with(&model, &[&status], NameColumn::Wire);
        assert_eq!(
            page,
            format!(
                "{}\n{}",
                model.to_markdown_with(NameColumn::Wire),
                status.to_markdown_with(NameColumn::Wire)
            )
        );
        assert_eq!(
            render_page(&PARTY, &[&DIRECTION]),
            format!("{PARTY_MD}\n{DIRECTION_MD}")
        );
    }

    #[test]
    fn empty_description_and_no_fields_keep_the_table_head() {
        let doc = ModelDoc {
            name: "Empty",
            description: " \n",
            fields: &[],
            unknown_fields: UnknownFields::Ignored,
            newtype_of: None,
            flattened: &[],
        };
        assert_eq!(
            doc.to_markdown(),
            format!("# Empty\n\n**Properties**\n\n{TABLE_HEAD}")
        );
    }

    #[test]
    fn cells_escape_pipes_and_read_line_breaks_as_markdown_does() {
        static FIELDS: [FieldDoc; 1] = [FieldDoc {
            description: "a | b\nc\r\nd\re\n\nnext  paragraph\r\n\r\nlast\n",
            ..field("x", "bool", false)
        }];
        let doc = ModelDoc {
            name: "M",
            description: "",
            fields: &FIELDS,
            unknown_fields: UnknownFields::Ignored,
            newtype_of: None,
            flattened: &[],
        };
        assert!(
            doc.to_markdown().ends_with(
                "| x | `bool` | ❌ | a \\| b c d e<br><br>next paragraph<br><br>last | `x` |\n"
            ),
            "{}",
            doc.to_markdown()
        );
    }

    #[test]
    fn wire_name_column_lists_aliases_after_the_wire_name() {
        static FIELDS: [FieldDoc; 2] = [
            FieldDoc {
                wire_name: "srvLvl",
                aliases: &["srvlvl", "srv_lvl"],
                description: "User data",
                ..field("srv_lvl", "String", false)
            },
            FieldDoc {
                wire_name: "mediaSDP",
                ..field("media_sdp", "String", false)
            },
        ];
        let doc = ModelDoc {
            name: "M",
            description: "",
            fields: &FIELDS,
            unknown_fields: UnknownFields::Ignored,
            newtype_of: None,
            flattened: &[],
        };
        let md = doc.to_markdown();
        assert!(md.contains(
            "| srv_lvl | `String` | ❌ | User data | `srvLvl` (also accepted: `srvlvl`, `srv_lvl`) |\n"
        ));
        assert!(
            md.ends_with("| media_sdp | `String` | ❌ |  | `mediaSDP` |\n"),
            "{md}"
        );
    }

    #[test]
    fn deprecated_fields_say_so_once() {
        static FIELDS: [FieldDoc; 3] = [
            FieldDoc {
                deprecated: true,
                description: "Information on a call owner",
                ..field("owner", "OwnerInfo", false)
            },
            FieldDoc {
                deprecated: true,
                description: "Deprecated. Information on a call owner",
                ..field("holder", "OwnerInfo", false)
            },
            FieldDoc {
                deprecated: true,
                ..field("old", "bool", false)
            },
        ];
        let doc = ModelDoc {
            name: "M",
            description: "",
            fields: &FIELDS,
            unknown_fields: UnknownFields::Ignored,
            newtype_of: None,
            flattened: &[],
        };
        let md = doc.to_markdown();
        assert!(
            md.contains("| owner | `OwnerInfo` | ❌ | Deprecated. Information on a call owner |")
        );
        assert!(
            md.contains("| holder | `OwnerInfo` | ❌ | Deprecated. Information on a call owner |")
        );
        assert!(
            md.contains("| old | `bool` | ❌ | Deprecated. | `old` |"),
            "{md}"
        );
    }

    #[test]
    fn variant_aliases_follow_the_value_in_the_wire_name_column() {
        static VARIANTS: [VariantDoc; 2] = [
            VariantDoc {
                aliases: &["Voicemail", "VM"],
                description: "Sent to\nvoicemail | box",
                ..variant("VoiceMail", "VoiceMail")
            },
            VariantDoc {
                description: "Plain",
                ..variant("Other", "other")
            },
        ];
        let doc = EnumDoc {
            variants: &VARIANTS,
            ..closed("Kind")
        };
        let md = doc.to_markdown();
        assert!(
            md.contains(
                "| VoiceMail | str | ✅ | \"VoiceMail\" — Sent to voicemail \\| box \
             | \"VoiceMail\" (also accepted: \"Voicemail\", \"VM\") |\n"
            ),
            "{md}"
        );
        assert!(md.ends_with("| Other | str | ✅ | \"other\" — Plain | \"other\" |\n"));
    }

    #[test]
    fn open_enum_ends_with_the_note() {
        let doc = EnumDoc {
            open: true,
            ..DIRECTION
        };
        assert_eq!(doc.to_markdown(), format!("{DIRECTION_MD}\n{OPEN_NOTE}"));
        assert!(!DIRECTION.to_markdown().contains("Unknown values"));
    }

    #[test]
    fn page_separates_sections_by_one_blank_line() {
        let open = EnumDoc {
            open: true,
            ..closed("Open")
        };
        let page = render_page(&PARTY, &[&DIRECTION, &open]);
        let expected = format!(
            "{PARTY_MD}\n{DIRECTION_MD}\n# Open\n\n**Properties**\n\n{TABLE_HEAD}\n{OPEN_NOTE}"
        );
        assert_eq!(page, expected);
        assert!(page.ends_with("unchanged.\n") && !page.contains("\n\n\n"));
        assert_eq!(render_page(&PARTY, &[]), PARTY_MD);
    }

    #[test]
    fn enums_of_follows_field_order_once_each() {
        static FIELDS: [FieldDoc; 5] = [
            field("role", "Vec<Role>", false),
            field("id", "String", false),
            field("direction", "Direction", false),
            field("roles", "Vec < Role >", false),
            field("nested", "Vec<Vec<Nested>>", false),
        ];
        let model = ModelDoc {
            name: "M",
            description: "",
            fields: &FIELDS,
            unknown_fields: UnknownFields::Ignored,
            newtype_of: None,
            flattened: &[],
        };
        let (direction, role, nested, unused) = (
            closed("Direction"),
            closed("Role"),
            closed("Nested"),
            closed("String2"),
        );
        let catalog = [&unused, &direction, &nested, &role];
        let names: Vec<&str> = enums_of(&model, &catalog)
            .iter()
            .map(|doc| doc.name)
            .collect();
        assert_eq!(names, ["Role", "Direction", "Nested"]);
        assert!(enums_of(&model, &[]).is_empty());
    }
}
