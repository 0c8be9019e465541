//! Writing an [`ExtraValue`]: its JSON text verbatim where `callparty::json` writes with
//! serde_json, the `serde_json::Value` everywhere else.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::ExtraValue;
use super::de::RAW_VALUE_TOKEN;
use super::verbatim;

impl Serialize for ExtraValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.json {
            // serde_json writes the one field of a struct with this name as it stands, as
            // it does for its own `RawValue`; any other serializer would write the struct.
            Some(json) if verbatim::is_on() => {
                let mut raw = serializer.serialize_struct(RAW_VALUE_TOKEN, 1)?;
                raw.serialize_field(RAW_VALUE_TOKEN, &**json)?;
                raw.end()
            }
            _ => self.value().serialize(serializer),
        }
    }
}
