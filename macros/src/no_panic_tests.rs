//! The macro never panics: thousands of mutated inputs go through all three expansions, and each
//! must give generated code or a `compile_error!`, never a panic.
//!
//! Seeds are the real model files of `core/src/ringcentral/models` (read at test time, so new models join
//! automatically), split into items, plus hand-written items of every kind and attributes of
//! every wrong shape. Mutations drop, duplicate, swap and replace tokens at any depth, change
//! group delimiters, and splice in attribute fragments. A small xorshift generator with a fixed
//! seed keeps the run deterministic; no dependency is needed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use syn::DeriveInput;

/// How many mutated inputs reach the expansions (mutants that syn rejects do not count).
const MUTATED_INPUTS: usize = 4_000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Items of every kind, and attributes of every wrong shape on structs and enums.
const HAND_WRITTEN: &[&str] = &[
    "struct Tuple(u8, String);",
    "struct Unit;",
    "union U { a: u8, b: u16 }",
    "enum Data { A(u8), B { x: u8 }, C }",
    "enum Empty {}",
    "struct Empty {}",
    "struct G<'a, T: Clone, const N: usize> where T: 'a { a: &'a [T; N], b: Option<Cow<'a, str>> }",
    "struct R { r#type: u8, type_: u8, _: u8 }",
    "fn f() {}",
    "impl X { fn f(&self) {} }",
    "trait T { fn f(); }",
    "mod m { struct S { a: u8 } }",
    "use std::collections::BTreeMap;",
    "const C: u8 = 1;",
    "static S: u8 = 1;",
    "type A = Option<u8>;",
    "macro_rules! m { () => {} }",
    "extern crate core;",
    "extern \"C\" { fn f(); }",
    "m!(struct S { a: u8 });",
    "#[api] struct S { a: u8 }",
    "#[api = \"x\"] struct S { a: u8 }",
    "#[api(rename)] struct S { a: u8 }",
    "#[api(rename = 5)] struct S { a: u8 }",
    "#[api(rename = \"a\", rename = \"b\")] struct S { a: u8 }",
    "#[api(rename = \"a\" \"b\")] struct S { a: u8 }",
    "#[api(rename = r\"raw\", alias = b\"bytes\")] enum E { #[api(rename = 'c')] A }",
    "#[api(crate = \"not a path\")] struct S { a: u8 }",
    "#[api(crate = \"\")] enum E { A }",
    "#[api(crate = \"::a::b\", crate = \"c\")] struct S { a: u8 }",
    "#[api(rename_all = \"Camel\")] struct S { a: u8 }",
    "#[api(rename_all = \"\")] enum E { Ü, _A, A_ }",
    "#[api(,)] struct S { #[api(,,)] a: u8 }",
    "#[api(::rename = \"x\", a::b, self, r#type)] struct S { a: u8 }",
    "#[api(deny_unknown_fields = true, deny_unknown_fields)] struct S { #[api(extra)] e: u8 }",
    "struct S { #[api(skip, skip, default(x), extra = 1)] a: u8, #[api(alias())] b: u8 }",
    "struct S { #[api(extra)] a: Option<u8>, #[api(extra)] b: Extra, #[api(skip, rename = \"a\")] c: u8 }",
    "struct S { #[api(rename = \"\")] a: u8, #[api(alias = \"\")] b: u8, c: u8, c_: u8 }",
    "enum E { #[api(other)] A, #[api(other)] B(UnknownValue), #[api(other, rename = \"x\")] C(u8, u8) }",
    "enum E { #[api(other = 1)] A(UnknownValue), #[api(alias = \"A\")] B, #[api(alias(x))] C }",
    "enum U { A(String), #[api(alias = \"b\", rename = \"a\")] B(u8), #[api(other)] C(UnknownVariant) }",
    "#[api(tag = \"kind\", rename_all = \"snake_case\")] enum U { A(Model), #[api(alias = \"x\")] B, #[api(other)] C(UnknownVariant) }",
    "#[api(untagged)] enum U { A(String), B(Model), C(Vec<u8>), D, #[api(rename = \"x\")] E(bool) }",
    "#[api(tag = \"\", untagged, tag = 1)] enum U { A(u8, u8), B { x: u8 }, C(), #[api(other, other)] D }",
    "#[api(tag = \"t\")] enum U<'a, T: Clone> where T: 'a { A(&'a T), B(Option<T>), C(Self) }",
    "#[doc = 5] #[doc(hidden)] #[doc = include_str!(\"x\")] struct S { #[doc] a: u8 }",
    "#[deprecated(note = \"x\")] struct S { #[deprecated = 5] #[deprecated] a: u8 }",
    "struct S { a: Option<>, b: Option<u8, u8>, c: ::core::option::Option<u8>, d: Option }",
    "struct S { a: Cow<'a>, b: Cow<str>, c: Cow<'a, str, u8>, d: Option<Cow<'a, [u8]>> }",
    "struct S<T> { a: <T as Iterator>::Item, b: fn(T) -> T, c: dyn Fn(u8), d: impl Sized }",
    "struct S { a: [u8; 4], b: (u8,), c: !, d: _, e: &mut &'static str, f: *const u8 }",
];

