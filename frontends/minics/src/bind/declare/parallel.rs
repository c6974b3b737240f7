//! Declaring types on several threads. Each type's details read only the shells (no
//! type's details are in the world yet), so runs of consecutive types are declared on
//! every core, each by its own [`Declarer`] into its own output and diagnostics, and the
//! outputs are joined in type order: the same as one thread's.

use super::{Declared, Declarer};
use frontend_core::symbols::TypeDetails;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Compilations with fewer types declare them on the calling thread alone.
const PARALLEL_SITES: usize = 256;

impl Declarer<'_, '_> {
    /// Computes all details on up to `threads` threads: the same for any number.
    pub fn run_on(&mut self, threads: usize) -> Vec<TypeDetails> {
        let n = self.sites.len();
        self.out.field_inits = vec![Vec::new(); n];
        if threads < 2 || n < PARALLEL_SITES {
            return self.run_range(0..n);
        }
        let runs = threads * 4;
        let ranges: Vec<Range<usize>> = (0..runs)
            .map(|k| n * k / runs..n * (k + 1) / runs)
            .collect();
        let (world, sources, sites, inputs) = (self.world, self.sources, self.sites, self.inputs);
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done = Vec::new();
            loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(range) = ranges.get(k) else {
                    break;
                };
                let mut diags = Vec::new();
                let mut dec = Declarer {
                    world,
                    sources,
                    sites,
                    diags: &mut diags,
                    out: Declared {
                        field_inits: vec![Vec::new(); n],
                        ..Declared::default()
                    },
                    inputs,
                };
                let details = dec.run_range(range.clone());
                let out = std::mem::take(&mut dec.out);
                done.push((k, details, out, diags));
            }
            done
        };
        let mut done: Vec<_> = frontend_core::pool::on_each(threads, work)
            .into_iter()
            .flatten()
            .collect();
        done.sort_by_key(|(k, ..)| *k);
        // Room for every run's methods at once: growing a vector of a method per body
        // copies it and touches fresh memory again at every doubling.
        let methods: usize = done.iter().map(|(_, _, out, _)| out.methods.len()).sum();
        self.out.methods.reserve(methods);
        let inputs: usize = done.iter().map(|(_, _, out, _)| out.inputs.len()).sum();
        self.out.inputs.reserve(inputs);
        let mut all = Vec::with_capacity(n);
        for (k, details, out, diags) in done {
            all.extend(details);
            self.diags.extend(diags);
            let Declared {
                methods,
                mut field_inits,
                explicit_impls,
                attributes,
                default_members,
                member_ranges,
                local_fns,
                inputs,
            } = out;
            self.out.methods.extend(methods);
            for si in ranges[k].clone() {
                self.out.field_inits[si] = std::mem::take(&mut field_inits[si]);
            }
            self.out.explicit_impls.extend(explicit_impls);
            self.out.attributes.extend(attributes);
            self.out.default_members.extend(default_members);
            self.out.member_ranges.extend(member_ranges);
            self.out.local_fns.extend(local_fns);
            self.out.inputs.extend(inputs);
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::super::collect_shells;
    use super::*;
    use frontend_core::source::FileId;
    use frontend_core::symbols::World;
    use std::sync::Arc;

    /// Everything declaring `text` on `threads` threads produces, as text.
    fn declare(text: &str, threads: usize) -> String {
        let (unit, parse_diags) = crate::parser::parse_on(FileId(0), text, &Default::default(), 1);
        assert!(parse_diags.is_empty(), "{parse_diags:?}");
        let units = [(FileId(0), &unit)];
        let mut diags = Vec::new();
        let (asm, sites) = collect_shells(&units, &mut diags);
        let world = World::new(vec![Arc::new(asm)]);
        let sources = [text];
        let mut dec = Declarer {
            world: &world,
            sources: &sources,
            sites: &sites,
            diags: &mut diags,
            out: Declared::default(),
            inputs: None,
        };
        let details = dec.run_on(threads);
        let out = std::mem::take(&mut dec.out);
        let methods: Vec<_> = out
            .methods
            .iter()
            .map(|m| (m.id, m.site, m.name_range))
            .collect();
        let inits: Vec<Vec<_>> = out
            .field_inits
            .iter()
            .map(|f| {
                f.iter()
                    .map(|i| (i.field, i.value.range, i.is_static))
                    .collect()
            })
            .collect();
        let attributes: Vec<_> = out
            .attributes
            .iter()
            .map(|(t, s, a)| (t, s, a.range))
            .collect();
        format!(
            "{details:?}\n{diags:?}\n{methods:?}\n{inits:?}\n{:?}\n{attributes:?}\n{:?}\n{:?}\n{:?}",
            out.explicit_impls, out.default_members, out.member_ranges, out.local_fns
        )
    }

    #[test]
    fn types_declare_the_same_on_any_number_of_threads() {
        let mut text = String::from("interface I { void M(); }\nsealed class S { }\n");
        for i in 0..400 {
            text.push_str(&format!(
                "[Obsolete] class C{i} : {base} {{ int f = {i}; static int g = 1; \
                 void I.M() {{ }} public int this[int k] {{ get {{ return k; }} }} \
                 int P {{ get; set; }} event System.Action E; \
                 void L() {{ int Local() {{ return 1; }} }} C{i}(int x) {{ }} \
                 void D(int a) {{ }} }}\n",
                base = if i % 7 == 0 { "S, I" } else { "I" },
            ));
        }
        let one = declare(&text, 1);
        assert!(one.contains("CS0509"), "the sealed base is reported");
        for threads in [2, 3, 8] {
            assert!(declare(&text, threads) == one, "{threads} threads differ");
        }
    }
}
