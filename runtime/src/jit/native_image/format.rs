//! The native image file: encoding, bounds-checked decoding, integrity checks.
//!
//! ```text
//! header   magic "CLRLNI\0\x01", version u32, 0 u32, build id u64, content hash u64,
//!          MVID [16], meta length u32, 0 u32, meta hash u64, body length u64
//! meta     assemblies: n u32, (name, MVID [16])*   (index 0: the image's own)
//!          methods: n u32 (the MethodDef row count), u32 per row: body offset + 1, or 0
//!          targets: n u32, u32 per target: body offset
//!          instantiations: n u32, (key offset u32, method offset u32)* (key: the
//!          instantiated method's stable form, `target::put_method`)
//! body     records: length u32, hash u64, payload
//! ```
//!
//! The header and meta are checked when an image is opened; each record (a method or a
//! relocation target) when it is read, so a run reads and hashes only what it uses. A
//! truncated or damaged file is refused (the JIT compiles instead), never misread.
//! Method records: code (length u32, bytes), relocations (n u32, (offset u32, target
//! u32, addend u64)*), class constructors to run first (n, target*), exception
//! clauses (n, (start u32, end u32, kind u8, catch type target u32)*), and targets
//! resolved for their side effects only (n, target*).

use std::path::PathBuf;

pub const MAGIC: [u8; 8] = *b"CLRLNI\x00\x01";
pub const VERSION: u32 = 2;
pub const HEADER_LEN: usize = 72;

/// Appends little-endian values.
#[derive(Default, Debug)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.bytes(s.as_bytes());
    }
    pub fn len(&self) -> usize {
        self.buf.len()
    }
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }
    pub fn finish(self) -> Vec<u8> {
        self.buf
    }
    /// Appends a checked record holding `payload`; returns its offset.
    pub fn record(&mut self, payload: &[u8]) -> u32 {
        let at = self.buf.len() as u32;
        self.u32(payload.len() as u32);
        self.u64(hash64(payload));
        self.bytes(payload);
        at
    }
}

/// Reads little-endian values; every read is bounds-checked.
#[derive(Debug)]
pub struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, at: 0 }
    }
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    /// A count of items at least `min_size` bytes each that must fit in what is left.
    pub fn count(&mut self, min_size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(min_size)? <= self.b.len() - self.at).then_some(n)
    }
    pub fn at_end(&self) -> bool {
        self.at == self.b.len()
    }
    /// The payload of the checked record at `off`, if intact.
    pub fn record_at(b: &'a [u8], off: usize) -> Option<&'a [u8]> {
        let mut r = Reader::new(b.get(off..)?);
        let n = r.u32()? as usize;
        let h = r.u64()?;
        let payload = r.take(n)?;
        (hash64(payload) == h).then_some(payload)
    }
}

/// A fast 64-bit hash for integrity checks (not cryptographic).
pub fn hash64(data: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (data.len() as u64).wrapping_mul(K) ^ 0x243F_6A88_85A3_08D3;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        h = (h ^ v).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^ (h >> 32)
}

/// The fixed header.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Header {
    pub build_id: u64,
    pub content_hash: u64,
    pub mvid: [u8; 16],
}

/// What a method record holds.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct MethodRecord {
    pub code: Vec<u8>,
    /// (code offset, target index, addend): an absolute 8-byte value.
    pub relocs: Vec<(u32, u32, i64)>,
    /// beforefieldinit types whose constructors run before the method first runs.
    pub cctors: Vec<u32>,
    /// (try start, try end, kind: 0 catch 1 filter 2 finally 3 fault, catch type).
    pub clauses: Vec<(u32, u32, u8, u32)>,
    /// Targets resolved only for their side effects (e.g. a method table a helper needs).
    pub touches: Vec<u32>,
}