/// Splices that turn a well-formed model into one with attribute mistakes.
const FRAGMENTS: &[&str] = &[
    "#[api(rename = \"x\")]",
    "#[api(alias = \"id\")]",
    "#[api(extra)]",
    "#[api(skip)]",
    "#[api(default)]",
    "#[api(other)]",
    "#[api(deny_unknown_fields)]",
    "#[api(rename_all = \"kebab-case\")]",
    "#[api(crate = \"self::x\")]",
    "#[api(bogus)]",
    "#[api(rename = )]",
    "#[api()]",
    "#[api]",
    "#[doc = \"\"]",
    "#[deprecated]",
    "r#type: Option<u8>,",
    "id_: Option<String>,",
    "Unknown(UnknownValue),",
    "Unknown(UnknownVariant),",
    "#[api(tag = \"type\")]",
    "#[api(untagged)]",
    "Variant(Model),",
    "<'a, T>",
    "where T: Clone",
    "pub(crate)",
];

fn seeds() -> Vec<TokenStream> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/src/ringcentral/models"
    );
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("core/src/ringcentral/models is next to macros/")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    let mut seeds = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable model file");
        let tokens = TokenStream::from_str(&text).expect("the model files lex");
        seeds.extend(items(tokens));
    }
    let models = seeds
        .iter()
        .filter(|item| syn::parse2::<DeriveInput>((*item).clone()).is_ok())
        .count();
    assert!(models >= 10, "only {models} models found in {dir}");
    seeds.extend(HAND_WRITTEN.iter().map(|item| lex(item)));
    seeds
}

fn lex(text: &str) -> TokenStream {
    TokenStream::from_str(text).expect("hand-written items lex")
}

/// Splits a file into items: each ends with `;` or with a brace group.
fn items(tokens: TokenStream) -> Vec<TokenStream> {
    let mut items = Vec::new();
    let mut current = Vec::new();
    for token in tokens {
        let ends = match &token {
            TokenTree::Punct(punct) => punct.as_char() == ';',
            TokenTree::Group(group) => group.delimiter() == Delimiter::Brace,
            _ => false,
        };
        current.push(token);
        if ends {
            items.push(current.drain(..).collect());
        }
    }
    items
}

/// One random change somewhere in `tokens`, at any depth.
fn mutate(tokens: TokenStream, rng: &mut Rng) -> TokenStream {
    let mut list: Vec<TokenTree> = tokens.into_iter().collect();
    // Go down into a group now and then, so deep tokens change too.
    let groups: Vec<usize> = (0..list.len())
        .filter(|&i| matches!(list[i], TokenTree::Group(_)))
        .collect();
    if !groups.is_empty() && rng.below(3) > 0 {
        let at = groups[rng.below(groups.len())];
        if let TokenTree::Group(group) = &list[at] {
            let inner = mutate(group.stream(), rng);
            let mut changed = Group::new(group.delimiter(), inner);
            changed.set_span(group.span());
            list[at] = TokenTree::Group(changed);
        }
        return list.into_iter().collect();
    }
    let len = list.len();
    let at = rng.below(len);
    match rng.below(7) {
        0 if len > 0 => {
            list.remove(at);
        }
        1 if len > 0 => {
            let copy = list[at].clone();
            list.insert(at, copy);
        }
        2 if len > 1 => list.swap(at, (at + 1) % len),
        3 if len > 0 => list[at] = random_token(rng),
        4 => list.insert(rng.below(len + 1), random_token(rng)),
        5 => {
            let fragment = lex(FRAGMENTS[rng.below(FRAGMENTS.len())]);
            let at = rng.below(len + 1);
            list.splice(at..at, fragment);
        }
        _ => {
            if let Some(TokenTree::Group(group)) = list.get(at) {
                let delimiters = [
                    Delimiter::Parenthesis,
                    Delimiter::Brace,
                    Delimiter::Bracket,
                    Delimiter::None,
                ];
                let delimiter = delimiters[rng.below(delimiters.len())];
                list[at] = TokenTree::Group(Group::new(delimiter, group.stream()));
            }
        }
    }
    list.into_iter().collect()
}

