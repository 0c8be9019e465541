//! Deterministic, realistic input: telephony-session parties, 50-party sessions and a
//! ~10 MB batch of notification envelopes, shaped like `tests/data/` and `core/data/`
//! (unknown fields at every level, `null`s, the platform's `"Voicemail"` spelling, ...).
//! No escapes appear in any string, so the borrowed (`&str`) models can read all of it.

use serde_json::{Value, json};

/// SplitMix64: a tiny PRNG, so the data is the same on every run and every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    pub fn hex(&mut self, digits: usize) -> String {
        let mut out = String::with_capacity(digits);
        while out.len() < digits {
            out.push_str(&format!("{:016x}", self.next()));
        }
        out.truncate(digits);
        out
    }

    fn phone(&mut self) -> String {
        let areas = ["212", "415", "702", "404", "617", "312", "206", "888"];
        format!("+1{}555{:04}", self.pick(&areas), self.below(10_000))
    }

    fn name(&mut self) -> String {
        let first = [
            "Chloe", "Yusuf", "Ben", "Felix", "Dev", "Amara", "Lena", "Marco", "Priya", "Tomas",
        ];
        let last = [
            "Nakamura",
            "Adeyemi",
            "Ortiz",
            "Grant",
            "Raman",
            "Okafor",
            "Lindqvist",
            "Rossi",
        ];
        format!("{} {}", self.pick(&first), self.pick(&last))
    }

    fn timestamp(&mut self) -> String {
        format!(
            "2026-03-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            1 + self.below(28),
            self.below(24),
            self.below(60),
            self.below(60),
            self.below(1000)
        )
    }

    fn uuid(&mut self) -> String {
        let h = self.hex(32);
        format!(
            "{}-{}-{}-{}-{}",
            &h[..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        )
    }
}

const CODES: &[&str] = &[
    "Setup",
    "Proceeding",
    "Answered",
    "Answered",
    "Answered",
    "Disconnected",
    "Gone",
    "Parked",
    "Hold",
    "Voicemail",
    "VoiceMailScreening",
];
const REASONS: &[&str] = &[
    "Pickup",
    "BlindTransfer",
    "AttendedTransfer",
    "CallFinished",
    "CallDropped",
    "NoAnswer",
    "TargetBusy",
    "Rejected",
    "Voicemail",
];
const ORIGINS: &[&str] = &[
    "Call",
    "Call",
    "Call",
    "RingOut",
    "RingMe",
    "Conference",
    "CallOut",
];

fn party_info(rng: &mut Rng, internal: bool) -> Value {
    let mut info = json!({ "phoneNumber": rng.phone(), "name": rng.name() });
    if internal {
        info["extensionId"] = json!(format!("6200{}", 1000 + rng.below(100)));
        if rng.chance(50) {
            info["deviceId"] = json!(format!("8042{:04}", rng.below(10_000)));
        }
    }
    info
}

/// A `PeerInfo`: three strings.
pub fn peer(rng: &mut Rng) -> Value {
    json!({
        "sessionId": format!("{}", 4_000_000_000 + rng.below(100_000_000)),
        "telephonySessionId": format!("s-{}", rng.hex(32)),
        "partyId": format!("p-{}-{}", rng.hex(32), 1 + rng.below(4)),
    })
}

/// A `CallStatusInfo`: a code, for some codes a reason or a peer, an undeclared `rcc`, and
/// sometimes a `null` description.
pub fn status(rng: &mut Rng) -> Value {
    let code = rng.pick(CODES);
    let mut status = json!({ "code": code, "rcc": rng.chance(10) });
    if code == "Disconnected" || code == "Voicemail" {
        status["reason"] = json!(rng.pick(REASONS));
    }
    if code == "Gone" {
        status["peerId"] = peer(rng);
    }
    if rng.chance(10) {
        status["description"] = json!(null);
    }
    status
}

/// A `RecordingInfo`: an id and a boolean.
pub fn recording(rng: &mut Rng) -> Value {
    json!({ "id": format!("77120{:05}", rng.below(100_000)), "active": rng.chance(70) })
}

/// A status code, in the proportions of [`status`] (the platform's `"Voicemail"` included).
pub fn code(rng: &mut Rng) -> Value {
    json!(rng.pick(CODES))
}

/// A status reason, in the proportions of [`status`].
pub fn reason(rng: &mut Rng) -> Value {
    json!(rng.pick(REASONS))
}