impl MethodRecord {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u32(self.code.len() as u32);
        w.bytes(&self.code);
        w.u32(self.relocs.len() as u32);
        for &(off, t, add) in &self.relocs {
            w.u32(off);
            w.u32(t);
            w.u64(add as u64);
        }
        for list in [&self.cctors, &self.touches] {
            w.u32(list.len() as u32);
            for &t in list {
                w.u32(t);
            }
        }
        w.u32(self.clauses.len() as u32);
        for &(s, e, k, t) in &self.clauses {
            w.u32(s);
            w.u32(e);
            w.u8(k);
            w.u32(t);
        }
        w.finish()
    }

    pub fn decode(b: &[u8]) -> Option<MethodRecord> {
        let mut r = Reader::new(b);
        let n = r.u32()? as usize;
        let code = r.take(n)?.to_vec();
        let n = r.count(16)?;
        let mut relocs = Vec::with_capacity(n);
        for _ in 0..n {
            let (off, t, add) = (r.u32()?, r.u32()?, r.u64()? as i64);
            // Every relocation writes 8 bytes inside the code.
            if off as usize + 8 > code.len() {
                return None;
            }
            relocs.push((off, t, add));
        }
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = r.count(4)?;
            for _ in 0..n {
                list.push(r.u32()?);
            }
        }
        let [cctors, touches] = lists;
        let n = r.count(13)?;
        let mut clauses = Vec::with_capacity(n);
        for _ in 0..n {
            clauses.push((r.u32()?, r.u32()?, r.u8()?, r.u32()?));
        }
        r.at_end().then_some(MethodRecord {
            code,
            relocs,
            cctors,
            clauses,
            touches,
        })
    }
}

/// Everything an image holds, for writing.
#[derive(Debug, Default)]
pub struct ImageData {
    pub header: Option<Header>,
    pub assemblies: Vec<(String, [u8; 16])>,
    /// By MethodDef row − 1.
    pub methods: Vec<Option<MethodRecord>>,
    /// Encoded targets (`target::encode`).
    pub targets: Vec<Vec<u8>>,
    /// Generic instantiations the image's code calls: (encoded key, method).
    pub instantiations: Vec<(Vec<u8>, MethodRecord)>,
}

/// The bytes of an image file.
pub fn encode_image(d: &ImageData, h: &Header) -> Vec<u8> {
    let mut body = Writer::default();
    let method_offs: Vec<u32> = d
        .methods
        .iter()
        .map(|m| match m {
            Some(m) => body.record(&m.encode()) + 1,
            None => 0,
        })
        .collect();
    let target_offs: Vec<u32> = d.targets.iter().map(|t| body.record(t)).collect();
    let inst_offs: Vec<(u32, u32)> = d
        .instantiations
        .iter()
        .map(|(k, m)| (body.record(k), body.record(&m.encode())))
        .collect();
    let mut meta = Writer::default();
    meta.u32(d.assemblies.len() as u32);
    for (name, mvid) in &d.assemblies {
        meta.str(name);
        meta.bytes(mvid);
    }
    for offs in [&method_offs, &target_offs] {
        meta.u32(offs.len() as u32);
        for &o in offs {
            meta.u32(o);
        }
    }
    meta.u32(inst_offs.len() as u32);
    for &(k, m) in &inst_offs {
        meta.u32(k);
        meta.u32(m);
    }
    let meta = meta.finish();
    let body = body.finish();
    let mut w = Writer::default();
    w.bytes(&MAGIC);
    w.u32(VERSION);
    w.u32(0);
    w.u64(h.build_id);
    w.u64(h.content_hash);
    w.bytes(&h.mvid);
    w.u32(meta.len() as u32);
    w.u32(0);
    w.u64(hash64(&meta));
    w.u64(body.len() as u64);
    w.bytes(&meta);
    w.bytes(&body);
    w.finish()
}

/// An opened, checked image over its bytes (records are checked as they are read).
#[derive(Debug)]
pub struct ImageView<'a> {
    pub header: Header,
    pub assemblies: Vec<(String, [u8; 16])>,
    methods: &'a [u8],
    targets: &'a [u8],
    instantiations: &'a [u8],
    body: &'a [u8],
}

