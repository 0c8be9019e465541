//! Unix timestamps as `std::time::SystemTime`, the way `chrono::serde::ts_seconds` writes
//! them: a `with = "..."` module of the kind an SDK brings along.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serializer};

/// The whole seconds since the epoch; an earlier time cannot be written.
pub fn serialize<S: Serializer>(time: &SystemTime, serializer: S) -> Result<S::Ok, S::Error> {
    let since = time.duration_since(UNIX_EPOCH).map_err(S::Error::custom)?;
    serializer.serialize_u64(since.as_secs())
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SystemTime, D::Error> {
    let seconds = u64::deserialize(deserializer)?;
    UNIX_EPOCH
        .checked_add(Duration::from_secs(seconds))
        .ok_or_else(|| D::Error::custom(format_args!("{seconds} seconds is past the clock's end")))
}

/// The same for an `Option<SystemTime>`, `null` for `None`.
pub mod option {
    use std::time::SystemTime;

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        time: &Option<SystemTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => super::serialize(time, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<SystemTime>, D::Error> {
        match Option::<u64>::deserialize(deserializer)? {
            None => Ok(None),
            Some(seconds) => {
                super::deserialize(serde::de::value::U64Deserializer::<D::Error>::new(seconds))
                    .map(Some)
            }
        }
    }
}
