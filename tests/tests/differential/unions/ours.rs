//! Our side: the unions of the behaviour tests, inside one model per form.

#[allow(dead_code)]
#[path = "../../unions/fixtures.rs"]
mod fixtures;

use callparty::ApiModel;

pub use fixtures::{Created, Customer, CustomerRef, Deleted, Event, Pattern, Reply, Shape, Target};

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct OneKeyRoot {
    pub target: Target,
    pub reply: Option<Reply>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct TaggedRoot {
    pub event: Event,
    pub shape: Option<Shape>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct KindRoot {
    pub customer: CustomerRef,
    pub previous: Option<CustomerRef>,
}