impl<'a> ImageView<'a> {
    /// Parses and checks the header and meta; `None` for anything malformed.
    pub fn open(b: &'a [u8]) -> Option<ImageView<'a>> {
        let mut r = Reader::new(b);
        if r.take(8)? != MAGIC || r.u32()? != VERSION {
            return None;
        }
        r.u32()?;
        let build_id = r.u64()?;
        let content_hash = r.u64()?;
        let mvid: [u8; 16] = r.take(16)?.try_into().ok()?;
        let meta_len = r.u32()? as usize;
        r.u32()?;
        let meta_hash = r.u64()?;
        let body_len = usize::try_from(r.u64()?).ok()?;
        let meta = r.take(meta_len)?;
        let body = r.take(body_len)?;
        if !r.at_end() || hash64(meta) != meta_hash {
            return None;
        }
        let mut m = Reader::new(meta);
        let n = m.count(20)?;
        let mut assemblies = Vec::with_capacity(n);
        for _ in 0..n {
            let name = m.str()?.to_owned();
            let mvid: [u8; 16] = m.take(16)?.try_into().ok()?;
            assemblies.push((name, mvid));
        }
        let n = m.count(4)?;
        let methods = m.take(4 * n)?;
        let n = m.count(4)?;
        let targets = m.take(4 * n)?;
        let n = m.count(8)?;
        let instantiations = m.take(8 * n)?;
        if !m.at_end() || assemblies.is_empty() {
            return None;
        }
        Some(ImageView {
            header: Header {
                build_id,
                content_hash,
                mvid,
            },
            assemblies,
            methods,
            targets,
            instantiations,
            body,
        })
    }

    fn entry(table: &[u8], i: usize) -> Option<u32> {
        let b = table.get(4 * i..4 * i + 4)?;
        Some(u32::from_le_bytes(b.try_into().ok()?))
    }

    /// The method with MethodDef row `rid`, if the image has it intact.
    pub fn method(&self, rid: u32) -> Option<MethodRecord> {
        let off = Self::entry(self.methods, (rid as usize).checked_sub(1)?)?;
        let off = off.checked_sub(1)?;
        MethodRecord::decode(Reader::record_at(self.body, off as usize)?)
    }

    /// The keys of the image's instantiations (each with its index), intact ones only.
    pub fn instantiation_keys(&self) -> impl Iterator<Item = (usize, &'a [u8])> + '_ {
        (0..self.instantiations.len() / 8).filter_map(move |i| {
            let off = Self::entry(self.instantiations, 2 * i)?;
            Some((i, Reader::record_at(self.body, off as usize)?))
        })
    }

    /// Instantiation `i`, if intact.
    pub fn instantiation(&self, i: usize) -> Option<MethodRecord> {
        let off = Self::entry(self.instantiations, 2 * i + 1)?;
        MethodRecord::decode(Reader::record_at(self.body, off as usize)?)
    }

    /// The number of relocation targets.
    pub fn n_targets(&self) -> usize {
        self.targets.len() / 4
    }

    /// Target `i`, if intact.
    pub fn target(&self, i: u32) -> Option<super::target::Stable> {
        let off = Self::entry(self.targets, i as usize)?;
        let payload = Reader::record_at(self.body, off as usize)?;
        let mut r = Reader::new(payload);
        let t = super::target::decode(&mut r)?;
        r.at_end().then_some(t)
    }
}

/// The cache directory: `$CLR_LITE_CACHE`, else `$XDG_CACHE_HOME/clr-lite`, else
/// `~/.cache/clr-lite`.
pub fn cache_dir() -> Option<PathBuf> {
    let var = |k| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var("CLR_LITE_CACHE")
        .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("clr-lite")))
        .or_else(|| var("HOME").map(|d| d.join(".cache").join("clr-lite")))
}

/// The cache file of an assembly.
pub fn file_name(name: &str, mvid: &[u8; 16]) -> String {
    let hex: String = mvid.iter().map(|b| format!("{b:02x}")).collect();
    let safe: String = name
        .chars()
        .map(
            |c| match c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                true => c,
                false => '_',
            },
        )
        .collect();
    format!("{safe}-{hex}.clrni")
}

/// Writes `bytes` to `dir/name` atomically (a temporary file renamed into place).
pub fn write_atomic(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, dir.join(name)).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Identifies this build of the runtime on this machine: the executable's size, time
/// and inode, the layout of its helpers, the format version and the CPU features the
/// code generator may use. A rebuilt binary (or another CPU) ignores older images.
pub fn build_id() -> u64 {
    static ID: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *ID.get_or_init(|| {
        let mut w = Writer::default();
        w.u32(VERSION);
        w.str(env!("CARGO_PKG_VERSION"));
        if let Ok(m) = std::fs::metadata("/proc/self/exe")
            .or_else(|_| std::env::current_exe().and_then(std::fs::metadata))
        {
            w.u64(m.len());
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                w.u64(m.mtime() as u64);
                w.u64(m.mtime_nsec() as u64);
                w.u64(m.ino());
                w.u64(m.dev());
            }
        }
        let anchor = crate::jit::helpers::rt_jit_compile as *const () as i64;
        for f in [
            crate::jit::helpers::rt_alloc as *const () as i64,
            crate::jit::eh::rt_throw as *const () as i64,
            crate::interop::icalls::lookup as *const () as i64,
        ] {
            w.u64((f - anchor) as u64);
        }
        w.u64(cpu_features());
        hash64(&w.finish())
    })
}

