//! Fuzzes the byte-level decoders: method bodies (headers and exception sections), IL
//! instruction streams and every signature kind. They must return errors, never panic.
#![no_main]

use il_emit::il::{MethodBody, decode_all};
use il_emit::signature::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((body, _)) = MethodBody::parse(data) {
        let _ = decode_all(&body.code);
    }
    let _ = decode_all(data);
    let _ = decode::method_sig(data);
    let _ = decode::field_sig(data);
    let _ = decode::property_sig(data);
    let _ = decode::local_var_sig(data);
    let _ = decode::method_spec_sig(data);
    let _ = decode::type_spec(data);
});