/// One party of a call session, as the platform sends it: declared fields, newer fields
/// that the models do not declare (kept in `extra`), and the odd `null`.
pub fn party(rng: &mut Rng, session: &str, index: u64) -> Value {
    let inbound = rng.chance(60);
    let status = status(rng);
    let code = status["code"].as_str().unwrap_or_default().to_owned();
    let account = "62000001";
    let extension = format!("6200{}", 1000 + rng.below(100));
    let mut party = json!({
        "id": format!("p-{session}-{index}"),
        "accountId": account,
        "extensionId": extension,
        "direction": if inbound { "Inbound" } else { "Outbound" },
        "from": party_info(rng, !inbound),
        "to": party_info(rng, inbound),
        "status": status,
        "missedCall": rng.chance(5),
        "standAlone": rng.chance(10),
        "muted": rng.chance(15),
    });
    if rng.chance(60) {
        party["owner"] = json!({ "accountId": account, "extensionId": extension });
        if rng.chance(30) {
            party["owner"]["brandId"] = json!("1210");
        }
    }
    party["park"] = if code == "Parked" {
        json!({ "id": format!("*8{:02}", rng.below(100)) })
    } else {
        json!({})
    };
    if rng.chance(30) {
        let recordings = (0..1 + rng.below(2))
            .map(|_| recording(rng))
            .collect::<Vec<_>>();
        party["recordings"] = Value::Array(recordings);
    }
    match rng.below(10) {
        0 => party["conferenceRole"] = json!(if index == 1 { "Host" } else { "Participant" }),
        1 => party["ringOutRole"] = json!(if index == 1 { "Initiator" } else { "Target" }),
        2 => party["ringMeRole"] = json!(null),
        _ => {}
    }
    if rng.chance(40) {
        party["sipData"] = json!({
            "toTag": rng.hex(8),
            "fromTag": rng.hex(12),
            "callId": format!("{}-{}@10.13.22.{}", rng.hex(12), rng.hex(8), rng.below(255)),
        });
    }
    if rng.chance(30) {
        party["uiCallInfo"] = json!({
            "primary": { "type": "CallerIdName", "value": rng.name() },
            "additional": { "type": "CalledNumber", "value": rng.phone() },
        });
    }
    party
}

/// A `CallSessionObject` with `parties` parties.
pub fn session(rng: &mut Rng, parties: u64) -> Value {
    let hex = rng.hex(32);
    let parties = (1..=parties)
        .map(|index| party(rng, &hex, index))
        .collect::<Vec<_>>();
    json!({
        "id": format!("s-{hex}"),
        "creationTime": rng.timestamp(),
        "origin": { "type": rng.pick(ORIGINS) },
        "voiceCallToken": format!("vct-{}", rng.hex(32)),
        "parties": parties,
    })
}

/// A telephony-session notification envelope with one to three parties.
pub fn notification(rng: &mut Rng, sequence: u64) -> Value {
    let hex = rng.hex(32);
    let extension = format!("6200{}", 1000 + rng.below(100));
    let parties = (1..=1 + rng.below(3))
        .map(|index| party(rng, &hex, index))
        .collect::<Vec<_>>();
    json!({
        "uuid": rng.uuid(),
        "event": format!("/restapi/v1.0/account/~/extension/{extension}/telephony/sessions"),
        "timestamp": rng.timestamp(),
        "subscriptionId": rng.uuid(),
        "ownerId": extension,
        "body": {
            "sequence": sequence,
            "sessionId": format!("{}", 4_000_000_000 + rng.below(100_000_000)),
            "telephonySessionId": format!("s-{hex}"),
            "serverId": "10.13.22.247.TAM",
            "eventTime": rng.timestamp(),
            "parties": parties,
            "origin": { "type": rng.pick(ORIGINS) },
        },
    })
}

/// The richest single party: every declared field and some undeclared ones.
pub fn single_party_json() -> Vec<u8> {
    let mut rng = Rng::new(7);
    let hex = rng.hex(32);
    let mut party = party(&mut rng, &hex, 2);
    party["owner"] = json!({ "accountId": "62000001", "extensionId": "62001003" });
    party["recordings"] = json!([{ "id": "7712004008", "active": true }]);
    party["conferenceRole"] = json!("Participant");
    party["status"]["reason"] = json!("CallFinished");
    serde_json::to_vec(&party).expect("JSON values always encode")
}

/// A `CallSessionObject` with 50 parties.
pub fn session_json() -> Vec<u8> {
    serde_json::to_vec(&session(&mut Rng::new(50), 50)).expect("JSON values always encode")
}

/// A JSON array of `count` items made by `item`, from a fixed seed.
pub fn array_json(count: usize, item: fn(&mut Rng) -> Value) -> Vec<u8> {
    let mut rng = Rng::new(count as u64);
    let items: Vec<Value> = (0..count).map(|_| item(&mut rng)).collect();
    serde_json::to_vec(&items).expect("JSON values always encode")
}

/// A JSON array of notification envelopes of at least `bytes` bytes.
pub fn batch_json(bytes: usize) -> Vec<u8> {
    let mut rng = Rng::new(10);
    let mut out = b"[".to_vec();
    let mut sequence = 1;
    while out.len() < bytes {
        if sequence > 1 {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, &notification(&mut rng, sequence))
            .expect("JSON values always encode");
        sequence += 1;
    }
    out.push(b']');
    out
}
