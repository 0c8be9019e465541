use callparty::ApiModel;

#[derive(ApiModel)]
enum Direction {
    Inbound,
    Outbound,
}

fn main() {}