/// The CPU's feature words (CPUID leaves 1 and 7): two instructions, where the
/// standard library's detection (every leaf, cached) costs a hello world measurably.
#[cfg(target_arch = "x86_64")]
fn cpu_features() -> u64 {
    use std::arch::x86_64::{__cpuid, __cpuid_count};
    let l1 = __cpuid(1);
    let l7 = __cpuid_count(7, 0);
    let mut w = Writer::default();
    for v in [l1.ecx, l1.edx, l7.ebx, l7.ecx, l7.edx] {
        w.u32(v);
    }
    hash64(&w.finish())
}

#[cfg(not(target_arch = "x86_64"))]
fn cpu_features() -> u64 {
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::native_image::target::{self, SType, Stable};

    fn sample() -> (ImageData, Header) {
        let mut d = ImageData {
            assemblies: vec![("app".into(), [1; 16]), ("mscorlib".into(), [2; 16])],
            methods: vec![None, None, None],
            ..ImageData::default()
        };
        d.methods[1] = Some(MethodRecord {
            code: vec![0x90; 32],
            relocs: vec![(2, 0, 0), (20, 1, -8)],
            cctors: vec![1],
            clauses: vec![(0, 10, 0, 1)],
            touches: vec![0],
        });
        for s in [Stable::EhState, Stable::MethodTable(SType::Def(1, 2))] {
            let mut w = Writer::default();
            target::encode(&mut w, &s);
            d.targets.push(w.finish());
        }
        d.instantiations
            .push((vec![9, 9, 9], d.methods[1].clone().unwrap_or_default()));
        let h = Header {
            build_id: 42,
            content_hash: 7,
            mvid: [1; 16],
        };
        (d, h)
    }

    #[test]
    fn image_round_trip() {
        let (d, h) = sample();
        let bytes = encode_image(&d, &h);
        let v = ImageView::open(&bytes).expect("opens");
        assert_eq!(v.header, h);
        assert_eq!(v.assemblies, d.assemblies);
        assert_eq!(v.method(2), d.methods[1]);
        assert_eq!(v.method(1), None);
        assert_eq!(v.method(4), None);
        assert_eq!(v.method(0), None);
        assert_eq!(v.n_targets(), 2);
        assert_eq!(v.target(1), Some(Stable::MethodTable(SType::Def(1, 2))));
        assert_eq!(v.target(2), None);
        let keys: Vec<_> = v.instantiation_keys().collect();
        assert_eq!(keys, vec![(0, &[9u8, 9, 9][..])]);
        assert_eq!(v.instantiation(0), d.methods[1]);
        assert_eq!(v.instantiation(1), None);
    }

    #[test]
    fn truncated_images_are_refused() {
        let (d, h) = sample();
        let bytes = encode_image(&d, &h);
        for n in 0..bytes.len() {
            assert!(ImageView::open(&bytes[..n]).is_none(), "cut at {n}");
        }
    }

    #[test]
    fn bit_flips_never_misread() {
        let (d, h) = sample();
        let bytes = encode_image(&d, &h);
        for i in 0..bytes.len() {
            for bit in [0, 3, 7] {
                let mut b = bytes.clone();
                b[i] ^= 1 << bit;
                let Some(v) = ImageView::open(&b) else {
                    continue;
                };
                // What still opens reads back exactly what was written, or nothing.
                if v.header == h {
                    for rid in 1..=3u32 {
                        let m = v.method(rid);
                        assert!(m.is_none() || m == d.methods[rid as usize - 1], "byte {i}");
                    }
                    for t in 0..2u32 {
                        if let Some(s) = v.target(t) {
                            let mut w = Writer::default();
                            target::encode(&mut w, &s);
                            assert_eq!(w.finish(), d.targets[t as usize], "byte {i}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn hash_sees_every_byte() {
        let a = vec![0u8; 37];
        for i in 0..a.len() {
            let mut b = a.clone();
            b[i] = 1;
            assert_ne!(hash64(&a), hash64(&b));
        }
        assert_ne!(hash64(&a[..36]), hash64(&a));
    }
}
