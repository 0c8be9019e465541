//! Markdown rendering of a union: the layout of a model page, with a **One of** table in
//! place of the properties, and one sentence that says how the variant is picked.

use super::UnionDoc;
use super::markdown::push_cell;

const TABLE_HEAD: &str = "| Name | Type | Description |\n\
                          | :--- | :--- | :---------- |\n";

const OPEN_NOTE: &str =
    "Unknown variants are kept with their data as they are received and written back unchanged.\n";

impl UnionDoc {
    /// Renders the union as a markdown section: heading, description, how the variant is
    /// picked, and a **One of** table with a row per known variant.
    ///
    /// ```
    /// use callparty::doc::{UnionDoc, UnionVariantDoc};
    ///
    /// static VARIANTS: [UnionVariantDoc; 1] = [UnionVariantDoc {
    ///     wire_name: "phoneNumber",
    ///     aliases: &[],
    ///     ty: "String",
    ///     shape: Some(&callparty::doc::TypeRef::Str),
    ///     description: "Phone number",
    ///     deprecated: false,
    /// }];
    /// let doc = UnionDoc {
    ///     name: "TransferTarget",
    ///     description: "Where a call is transferred",
    ///     tag: None,
    ///     untagged: false,
    ///     open: false,
    ///     variants: &VARIANTS,
    /// };
    /// let page = doc.to_markdown();
    /// assert!(page.contains("**One of**\n\nAn object with exactly one of these keys.\n"));
    /// assert!(page.ends_with("| phoneNumber | `String` | Phone number |\n"));
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.name);
        // Trimmed so a doc comment ending in a blank line cannot add blank lines to the page.
        let description = self.description.trim();
        if !description.is_empty() {
            out.push_str(description);
            out.push_str("\n\n");
        }
        out.push_str("**One of**\n\n");
        self.push_form(&mut out);
        out.push_str("\n\n");
        out.push_str(TABLE_HEAD);
        for variant in self.variants {
            // Backticks keep `Vec<RecordingInfo>` from reading as an HTML tag.
            let ty = match variant.ty {
                "" => "(tag only)".to_owned(),
                ty => format!("`{ty}`"),
            };
            let description = match (variant.deprecated, variant.description.trim()) {
                (true, "") => "Deprecated.".to_owned(),
                (true, text) if !text.starts_with("Deprecated") => format!("Deprecated. {text}"),
                (_, text) => text.to_owned(),
            };
            out.push('|');
            for cell in [variant.wire_name, &ty, &description] {
                out.push(' ');
                push_cell(&mut out, cell);
                out.push_str(" |");
            }
            out.push('\n');
        }
        if self.open {
            out.push('\n');
            out.push_str(OPEN_NOTE);
        }
        out
    }

    fn push_form(&self, out: &mut String) {
        match self.tag {
            Some(tag) => {
                out.push_str("An object whose `");
                out.push_str(tag);
                out.push_str(
                    "` field holds one of these names; the other fields are those of the type.",
                );
            }
            None if self.untagged => {
                out.push_str("A value of one of these JSON kinds.");
            }
            None => out.push_str("An object with exactly one of these keys."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::UnionVariantDoc;

    const fn variant(wire_name: &'static str, ty: &'static str) -> UnionVariantDoc {
        UnionVariantDoc {
            wire_name,
            aliases: &[],
            ty,
            shape: None,
            description: "",
            deprecated: false,
        }
    }

    static TARGET_VARIANTS: [UnionVariantDoc; 2] = [
        UnionVariantDoc {
            description: "Phone number | E.164\nformat",
            ..variant("phoneNumber", "String")
        },
        UnionVariantDoc {
            deprecated: true,
            ..variant("parkOrbit", "String")
        },
    ];

    static TARGET: UnionDoc = UnionDoc {
        name: "TransferTarget",
        description: "Where a call goes\n",
        tag: None,
        untagged: false,
        open: false,
        variants: &TARGET_VARIANTS,
    };

    const TARGET_MD: &str = "# TransferTarget

Where a call goes

**One of**

An object with exactly one of these keys.

| Name | Type | Description |
| :--- | :--- | :---------- |
| phoneNumber | `String` | Phone number \\| E.164 format |
| parkOrbit | `String` | Deprecated. |
";

    #[test]
    fn one_key_markdown_is_exact() {
        assert_eq!(TARGET.to_markdown(), TARGET_MD);
    }

    #[test]
    fn tagged_markdown_names_the_tag_and_marks_unit_variants() {
        static VARIANTS: [UnionVariantDoc; 2] = [
            UnionVariantDoc {
                description: "Deprecated since v2",
                deprecated: true,
                ..variant("created", "Created")
            },
            variant("ping", ""),
        ];
        let doc = UnionDoc {
            name: "Event",
            description: "",
            tag: Some("kind"),
            untagged: false,
            open: true,
            variants: &VARIANTS,
        };
        let expected = format!(
            "# Event\n\n**One of**\n\nAn object whose `kind` field holds one of these names; \
             the other fields are those of the type.\n\n{TABLE_HEAD}\
             | created | `Created` | Deprecated since v2 |\n\
             | ping | (tag only) |  |\n\n{OPEN_NOTE}"
        );
        assert_eq!(doc.to_markdown(), expected);
    }

    #[test]
    fn by_kind_markdown_lists_kinds() {
        static VARIANTS: [UnionVariantDoc; 2] =
            [variant("string", "String"), variant("object", "Customer")];
        let doc = UnionDoc {
            name: "CustomerRef",
            description: "Id or object",
            tag: None,
            untagged: true,
            open: false,
            variants: &VARIANTS,
        };
        let md = doc.to_markdown();
        assert!(md.contains("**One of**\n\nA value of one of these JSON kinds.\n\n"));
        assert!(md.ends_with("| string | `String` |  |\n| object | `Customer` |  |\n"));
        assert!(!md.contains("Unknown variants"));
    }
}
