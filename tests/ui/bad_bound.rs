use callparty::ApiModel;

#[derive(ApiModel)]
#[api(bound = "T Clone")]
struct Party<T> {
    id: Option<T>,
}

#[derive(ApiModel)]
#[api(bound(serialize = "T: Clone", decode = "T: Clone"))]
struct Line<T> {
    id: Option<T>,
}

fn main() {}
