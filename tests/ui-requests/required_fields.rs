// A request's required properties cannot be left out of a struct literal, and a request
// model with required properties has no `Default` to fill them in with.
use callparty::models::{AnswerTarget, MakeCallOutRequest};

fn main() {
    let _ = AnswerTarget {
        extra: callparty::Extra::new(),
    };
    let _ = MakeCallOutRequest {
        country_id: Some(1),
        ..Default::default()
    };
}
