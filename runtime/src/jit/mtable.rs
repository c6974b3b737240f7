//! Native method tables: what compiled code and the heap see of a type. Built from the
//! type system's `TypeInfo` the first time a type is allocated, boxed, cast to or
//! dispatched on, and never freed or moved (compiled code embeds their addresses).
//!
//! Virtual dispatch: `obj → mt → vtable[slot] → entry cell → code`. Interface dispatch
//! goes through `ifaces`, searched by type id in a helper. Value types' vtables point
//! at unboxing cells, whose stub adds the header size to `this`.

use super::JitState;
use crate::gc::object;
use crate::typesys::{TResult, TypeId, TypeKind, TypeSystem};

/// The method table of a type. `#[repr(C)]`: the JIT reads fields at fixed offsets.
#[repr(C)]
#[derive(Debug)]
pub struct MethodTable {
    pub type_id: u32,
    pub flags: u32,
    /// Instance size including the header (arrays and strings: the fixed part).
    pub base_size: u32,
    /// Element size of arrays, 2 for strings, 0 otherwise.
    pub component_size: u32,
    pub parent: usize,
    /// Address of `[cell address; vtable_len]`.
    pub vtable: usize,
    pub vtable_len: u32,
    pub iface_len: u32,
    /// Address of `[InterfaceEntry; iface_len]`.
    pub ifaces: usize,
    /// Address of `[u32; ref_count]`: offsets of reference fields (GC).
    pub ref_offsets: usize,
    pub ref_count: u32,
    /// Array rank (0 for vectors and non-arrays).
    pub rank: u32,
    /// Element type id (arrays).
    pub element_type: u32,
    pub _pad: u32,
}

/// One implemented interface: its type id and the cells of its slots.
#[repr(C)]
#[derive(Debug)]
pub struct InterfaceEntry {
    pub type_id: usize,
    pub cells: usize,
}

/// `MethodTable::flags` bits.
pub mod flags {
    pub const ARRAY: u32 = 1;
    pub const STRING: u32 = 2;
    pub const VALUE_TYPE: u32 = 4;
    /// Array elements are object references.
    pub const REF_ELEMENTS: u32 = 8;
    /// Array elements are value types containing references (their offsets are
    /// `ref_offsets`, relative to each element).
    pub const STRUCT_ELEMENTS_WITH_REFS: u32 = 16;
}

/// Offset of `vtable` in `MethodTable`.
pub const VTABLE_OFFSET: i32 = 24;
/// Offset of `type_id`.
pub const TYPE_ID_OFFSET: i32 = 0;
/// Offset of `flags`.
pub const FLAGS_OFFSET: i32 = 4;

impl JitState {
    /// The method table of `ty`, built on first use.
    pub fn mt_of(&mut self, ts: &mut TypeSystem, ty: TypeId) -> TResult<usize> {
        if let Some(&mt) = self.mts.get(&ty) {
            return Ok(mt);
        }
        ts.ensure_loaded(ty)?;
        let info = ts.ty(ty).clone();
        let parent = match info.parent {
            Some(p) => self.mt_of(ts, p)?,
            None => 0,
        };
        let boxed_value = info.is_value_type();
        let mut vtable = Vec::with_capacity(info.vtable.len());
        for &m in &info.vtable {
            let owner_is_value = ts.is_value_type(ts.method(m).owner);
            let cell = match owner_is_value {
                true => self.unboxing_cell(ts, m)?,
                false => self.cell_for(ts, m)?,
            };
            vtable.push(cell);
        }
        let mut ifaces = Vec::with_capacity(info.interfaces.len());
        for (iface, slots) in &info.interfaces {
            let mut cells = Vec::with_capacity(slots.len());
            for &m in slots {
                let owner_is_value = ts.is_value_type(ts.method(m).owner);
                cells.push(match owner_is_value {
                    true => self.unboxing_cell(ts, m)?,
                    false => self.cell_for(ts, m)?,
                });
            }
            ifaces.push(InterfaceEntry {
                type_id: iface.0 as usize,
                cells: self.leak_slice(cells),
            });
        }
        if let TypeKind::Array { elem, rank: 0 } = info.kind {
            self.vector_interfaces(ts, elem, &mut ifaces)?;
        }
        let mut fl = 0;
        let mut rank = 0;
        let mut element_type = 0;
        let mut component_size = 0;
        let mut base_size = info.size;
        let mut refs: Vec<u32> = info.ref_offsets.clone();
        match info.kind {
            TypeKind::Array { elem, rank: r } => {
                fl |= flags::ARRAY;
                rank = r;
                element_type = elem.0;
                component_size = ts.value_size(elem)?.0;
                base_size = object::array_data(r) as u32;
                refs.clear();
                if !ts.is_value_type(elem) {
                    fl |= flags::REF_ELEMENTS;
                } else if !ts.ty(elem).ref_offsets.is_empty() {
                    fl |= flags::STRUCT_ELEMENTS_WITH_REFS;
                    refs = ts.ty(elem).ref_offsets.clone();
                }
            }
            TypeKind::String => {
                fl |= flags::STRING;
                component_size = 2;
                base_size = object::STRING_DATA as u32;
            }
            _ if boxed_value => {
                fl |= flags::VALUE_TYPE;
                base_size = object::HEADER as u32 + info.size;
                refs = refs.iter().map(|o| o + object::HEADER as u32).collect();
            }
            _ => {}
        }
        let ref_count = refs.len() as u32;
        let vtable_len = vtable.len() as u32;
        let iface_len = ifaces.len() as u32;
        let mt = MethodTable {
            type_id: ty.0,
            flags: fl,
            base_size,
            component_size,
            parent,
            vtable: self.leak_slice(vtable),
            vtable_len,
            iface_len,
            ifaces: self.leak_slice(ifaces),
            ref_offsets: self.leak_slice(refs),
            ref_count,
            rank,
            element_type,
            _pad: 0,
        };
        let boxed = Box::new(mt);
        let addr = &*boxed as *const MethodTable as usize;
        self.mt_storage.push(boxed);
        self.mts.insert(ty, addr);
        self.mt_types.insert(addr, ty);
        Ok(addr)
    }

    /// A vector `T[]` implements `IList<T>`, `ICollection<T>`, `IEnumerable<T>` and the
    /// read-only ones through corlib's `SZArrayHelper<T>`, whose methods take the array
    /// as `this`: its interface entries are appended to the vector's (a corlib without
    /// the helper gives vectors none).
    fn vector_interfaces(
        &mut self,
        ts: &mut TypeSystem,
        elem: TypeId,
        ifaces: &mut Vec<InterfaceEntry>,
    ) -> TResult<()> {
        let Ok(def) = ts.corlib_type("System", "SZArrayHelper`1") else {
            return Ok(());
        };
        let helper = ts.instantiate(def, vec![elem])?;
        ts.ensure_loaded(helper)?;
        for (iface, slots) in ts.ty(helper).interfaces.clone() {
            if ifaces.iter().any(|e| e.type_id == iface.0 as usize) {
                continue;
            }
            let mut cells = Vec::with_capacity(slots.len());
            for m in slots {
                cells.push(self.cell_for(ts, m)?);
            }
            ifaces.push(InterfaceEntry {
                type_id: iface.0 as usize,
                cells: self.leak_slice(cells),
            });
        }
        Ok(())
    }

    fn leak_slice<T: 'static>(&mut self, v: Vec<T>) -> usize {
        let b: &'static mut [T] = Box::leak(v.into_boxed_slice());
        b.as_ptr() as usize
    }
}
