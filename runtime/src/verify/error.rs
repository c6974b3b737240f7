//! Verification errors in ILVerify's vocabulary: the kind, the IL offset, and what was
//! found on the stack against what the instruction expected.

use std::fmt;

macro_rules! kinds {
    ($($k:ident => $msg:literal,)*) => {
        /// Why a method is not verifiable (ECMA-335 Partition III; names as ILVerify's).
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum ErrorKind { $($k,)* }

        impl ErrorKind {
            /// The kind's name, as fixtures spell it (`StackUnexpected`).
            pub fn name(self) -> &'static str {
                match self { $(ErrorKind::$k => stringify!($k),)* }
            }

            /// A one-sentence description.
            pub fn message(self) -> &'static str {
                match self { $(ErrorKind::$k => $msg,)* }
            }

            /// The kind with this name.
            pub fn from_name(name: &str) -> Option<ErrorKind> {
                match name { $(stringify!($k) => Some(ErrorKind::$k),)* _ => None }
            }
        }
    };
}

kinds! {
    MethodFallthrough => "Fall through end of the method without returning.",
    FallthroughException => "Fall through the end of an exception block.",
    FallthroughIntoHandler => "Fall through into an exception handler.",
    FallthroughIntoFilter => "Fall through into an exception filter.",
    LeaveIntoTry => "Leave into try block.",
    LeaveIntoHandler => "Leave into exception handler block.",
    LeaveIntoFilter => "Leave into filter block.",
    LeaveOutOfFilter => "Leave out of filter block.",
    LeaveOutOfFinally => "Leave out of finally block.",
    LeaveOutOfFault => "Leave out of fault block.",
    Rethrow => "Rethrow from outside a catch handler.",
    Endfinally => "Endfinally from outside a finally handler.",
    Endfilter => "Endfilter from outside an exception filter block.",
    BranchIntoTry => "Branch into try block.",
    BranchIntoHandler => "Branch into exception handler block.",
    BranchIntoFilter => "Branch into exception filter block.",
    BranchOutOfTry => "Branch out of try block.",
    BranchOutOfHandler => "Branch out of exception handler block.",
    BranchOutOfFilter => "Branch out of exception filter block.",
    BranchOutOfFinally => "Branch out of finally block.",
    ReturnFromTry => "Return out of try block.",
    ReturnFromHandler => "Return out of exception handler block.",
    ReturnFromFilter => "Return out of exception filter block.",
    BadJumpTarget => "Branch or leave into the middle of an instruction.",
    PathStackUnexpected => "Non-compatible types on stack depending on path.",
    PathStackDepth => "Stack depth differs depending on path.",
    ThisUninitStore => "Store into this when it is uninitialized.",
    ThisUninitReturn => "Return from .ctor when this is uninitialized.",
    LdftnCtor => "ldftn/ldvirtftn not allowed on .ctor.",
    StackUnexpected => "Unexpected type on the stack.",
    StackUnexpectedArrayType => "Unexpected array type on the stack.",
    StackOverflow => "Stack overflow.",
    StackUnderflow => "Stack underflow.",
    UninitStack => "Uninitialized item on stack.",
    ExpectedIntegerType => "Expected I, I4, or I8 on the stack.",
    ExpectedFloatType => "Expected R, R4, or R8 on the stack.",
    ExpectedNumericType => "Expected numeric type on the stack.",
    StackObjRef => "Expected an ObjRef on the stack.",
    StackByRef => "Expected ByRef on the stack.",
    StackMethod => "Expected pointer to function on the stack.",
    UnrecognizedLocalNumber => "Unrecognized local variable number.",
    UnrecognizedArgumentNumber => "Unrecognized argument number.",
    TokenResolve => "Unable to resolve token.",
    Unverifiable => "Instruction can not be verified.",
    ReturnPtrToStack => "Return type is ByRef, TypedReference, ArgHandle, or ArgIterator.",
    ReturnVoid => "Stack must be empty on return from a void function.",
    ReturnMissing => "Return value missing on the stack.",
    ReturnEmpty => "Stack must contain only the return value.",
    ExpectedArray => "Expected single-dimension zero-based array.",
    ValueTypeExpected => "Value type expected.",
    TypeAccess => "Type is not visible.",
    MethodAccess => "Method is not visible.",
    FieldAccess => "Field is not visible.",
    ExpectedStaticField => "Expected static field.",
    InitOnly => "Cannot change initonly field outside its .ctor.",
    CallVirtOnValueType => "Callvirt on a value type method.",
    CtorExpected => ".ctor expected.",
    CtorSig => "newobj on static or abstract method.",
    ArrayByRef => "Array of ELEMENT_TYPE_BYREF or ELEMENT_TYPE_TYPEDBYREF.",
    ByrefOfByref => "ByRef of ByRef.",
    TailCall => "Missing call/callvirt/calli.",
    TailRet => "tail.call may only be followed by ret.",
    Volatile => "Missing ldsfld, stsfld, ldind, stind, ldfld, stfld, ldobj, stobj, initblk, or cpblk.",
    Unaligned => "Missing ldind, stind, ldfld, stfld, ldobj, stobj, initblk, cpblk.",
    CallAbstract => "Call not allowed on abstract methods.",
    TryNonEmptyStack => "Attempt to enter a try block with nonempty stack.",
    DelegateCtor => "Unrecognized arguments for delegate .ctor.",
    DelegatePattern => "Dup, ldvirtftn, newobj delegate::.ctor() pattern expected (in the same basic block).",
    BoxByRef => "Cannot box byref.",
    EndfilterStack => "Stack not empty when leaving an exception filter.",
    LdvirtftnOnStatic => "ldvirtftn on static.",
    CallVirtOnStatic => "callvirt on static.",
    InitLocals => "initlocals must be set for verifiable methods with one or more local variables.",
    CallCtor => "call to .ctor only allowed to initialize this pointer from within a .ctor. Try newobj.",
    ReadOnly => "Missing ldelema or call following readonly prefix.",
    Constrained => "Missing callvirt following constrained prefix.",
    ConstrainedCallWithNonByRefThis => "The 'this' argument to a constrained call must have ByRef type.",
    ReadOnlyIllegalWrite => "Illegal write to readonly ByRef.",
    NewobjAbstractClass => "Cannot construct an instance of abstract class.",
    UnmanagedPointer => "Unmanaged pointers are not a verifiable type.",
    ThrowOrCatchOnlyExceptionType => "The type caught or thrown must be derived from System.Exception.",
    ThisMismatch => "The 'this' parameter to the call must be the calling method's 'this' parameter.",
}

