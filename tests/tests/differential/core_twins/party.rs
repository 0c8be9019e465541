//! Twins of `CallParty` and the parts it holds directly.

use callparty::ApiModel;
use callparty::models::{
    Attributes, CallParty, MetaData, MetaDataValue, OwnerInfo, ParkInfo, PartyInfo, RecordingInfo,
};
use proptest::strategy::BoxedStrategy;
use serde_derive::{Deserialize, Serialize};

use super::{
    CallStatusInfoTwin, ConferenceRoleTwin, DirectionTwin, RingMeRoleTwin, RingOutRoleTwin,
    optional_twin,
};
use crate::generate::values::{Arb, extra_for, strat_struct};
use crate::mirror::mirror_struct;

optional_twin!(CallPartyTwin => CallParty {
    id: String,
    status: CallStatusInfoTwin,
    muted: bool,
    stand_alone: bool,
    park: ParkInfoTwin,
    from: PartyInfoTwin,
    to: PartyInfoTwin,
    owner: OwnerInfoTwin,
    direction: DirectionTwin,
    conference_role: ConferenceRoleTwin,
    ring_out_role: RingOutRoleTwin,
    ring_me_role: RingMeRoleTwin,
    recordings: Vec<RecordingInfoTwin>,
    account_id: String,
    extension_id: String,
    attributes: AttributesTwin,
    metadata: Vec<MetaDataTwin>,
    brand_id: String,
});

optional_twin!(ParkInfoTwin => ParkInfo { id: String });

optional_twin!(PartyInfoTwin => PartyInfo {
    phone_number: String,
    name: String,
    device_id: String,
    extension_id: String,
});

optional_twin!(OwnerInfoTwin => OwnerInfo {
    account_id: String,
    extension_id: String,
    brand_id: String,
});

optional_twin!(RecordingInfoTwin => RecordingInfo { id: String, active: bool });

optional_twin!(AttributesTwin => Attributes {
    queue_call: bool,
    emergency_callback: bool,
});

/// Required fields, unlike the other core models.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct MetaDataTwin {
    pub values: Vec<MetaDataValueTwin>,
    #[serde(flatten)]
    pub extra: crate::mirror::TwinExtra,
}

mirror_struct!(MetaDataTwin => MetaData { values, extra });

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct MetaDataValueTwin {
    pub id: String,
    pub value: String,
    #[serde(flatten)]
    pub extra: crate::mirror::TwinExtra,
}

mirror_struct!(MetaDataValueTwin => MetaDataValue { id, value, extra });

impl Arb for MetaDataTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(MetaDataTwin {
            values: Vec::<MetaDataValueTwin>::arb(),
            extra: extra_for(MetaData::DOC),
        })
    }
}

impl Arb for MetaDataValueTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(MetaDataValueTwin {
            id: String::arb(),
            value: String::arb(),
            extra: extra_for(MetaDataValue::DOC),
        })
    }
}