fn random_token(rng: &mut Rng) -> TokenTree {
    let span = Span::call_site();
    let idents = [
        "api",
        "rename",
        "alias",
        "extra",
        "skip",
        "default",
        "other",
        "crate",
        "Option",
        "Vec",
        "Cow",
        "str",
        "struct",
        "enum",
        "union",
        "pub",
        "where",
        "Self",
        "self",
        "super",
        "_",
        "dyn",
        "impl",
        "for",
        "deprecated",
        "doc",
        "UnknownValue",
        "r#type",
        "r#enum",
    ];
    match rng.below(4) {
        0 => {
            let name = idents[rng.below(idents.len())];
            match name.strip_prefix("r#") {
                Some(raw) => TokenTree::Ident(Ident::new_raw(raw, span)),
                None => TokenTree::Ident(Ident::new(name, span)),
            }
        }
        1 => {
            let literals = [
                "\"\"",
                "\"x\"",
                "\"camelCase\"",
                "\"::callparty\"",
                "5",
                "'c'",
                "b\"b\"",
                "1.0",
                "r\"raw\"",
                "\"a b\"",
                "\"\\u{0}\"",
                "-1",
            ];
            let literal = literals[rng.below(literals.len())];
            TokenStream::from_str(literal)
                .expect("literals lex")
                .into_iter()
                .next()
                .expect("one token")
        }
        2 => {
            let puncts = [
                '#', '=', ',', ':', ';', '<', '>', '&', '\'', '!', '?', '*', '-',
            ];
            let spacing = if rng.below(2) == 0 {
                Spacing::Alone
            } else {
                Spacing::Joint
            };
            TokenTree::Punct(Punct::new(puncts[rng.below(puncts.len())], spacing))
        }
        _ => {
            let delimiters = [Delimiter::Parenthesis, Delimiter::Brace, Delimiter::Bracket];
            let inner = if rng.below(2) == 0 {
                TokenStream::new()
            } else {
                lex(FRAGMENTS[rng.below(FRAGMENTS.len())])
            };
            TokenTree::Group(Group::new(delimiters[rng.below(delimiters.len())], inner))
        }
    }
}

/// What an expansion produced: `Ok(true)` for code, `Ok(false)` for a `compile_error!`
/// (with its placeholder impls).
fn check_output(output: &TokenStream) -> Result<bool, String> {
    if mentions(output, "compile_error") {
        Ok(false)
    } else if mentions(output, "impl") {
        Ok(true)
    } else {
        Err(format!("neither code nor an error: {output}"))
    }
}

fn mentions(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}

/// Every expansion of `input`; how many of them generated code rather than an error.
fn expand_all(input: &DeriveInput) -> Result<usize, String> {
    let mut generated = 0;
    for (name, expand) in [
        (
            "ApiModel",
            crate::expand::model as fn(&DeriveInput) -> TokenStream,
        ),
        ("ApiEnum", crate::expand::api_enum),
        ("ApiUnion", crate::expand::api_union),
    ] {
        let output = catch_unwind(AssertUnwindSafe(|| expand(input)))
            .map_err(|_| format!("{name} panicked"))?;
        generated +=
            usize::from(check_output(&output).map_err(|error| format!("{name}: {error}"))?);
    }
    Ok(generated)
}

#[test]
fn no_input_makes_the_macro_panic() {
    let seeds = seeds();
    let mut failures = Vec::new();
    let mut generated = 0;
    let mut check = |tokens: &TokenStream| {
        // Input the compiler would not hand to a derive is rejected by syn, as in lib.rs.
        let Ok(input) = syn::parse2::<DeriveInput>(tokens.clone()) else {
            return false;
        };
        match expand_all(&input) {
            Ok(count) => generated += count,
            Err(error) => failures.push(format!("{error}\n  input: {tokens}")),
        }
        true
    };
    for seed in &seeds {
        check(seed);
    }
    let (derivable, others): (Vec<TokenStream>, Vec<TokenStream>) = seeds
        .into_iter()
        .partition(|seed| syn::parse2::<DeriveInput>(seed.clone()).is_ok());
    let mut rng = Rng(0x5EED_CA11_FA27_2026);
    let (mut mutated, mut attempts) = (0, 0);
    // Mutants that no longer parse say nothing about the expansion; count the ones that do.
    while mutated < MUTATED_INPUTS {
        attempts += 1;
        assert!(attempts < MUTATED_INPUTS * 20, "mutants stopped parsing");
        // Mostly items a derive accepts; the other kinds now and then, since a mutation can
        // turn them into one.
        let pool = if rng.below(10) == 0 {
            &others
        } else {
            &derivable
        };
        let mut tokens = pool[rng.below(pool.len())].clone();
        for _ in 0..=rng.below(3) {
            tokens = mutate(tokens, &mut rng);
        }
        if check(&tokens) {
            mutated += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Mutants must reach code generation too, not only the error paths.
    assert!(
        generated >= MUTATED_INPUTS / 4,
        "only {generated} expansions generated code"
    );
}
