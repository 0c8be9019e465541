//! Twins of `CallStatusInfo` and what it holds.

use callparty::models::{CallStatusInfo, MobilePickupData, PeerInfo};

use super::{CodeTwin, ReasonTwin, optional_twin};

optional_twin!(CallStatusInfoTwin => CallStatusInfo {
    code: CodeTwin,
    peer_id: PeerInfoTwin,
    reason: ReasonTwin,
    description: String,
    park_data: String,
    mobile_pickup_data: MobilePickupDataTwin,
    rcc: bool,
});

optional_twin!(PeerInfoTwin => PeerInfo {
    session_id: String,
    telephony_session_id: String,
    party_id: String,
});

optional_twin!(MobilePickupDataTwin => MobilePickupData {
    cc_mailboxes: Vec<String>,
    to: String,
    sid: String,
    #[serde(alias = "srvlvl")]
    srv_lvl: String,
    srv_lvl_ext: String,
});
