//! Twins of the core enums: a serde_derive enum of the known values inside `Open`, since every
//! core enum keeps unknown values.

use callparty::models::{
    CallPartyConferenceRole, CallPartyDirection, CallPartyRingMeRole, CallPartyRingOutRole,
    CallStatusInfoCode, CallStatusInfoReason, OriginInfoType, UiCallInfoRecordType,
};
use serde_derive::{Deserialize, Serialize};

use crate::mirror::{Open, mirror_enum};

macro_rules! known_values {
    ($ours:ident = $known:ident { $($(#[$attr:meta])* $variant:ident),* $(,)? }) => {
        #[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $known {
            $($(#[$attr])* $variant,)*
        }

        mirror_enum!(open $ours = $known { $($variant,)* });
    };
}

known_values!(CallPartyDirection = DirectionKnown { Inbound, Outbound });
known_values!(CallPartyConferenceRole = ConferenceRoleKnown { Host, Participant });
known_values!(CallPartyRingOutRole = RingOutRoleKnown { Initiator, Target });
known_values!(CallPartyRingMeRole = RingMeRoleKnown { Initiator, Target });
known_values!(
    CallStatusInfoCode = CodeKnown {
        Setup,
        Proceeding,
        Answered,
        Disconnected,
        Gone,
        Parked,
        Hold,
        #[serde(alias = "Voicemail")]
        VoiceMail,
        FaxReceive,
        Tds,
        VoiceMailScreening,
    }
);
known_values!(
    CallStatusInfoReason = ReasonKnown {
        Pickup,
        Supervising,
        TakeOver,
        Timeout,
        BlindTransfer,
        RccTransfer,
        AttendedTransfer,
        CallerInputRedirect,
        CallFlip,
        ParkLocation,
        DtmfTransfer,
        AgentAnswered,
        AgentDropped,
        Rejected,
        Cancelled,
        InternalError,
        NoAnswer,
        TargetBusy,
        InvalidNumber,
        InternationalDisabled,
        DestinationBlocked,
        NotEnoughFunds,
        NoSuchUser,
        CallPark,
        CallRedirected,
        CallReplied,
        CallSwitch,
        CallFinished,
        CallDropped,
        Voicemail,
    }
);
known_values!(
    OriginInfoType = OriginTypeKnown {
        Call,
        RingOut,
        RingMe,
        Conference,
        GreetingsRecording,
        VerificationCall,
        Zoom,
        CallOut,
        TestCall,
    }
);

known_values!(
    UiCallInfoRecordType = UiCallInfoTypeKnown {
        QueueName,
        CallerIdName
    }
);

pub type DirectionTwin = Open<DirectionKnown>;
pub type ConferenceRoleTwin = Open<ConferenceRoleKnown>;
pub type RingOutRoleTwin = Open<RingOutRoleKnown>;
pub type RingMeRoleTwin = Open<RingMeRoleKnown>;
pub type CodeTwin = Open<CodeKnown>;
pub type ReasonTwin = Open<ReasonKnown>;
pub type OriginTypeTwin = Open<OriginTypeKnown>;
pub type UiCallInfoTypeTwin = Open<UiCallInfoTypeKnown>;