impl ErrorKind {
    /// Whether the IL is not merely unverifiable but invalid (no consistent stack, or
    /// control running off the code): such a method raises `InvalidProgramException`.
    pub fn is_invalid_program(self) -> bool {
        matches!(
            self,
            ErrorKind::StackUnderflow
                | ErrorKind::StackOverflow
                | ErrorKind::MethodFallthrough
                | ErrorKind::PathStackDepth
                | ErrorKind::PathStackUnexpected
                | ErrorKind::BadJumpTarget
                | ErrorKind::UnrecognizedLocalNumber
                | ErrorKind::UnrecognizedArgumentNumber
                | ErrorKind::ReturnMissing
                | ErrorKind::ReturnEmpty
                | ErrorKind::ReturnVoid
        )
    }
}

/// One verification error in one method.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VerifyError {
    pub kind: ErrorKind,
    /// The IL offset of the offending instruction.
    pub offset: u32,
    /// The stack item or type found, when there is one.
    pub found: Option<String>,
    /// What the instruction expected, when it says.
    pub expected: Option<String>,
    /// `file:line` of the offset, when a PDB maps it.
    pub source: Option<String>,
}

impl VerifyError {
    pub fn new(kind: ErrorKind, offset: u32) -> VerifyError {
        VerifyError {
            kind,
            offset,
            found: None,
            expected: None,
            source: None,
        }
    }

    /// This error with the found and expected types.
    pub fn types(mut self, found: impl Into<String>, expected: impl Into<String>) -> VerifyError {
        self.found = Some(found.into());
        self.expected = Some(expected.into());
        self
    }

    /// This error with what was found.
    pub fn found(mut self, found: impl Into<String>) -> VerifyError {
        self.found = Some(found.into());
        self
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at IL_{:04x}", self.kind.name(), self.offset)?;
        match (&self.found, &self.expected) {
            (Some(found), Some(exp)) => write!(f, " (found {found}, expected {exp})")?,
            (Some(found), None) => write!(f, " (found {found})")?,
            (None, Some(exp)) => write!(f, " (expected {exp})")?,
            (None, None) => {}
        }
        match &self.source {
            Some(s) => write!(f, " [{s}]"),
            None => Ok(()),
        }
    }
}
