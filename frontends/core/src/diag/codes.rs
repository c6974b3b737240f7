//! The diagnostic codes both compilers report, as one declarative table: Roslyn's numbers
//! (`CS`/`BC`) where the meaning matches, the default severity, and Roslyn's message
//! template with `{0}`, `{1}` placeholders. Numbers are never reused; a retired code stays
//! here, commented, with the reason.

use super::Severity;

macro_rules! codes {
    ($($(#[$doc:meta])* $name:ident = $prefix:literal $num:literal, $sev:ident, $msg:literal;)*) => {
        /// A diagnostic code.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[allow(clippy::upper_case_acronyms)]
        pub enum Code { $($(#[$doc])* $name,)* }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// `CS` or `BC`.
            pub fn prefix(self) -> &'static str {
                match self { $(Code::$name => $prefix,)* }
            }

            /// The number without its prefix.
            pub fn number(self) -> u32 {
                match self { $(Code::$name => $num,)* }
            }

            /// The severity it has unless options change it.
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$name => Severity::$sev,)* }
            }

            /// Roslyn's message template.
            pub fn template(self) -> &'static str {
                match self { $(Code::$name => $msg,)* }
            }
        }
    };
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{:04}", self.prefix(), self.number())
    }
}

impl Code {
    /// The message with `{0}`, `{1}`, … replaced by `args`.
    pub fn format(self, args: &[&str]) -> String {
        let mut out = self.template().to_owned();
        for (i, a) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), a);
        }
        out
    }

    /// Looks a code up by its text (`CS0103`, `bc30451`), for `-nowarn:` and fixtures.
    pub fn parse(text: &str) -> Option<Code> {
        let t = text.trim().to_ascii_uppercase();
        Code::ALL.iter().copied().find(|c| c.to_string() == t)
    }
}

codes! {
    // Lexical and syntax errors (C#).
    /// A name was required.
    CS1001 = "CS" 1001, Error, "Identifier expected";
    /// A statement or declaration lacks its `;`.
    CS1002 = "CS" 1002, Error, "; expected";
    /// A specific token was required.
    CS1003 = "CS" 1003, Error, "Syntax error, '{0}' expected";
    /// An escape sequence that C# does not define.
    CS1009 = "CS" 1009, Error, "Unrecognized escape sequence";
    /// A string or char literal runs into the end of the line.
    CS1010 = "CS" 1010, Error, "Newline in constant";
    /// `''`.
    CS1011 = "CS" 1011, Error, "Empty character literal";
    /// `'ab'`.
    CS1012 = "CS" 1012, Error, "Too many characters in character literal";
    /// A malformed numeric literal.
    CS1013 = "CS" 1013, Error, "Invalid number";
    /// An integer literal past `ulong`.
    CS1021 = "CS" 1021, Error, "Integral constant is too large";
    /// Junk at namespace level.
    CS1022 = "CS" 1022, Error, "Type or namespace definition, or end-of-file expected";
    /// `#` not followed by a known directive.
    CS1024 = "CS" 1024, Error, "Preprocessor directive expected";
    /// A `(` without its `)`.
    CS1026 = "CS" 1026, Error, ") expected";
    /// An `#if` without its `#endif`.
    CS1027 = "CS" 1027, Error, "#endif directive expected";
    /// `#else`/`#endif` without `#if`.
    CS1028 = "CS" 1028, Error, "Unexpected preprocessor directive";
    /// A type was required.
    CS1031 = "CS" 1031, Error, "Type expected";
    /// `#define` after the first token.
    CS1032 = "CS" 1032, Error, "Cannot define/undefine preprocessor symbols after first token in file";
    /// `#error`.
    CS1029 = "CS" 1029, Error, "#error: '{0}'";
    /// `#warning`.
    CS1030 = "CS" 1030, Warning, "#warning: '{0}'";
    /// An unterminated `/* */` comment.
    CS1035 = "CS" 1035, Error, "End-of-file found, '*/' expected";
    /// An unterminated verbatim or interpolated string.
    CS1039 = "CS" 1039, Error, "Unterminated string literal";
    /// A `#` directive not at the start of its line.
    CS1040 = "CS" 1040, Error, "Preprocessor directives must appear as the first non-whitespace character on a line";
    /// A keyword where a name was required (`int class;`).
    CS1041 = "CS" 1041, Error, "Identifier expected; '{1}' is a keyword";
    /// A property or event body that is neither a block nor `;`.
    CS1043 = "CS" 1043, Error, "{ or ; expected";
    /// `operator` followed by something that cannot be overloaded.
    CS1037 = "CS" 1037, Error, "Overloadable operator expected";
    /// A property accessor other than `get` or `set`.
    CS1014 = "CS" 1014, Error, "A get or set accessor expected";
    /// An event accessor other than `add` or `remove`.
    CS1055 = "CS" 1055, Error, "An add or remove accessor expected";
    /// A char that cannot start any token.
    CS1056 = "CS" 1056, Error, "Unexpected character '{0}'";
    /// A `{` without its `}`.
    CS1513 = "CS" 1513, Error, "} expected";
    /// A `{` was required.
    CS1514 = "CS" 1514, Error, "{ expected";
    /// `foreach (T x e)`.
    CS1515 = "CS" 1515, Error, "'in' expected";
    /// A token that cannot start a member.
    CS1519 = "CS" 1519, Error, "Invalid token '{0}' in class, record, struct, or interface member declaration";
    /// A member declaration with no type (`public F() {}` in a type not named `F`).
    CS1520 = "CS" 1520, Error, "Method must have a return type";
    /// A `try` with neither `catch` nor `finally`.
    CS1524 = "CS" 1524, Error, "Expected catch or finally";
    /// A token that cannot start an expression.
    CS1525 = "CS" 1525, Error, "Invalid expression term '{0}'";
    /// A token the grammar has no place for here.
    CS1073 = "CS" 1073, Error, "Unexpected token '{0}'";
    /// `new T` with neither arguments nor an initializer.
    CS1526 = "CS" 1526, Error, "A new expression requires (), [], or {} after type";
    /// `new int[]` with neither sizes nor an initializer.
    CS1586 = "CS" 1586, Error, "Array creation must have array size or array initializer";
    /// An expression was required.
    CS1733 = "CS" 1733, Error, "Expected expression";

    // Binding and flow errors (C#).
    /// An operator applied to operand types it does not take.
    CS0019 = "CS" 19, Error, "Operator '{0}' cannot be applied to operands of type '{1}' and '{2}'";
    /// A constant divisor of zero.
    CS0020 = "CS" 20, Error, "Division by constant zero";
    /// A unary operator applied to an operand type it does not take.
    CS0023 = "CS" 23, Error, "Operator '{0}' cannot be applied to operand of type '{1}'";
    /// No implicit conversion exists.
    CS0029 = "CS" 29, Error, "Cannot implicitly convert type '{0}' to '{1}'";
    /// No conversion exists at all.
    CS0030 = "CS" 30, Error, "Cannot convert type '{0}' to '{1}'";
    /// A name bound nowhere.
    CS0103 = "CS" 103, Error, "The name '{0}' does not exist in the current context";
    /// Two members of one type with one name.
    CS0102 = "CS" 102, Error, "The type '{0}' already contains a definition for '{1}'";
    /// A modifier that this declaration cannot take.
    CS0106 = "CS" 106, Error, "The modifier '{0}' is not valid for this item";
    /// Two methods with the same signature.
    CS0111 = "CS" 111, Error, "Type '{1}' already defines a member called '{0}' with the same parameter types";
    /// A member lookup on a type that has no such member.
    CS0117 = "CS" 117, Error, "'{0}' does not contain a definition for '{1}'";
    /// An instance member used without an instance.
    CS0120 = "CS" 120, Error, "An object reference is required for the non-static field, method, or property '{0}'";
    /// A member that is not accessible here.
    CS0122 = "CS" 122, Error, "'{0}' is inaccessible due to its protection level";
    /// A `return` without a value in a non-void method.
    CS0126 = "CS" 126, Error, "An object of a type convertible to '{0}' is required";
    /// A `return` with a value in a void method.
    CS0127 = "CS" 127, Error, "Since '{0}' returns void, a return keyword must not be followed by an object expression";
    /// Two locals with one name in one scope.
    CS0128 = "CS" 128, Error, "A local variable or function named '{0}' is already defined in this scope";
    /// An assignment to something that is not a variable.
    CS0131 = "CS" 131, Error, "The left-hand side of an assignment must be a variable, property or indexer";
    /// A local that shadows an enclosing local or parameter.
    CS0136 = "CS" 136, Error, "A local or parameter named '{0}' cannot be declared in this scope because that name is used in an enclosing local scope to define a local or parameter";
    /// `break` or `continue` outside a loop.
    CS0139 = "CS" 139, Error, "No enclosing loop out of which to break or continue";
    /// `new` of an abstract class or interface.
    CS0144 = "CS" 144, Error, "Cannot create an instance of the abstract type or interface '{0}'";
    /// `goto` to a missing label.
    CS0159 = "CS" 159, Error, "No such label '{0}' within the scope of the goto statement";
    /// A non-void method that can fall off its end.
    CS0161 = "CS" 161, Error, "'{0}': not all code paths return a value";
    /// Code no path reaches.
    CS0162 = "CS" 162, Warning, "Unreachable code detected";
    /// A struct field read before definite assignment.
    CS0170 = "CS" 170, Error, "Use of possibly unassigned field '{0}'";
    /// A local read before definite assignment.
    CS0165 = "CS" 165, Error, "Use of unassigned local variable '{0}'";
    /// A local declared and never used.
    CS0168 = "CS" 168, Warning, "The variable '{0}' is declared but never used";
    /// An `out` parameter not assigned on every path.
    CS0177 = "CS" 177, Error, "The out parameter '{0}' must be assigned to before control leaves the current method";
    /// An assignment to a read-only property.
    CS0200 = "CS" 200, Error, "Property or indexer '{0}' cannot be assigned to -- it is read only";
    /// Pointers outside an unsafe context.
    CS0214 = "CS" 214, Error, "Pointers and fixed size buffers may only be used in an unsafe context";
    /// A local assigned and never read.
    CS0219 = "CS" 219, Warning, "The variable '{0}' is assigned but its value is never used";
    /// Constant arithmetic that overflows in a checked context.
    CS0220 = "CS" 220, Error, "The operation overflows at compile time in checked mode";
    /// A constant conversion that loses information.
    CS0221 = "CS" 221, Error, "Constant value '{0}' cannot be converted to a '{1}' (use 'unchecked' syntax to override)";
    /// `unsafe` without `-unsafe`.
    CS0227 = "CS" 227, Error, "Unsafe code may only appear if compiling with /unsafe";
    /// A dotted name with a missing part.
    CS0234 = "CS" 234, Error, "The type or namespace name '{0}' does not exist in the namespace '{1}' (are you missing an assembly reference?)";
    /// A type name found nowhere.
    CS0246 = "CS" 246, Error, "The type or namespace name '{0}' could not be found (are you missing a using directive or an assembly reference?)";
    /// An implicit conversion that needs a cast.
    CS0266 = "CS" 266, Error, "Cannot implicitly convert type '{0}' to '{1}'. An explicit conversion exists (are you missing a cast?)";
    /// A predefined type the referenced corlib lacks (`decimal` in minics: `1m`).
    CS0518 = "CS" 518, Error, "Predefined type '{0}' is not defined or imported";
    /// A method without a body that is not abstract or extern.
    CS0501 = "CS" 501, Error, "'{0}' must declare a body because it is not marked abstract, extern, or partial";
    /// An abstract member left unimplemented.
    CS0534 = "CS" 534, Error, "'{0}' does not implement inherited abstract member '{1}'";
    /// An interface member left unimplemented.
    CS0535 = "CS" 535, Error, "'{0}' does not implement interface member '{1}'";
    /// `var x = null;` and the like.
    CS0815 = "CS" 815, Error, "Cannot assign {0} to an implicitly-typed variable";
    /// More than one `Main`.
    CS0017 = "CS" 17, Error, "Program has more than one entry point defined. Compile with /main to specify the type that contains the entry point.";
    /// `[]` on something that is neither an array nor has an indexer.
    CS0021 = "CS" 21, Error, "Cannot apply indexing with [] to an expression of type '{0}'";
    /// The wrong number of array indices.
    CS0022 = "CS" 22, Error, "Wrong number of indices inside []; expected {0}";
    /// `this` in a static member.
    CS0026 = "CS" 26, Error, "Keyword 'this' is not valid in a static property, static method, or static field initializer";
    /// A constant that does not fit its target type.
    CS0031 = "CS" 31, Error, "Constant value '{0}' cannot be converted to a '{1}'";
    /// `ulong` mixed with a signed type.
    CS0034 = "CS" 34, Error, "Operator '{0}' is ambiguous on operands of type '{1}' and '{2}'";
    /// An event used other than with `+=`/`-=` outside its type.
    CS0070 = "CS" 70, Error, "The event '{0}' can only appear on the left hand side of += or -= (except when used from within the type '{1}')";
    /// `as` with a non-nullable value type.
    CS0077 = "CS" 77, Error, "The as operator must be used with a reference type or nullable type ('{0}' is a non-nullable value type)";
    /// Two types with one name in a namespace.
    CS0101 = "CS" 101, Error, "The namespace '{0}' already contains a definition for '{1}'";
    /// A name of the wrong kind (a namespace where a type is needed, …).
    CS0118 = "CS" 118, Error, "'{0}' is a {1} but is used like a {2}";
    /// A type or method group where a value is needed.
    CS0119 = "CS" 119, Error, "'{0}' is a {1}, which is not valid in the given context";
    /// Two overloads equally good.
    CS0121 = "CS" 121, Error, "The call is ambiguous between the following methods or properties: '{0}' and '{1}'";
    /// A `const` initializer that is not constant.
    CS0133 = "CS" 133, Error, "The expression being assigned to '{0}' must be constant";
    /// Calling something that is not a method.
    CS0149 = "CS" 149, Error, "Method name expected";
    /// A `case` label that is not constant.
    CS0150 = "CS" 150, Error, "A constant value is expected";
    /// A `switch` on a type it cannot switch on.
    CS0151 = "CS" 151, Error, "A switch expression or case label must be a bool, char, string, integral, enum, or corresponding nullable type";
    /// Two `case` labels with one value.
    CS0152 = "CS" 152, Error, "The switch statement contains multiple cases with the label value '{0}'";
    /// Throwing or catching a non-exception.
    CS0155 = "CS" 155, Error, "The type caught or thrown must be derived from System.Exception";
    /// `throw;` outside `catch`.
    CS0156 = "CS" 156, Error, "A throw statement with no arguments is not allowed outside of a catch clause";
    /// A switch section whose end is reachable.
    CS0163 = "CS" 163, Error, "Control cannot fall through from one case label ('{0}') to another";
    /// `c ? a : b` with unrelated branch types.
    CS0173 = "CS" 173, Error, "Type of conditional expression cannot be determined because there is no implicit conversion between '{0}' and '{1}'";
    /// A static member through an instance.
    CS0176 = "CS" 176, Error, "Member '{0}' cannot be accessed with an instance reference; qualify it with a type name instead";
    /// A non-constant attribute argument.
    CS0182 = "CS" 182, Error, "An attribute argument must be a constant expression, typeof expression or array creation expression of an attribute parameter type";
    /// Assigning a `readonly` field outside a constructor.
    CS0191 = "CS" 191, Error, "A readonly field cannot be assigned to (except in a constructor or init-only setter of the type in which the field is defined or a variable initializer)";
    /// An expression statement that does nothing.
    CS0201 = "CS" 201, Error, "Only assignment, call, increment, decrement, await, and new object expressions can be used as a statement";
    /// `sizeof` of a type without a predefined size.
    CS0233 = "CS" 233, Error, "'{0}' does not have a predefined size, therefore sizeof can only be used in an unsafe context";
    /// A method group converted to a delegate with another return type.
    CS0407 = "CS" 407, Error, "'{0} {1}' has the wrong return type";
    /// Generic type arguments that cannot be inferred.
    CS0411 = "CS" 411, Error, "The type arguments for method '{0}' cannot be inferred from the usage. Try specifying the type arguments explicitly.";
    /// `Outer.Missing`.
    CS0426 = "CS" 426, Error, "The type name '{0}' does not exist in the type '{1}'";
    /// A method group used as a value.
    CS0428 = "CS" 428, Error, "Cannot convert method group '{0}' to non-delegate type '{1}'. Did you intend to invoke the method?";
    /// Deriving from a sealed class.
    CS0509 = "CS" 509, Error, "'{0}': cannot derive from sealed type '{1}'";
    /// A class after the base class in a base list.
    CS0527 = "CS" 527, Error, "Type '{0}' in interface list is not an interface";
    /// An explicit implementation of a member the interface does not have.
    CS0539 = "CS" 539, Error, "'{0}' in explicit interface declaration is not found among members of the interface that can be implemented";
    /// `{ … }` assigned to something that is not an array.
    CS0622 = "CS" 622, Error, "Can only use array initializer expressions to assign to array types. Try using a new expression instead.";
    /// `var x;`.
    CS0818 = "CS" 818, Error, "Implicitly-typed variables must be initialized";
    /// `new[] { }` with no element type.
    CS0826 = "CS" 826, Error, "No best type found for implicitly-typed array";
    /// `ref`/`out` on something that is not a variable.
    CS1510 = "CS" 1510, Error, "A ref or out value must be an assignable variable";
    /// `base` in a static member.
    CS1511 = "CS" 1511, Error, "Keyword 'base' is not available in a static method";
    /// `ref`/`out` where the parameter is by value.
    CS1615 = "CS" 1615, Error, "Argument {0} may not be passed with the '{1}' keyword";
    /// A by-value argument where `ref`/`out` is required.
    CS1620 = "CS" 1620, Error, "Argument {0} must be passed with the '{1}' keyword";
    // CLS compliance (the cls-check engine's findings at the offending declaration; the
    // message is the engine's, which names the member as mcs does).
    /// A vararg method.
    CS3000 = "CS" 3000, Warning, "{0}";
    /// A parameter of a non-CLS type.
    CS3001 = "CS" 3001, Warning, "{0}";
    /// A return type that is not CLS-compliant.
    CS3002 = "CS" 3002, Warning, "{0}";
    /// A field, property or event of a non-CLS type.
    CS3003 = "CS" 3003, Warning, "{0}";
    /// Names differing only in case.
    CS3005 = "CS" 3005, Warning, "{0}";
    /// Overloads differing only in ref/out or array rank.
    CS3006 = "CS" 3006, Warning, "{0}";
    /// Overloads differing only by unnamed array types.
    CS3007 = "CS" 3007, Warning, "{0}";
    /// A name beginning with `_`.
    CS3008 = "CS" 3008, Warning, "{0}";
    /// A base type that is not CLS-compliant.
    CS3009 = "CS" 3009, Warning, "{0}";
    /// A non-CLS member of a CLS interface.
    CS3010 = "CS" 3010, Warning, "{0}";
    /// A non-CLS abstract member.
    CS3011 = "CS" 3011, Warning, "{0}";
    /// `[CLSCompliant(true)]` without the assembly attribute.
    CS3014 = "CS" 3014, Warning, "{0}";
    /// Arrays as attribute arguments.
    CS3016 = "CS" 3016, Warning, "{0}";
    /// A compliant member of a non-compliant type.
    CS3018 = "CS" 3018, Warning, "{0}";
    /// A constraint type that is not CLS-compliant.
    CS3024 = "CS" 3024, Warning, "{0}";
    /// A base interface that is not CLS-compliant.
    CS3027 = "CS" 3027, Warning, "{0}";
    // VB's CLS warnings (vbc-lite; the cls-check engine's findings under Roslyn VB's
    // numbers, the engine's wording).
    /// A field, property or event of a non-CLS type (CS3003).
    BC40025 = "BC" 40025, Warning, "{0}";
    /// A base type that is not CLS-compliant (CS3009).
    BC40026 = "BC" 40026, Warning, "{0}";
    /// A return type that is not CLS-compliant (CS3002).
    BC40027 = "BC" 40027, Warning, "{0}";
    /// A parameter of a non-CLS type (CS3001).
    BC40028 = "BC" 40028, Warning, "{0}";
    /// A base interface that is not CLS-compliant (CS3027).
    BC40029 = "BC" 40029, Warning, "{0}";
    /// A name that is not CLS-compliant, such as one beginning with `_` (CS3008).
    BC40031 = "BC" 40031, Warning, "{0}";
    /// A non-CLS member of a CLS interface (CS3010).
    BC40033 = "BC" 40033, Warning, "{0}";
    /// A non-CLS `MustOverride` member of a CLS type (CS3011).
    BC40034 = "BC" 40034, Warning, "{0}";
    /// Overloads differing only in array rank or jaggedness (CS3006, CS3007).
    BC40035 = "BC" 40035, Warning, "{0}";
    /// A constraint type that is not CLS-compliant (CS3024).
    BC40040 = "BC" 40040, Warning, "{0}";
    /// `yield` inside a lambda or anonymous method.
    CS1621 = "CS" 1621, Error, "The yield statement cannot be used inside an anonymous method or lambda expression";
    /// `return expr;` in an iterator.
    CS1622 = "CS" 1622, Error, "Cannot return a value from an iterator. Use the yield return statement to return a value, or yield break to end the iteration.";
    /// `yield` in a method that does not return an iterator interface.
    CS1624 = "CS" 1624, Error, "The body of '{0}' cannot be an iterator block because '{1}' is not an iterator interface type";
    /// `yield` in a `finally` block.
    CS1625 = "CS" 1625, Error, "Cannot yield in the body of a finally clause";
    /// `yield return` in a `try` block that has a `catch`.
    CS1626 = "CS" 1626, Error, "Cannot yield a value in the body of a try block with a catch clause";
    /// `yield return` in a `catch` block.
    CS1631 = "CS" 1631, Error, "Cannot yield a value in the body of a catch clause";
    /// A lambda converted to a non-delegate type.
    CS1660 = "CS" 1660, Error, "Cannot convert {0} to type '{1}' because it is not a delegate type";
    /// `using` on a type that is not disposable.
    CS1674 = "CS" 1674, Error, "'{0}': type used in a using statement must be implicitly convertible to 'System.IDisposable'";
    /// A lambda with the wrong number of parameters for its delegate.
    CS1593 = "CS" 1593, Error, "Delegate '{0}' does not take {1} arguments";
    /// A lambda whose explicit parameter types do not match its delegate.
    CS1661 = "CS" 1661, Error, "Cannot convert {0} to type '{1}' because the parameter types do not match the delegate parameter types";
    /// A lambda body that can end without returning a value.
    CS1643 = "CS" 1643, Error, "Not all code paths return a value in {0} of type '{1}'";
    /// `nameof` of something without a name.
    CS8081 = "CS" 8081, Error, "Expression does not have a name.";
    /// A construct csc-lite parses but does not compile yet (no Roslyn equivalent).
    CL0001 = "CL" 1, Error, "csc-lite does not support {0} yet";
    /// A member lookup on a type that has no such member (instance access).
    CS1061 = "CS" 1061, Error, "'{0}' does not contain a definition for '{1}' and no accessible extension method '{1}' accepting a first argument of type '{0}' could be found (are you missing a using directive or an assembly reference?)";
    /// No overload takes that many arguments.
    CS1501 = "CS" 1501, Error, "No overload for method '{0}' takes {1} arguments";
    /// An argument of the wrong type.
    CS1503 = "CS" 1503, Error, "Argument {0}: cannot convert from '{1}' to '{2}'";
    /// No constructor takes that many arguments.
    CS1729 = "CS" 1729, Error, "'{0}' does not contain a constructor that takes {1} arguments";
    /// Nesting too deep for the compiler (the parser bounds its recursion).
    CS8078 = "CS" 8078, Error, "An expression is too long or complex to compile";
    /// An executable with no entry point.
    CS5001 = "CS" 5001, Error, "Program does not contain a static 'Main' method suitable for an entry point";

    // VB.
    /// A character literal that is not exactly one character.
    BC30004 = "BC" 30004, Error, "Character constant must contain exactly one character.";
    /// `#If` without `#End If`.
    BC30012 = "BC" 30012, Error, "'#If' block must end with a matching '#End If'.";
    /// `#ElseIf`, `#Else` or `#End If` without `#If`.
    BC30013 = "BC" 30013, Error, "'#ElseIf', '#Else', or '#End If' must be preceded by a matching '#If'.";
    /// `[name` without `]`.
    BC30034 = "BC" 30034, Error, "Bracketed identifier is missing closing ']'.";
    /// A generic syntax error.
    BC30035 = "BC" 30035, Error, "Syntax error.";
    /// A literal too large for its type.
    BC30036 = "BC" 30036, Error, "Overflow.";
    /// A character that cannot start any token.
    BC30037 = "BC" 30037, Error, "Character is not valid.";
    /// An expression was required.
    BC30201 = "BC" 30201, Error, "Expression expected.";
    /// A name was required.
    BC30203 = "BC" 30203, Error, "Identifier expected.";
    /// `#` followed by an unknown directive.
    BC30248 = "BC" 30248, Error, "'If', 'ElseIf', 'Else', 'Const', or 'Region' expected.";
    /// A string without its closing quote.
    BC30648 = "BC" 30648, Error, "String constants must end with a double quote.";
    /// `_` used as a continuation without a space before it, or not last on its line.
    BC30999 = "BC" 30999, Error, "Line continuation character '_' must be preceded by at least one white space and must be the last character on the line.";
    /// A statement continues past where it should end.
    BC30205 = "BC" 30205, Error, "End of statement expected.";
    /// A conversion Option Strict On does not allow implicitly.
    BC30311 = "BC" 30311, Error, "Value of type '{0}' cannot be converted to '{1}'.";
    /// A name bound nowhere.
    BC30451 = "BC" 30451, Error, "'{0}' is not declared. It may be inaccessible due to its protection level.";

    // VB parser (minivb `parser`): Roslyn's ERRID numbers and VBResources wording.
    /// A declaration-level statement in a namespace (`Sub` outside a type).
    BC30001 = "BC" 30001, Error, "Statement is not valid in a namespace.";
    /// A property block without `End Property`.
    BC30025 = "BC" 30025, Error, "Property missing 'End Property'.";
    /// A `Sub` without `End Sub`.
    BC30026 = "BC" 30026, Error, "'End Sub' expected.";
    /// A `Function` without `End Function`.
    BC30027 = "BC" 30027, Error, "'End Function' expected.";
    /// `Try` with neither `Catch` nor `Finally`.
    BC30030 = "BC" 30030, Error, "Try must have at least one 'Catch' or a 'Finally'.";
    /// Statements between `Select Case` and the first `Case`.
    BC30058 = "BC" 30058, Error, "Statements and labels are not valid between 'Select Case' and first 'Case'.";
    /// `Case Else` outside `Select Case`.
    BC30071 = "BC" 30071, Error, "'Case Else' can only appear inside a 'Select Case' statement.";
    /// `Case` outside `Select Case`.
    BC30072 = "BC" 30072, Error, "'Case' can only appear inside a 'Select Case' statement.";
    /// A block `If` without `End If`.
    BC30081 = "BC" 30081, Error, "'If' must end with a matching 'End If'.";
    /// `While` without `End While`.
    BC30082 = "BC" 30082, Error, "'While' must end with a matching 'End While'.";
    /// `Do` without `Loop`.
    BC30083 = "BC" 30083, Error, "'Do' must end with a matching 'Loop'.";
    /// `For` without `Next`.
    BC30084 = "BC" 30084, Error, "'For' must end with a matching 'Next'.";
    /// `With` without `End With`.
    BC30085 = "BC" 30085, Error, "'With' must end with a matching 'End With'.";
    /// `Else` without `If`.
    BC30086 = "BC" 30086, Error, "'Else' must be preceded by a matching 'If' or 'ElseIf'.";
    /// `End If` without `If`.
    BC30087 = "BC" 30087, Error, "'End If' must be preceded by a matching 'If'.";
    /// `End Select` without `Select Case`.
    BC30088 = "BC" 30088, Error, "'End Select' must be preceded by a matching 'Select Case'.";
    /// `End While` without `While`.
    BC30090 = "BC" 30090, Error, "'End While' must be preceded by a matching 'While'.";
    /// `Loop` without `Do`.
    BC30091 = "BC" 30091, Error, "'Loop' must be preceded by a matching 'Do'.";
    /// `Next` without `For`.
    BC30092 = "BC" 30092, Error, "'Next' must be preceded by a matching 'For'.";
    /// `End With` without `With`.
    BC30093 = "BC" 30093, Error, "'End With' must be preceded by a matching 'With'.";
    /// `Select Case` without `End Select`.
    BC30095 = "BC" 30095, Error, "'Select Case' must end with a matching 'End Select'.";
    /// A keyword where a type was required.
    BC30180 = "BC" 30180, Error, "Keyword does not name a type.";
    /// A type was required.
    BC30182 = "BC" 30182, Error, "Type expected.";
    /// A reserved keyword used as a name.
    BC30183 = "BC" 30183, Error, "Keyword is not valid as an identifier.";
    /// `End Enum` without `Enum`.
    BC30184 = "BC" 30184, Error, "'End Enum' must be preceded by a matching 'Enum'.";
    /// `Enum` without `End Enum`.
    BC30185 = "BC" 30185, Error, "'Enum' must end with a matching 'End Enum'.";
    /// Something that is not a declaration where one was required.
    BC30188 = "BC" 30188, Error, "Declaration expected.";
    /// `As` was required.
    BC30197 = "BC" 30197, Error, "'As' expected.";
    /// A missing `)`.
    BC30198 = "BC" 30198, Error, "')' expected.";
    /// A missing `(`.
    BC30199 = "BC" 30199, Error, "'(' expected.";
    /// `Declare` without `Sub` or `Function`.
    BC30215 = "BC" 30215, Error, "'Sub' or 'Function' expected.";
    /// `Lib "…"` or `Alias "…"` without its string.
    BC30217 = "BC" 30217, Error, "String constant expected.";
    /// `Declare` without `Lib`.
    BC30218 = "BC" 30218, Error, "'Lib' expected.";
    /// `TypeOf x` without `Is`/`IsNot`.
    BC30224 = "BC" 30224, Error, "'Is' expected.";
    /// `Case Is` without a relational operator.
    BC30239 = "BC" 30239, Error, "Relational operator expected.";
    /// `Exit` followed by nothing it can exit.
    BC30240 = "BC" 30240, Error, "'Exit' must be followed by 'Sub', 'Function', 'Property', 'Do', 'For', 'While', 'Select', or 'Try'.";
    /// A missing `=`.
    BC30249 = "BC" 30249, Error, "'=' expected.";
    /// `End Interface` without `Interface`.
    BC30252 = "BC" 30252, Error, "'End Interface' must be preceded by a matching 'Interface'.";
    /// `Interface` without `End Interface`.
    BC30253 = "BC" 30253, Error, "'Interface' must end with a matching 'End Interface'.";
    /// `Delegate` without `Sub` or `Function`.
    BC30278 = "BC" 30278, Error, "'Sub' or 'Function' expected after 'Delegate'.";
    /// A declaration inside a method body, which ends the method.
    BC30289 = "BC" 30289, Error, "Statement cannot appear within a method body. End of method assumed.";
    /// A missing `}`.
    BC30370 = "BC" 30370, Error, "'}' expected.";
    /// `Catch` outside `Try`.
    BC30380 = "BC" 30380, Error, "'Catch' cannot appear outside a 'Try' statement.";
    /// `Finally` outside `Try`.
    BC30382 = "BC" 30382, Error, "'Finally' cannot appear outside a 'Try' statement.";
    /// `End Try` without `Try`.
    BC30383 = "BC" 30383, Error, "'End Try' must be preceded by a matching 'Try'.";
    /// `Try` without `End Try`.
    BC30384 = "BC" 30384, Error, "'Try' must end with a matching 'End Try'.";
    /// `End Sub` without `Sub`.
    BC30429 = "BC" 30429, Error, "'End Sub' must be preceded by a matching 'Sub'.";
    /// `End Function` without `Function`.
    BC30430 = "BC" 30430, Error, "'End Function' must be preceded by a matching 'Function'.";
    /// `End Property` without `Property`.
    BC30431 = "BC" 30431, Error, "'End Property' must be preceded by a matching 'Property'.";
    /// `End Class` without `Class`.
    BC30460 = "BC" 30460, Error, "'End Class' must be preceded by a matching 'Class'.";
    /// `Class` without `End Class`.
    BC30481 = "BC" 30481, Error, "'Class' statement must end with a matching 'End Class'.";
    /// `Module` nested in a type.
    BC30617 = "BC" 30617, Error, "'Module' statements can occur only at file or namespace level.";
    /// `Namespace` nested in a type.
    BC30618 = "BC" 30618, Error, "'Namespace' statements can occur only at file or namespace level.";
    /// `End Structure` without `Structure`.
    BC30621 = "BC" 30621, Error, "'End Structure' must be preceded by a matching 'Structure'.";
    /// `End Module` without `Module`.
    BC30622 = "BC" 30622, Error, "'End Module' must be preceded by a matching 'Module'.";
    /// `End Namespace` without `Namespace`.
    BC30623 = "BC" 30623, Error, "'End Namespace' must be preceded by a matching 'Namespace'.";
    /// `Structure` without `End Structure`.
    BC30624 = "BC" 30624, Error, "'Structure' statement must end with a matching 'End Structure'.";
    /// `Module` without `End Module`.
    BC30625 = "BC" 30625, Error, "'Module' statement must end with a matching 'End Module'.";
    /// `Namespace` without `End Namespace`.
    BC30626 = "BC" 30626, Error, "'Namespace' statement must end with a matching 'End Namespace'.";
    /// `End Get` without `Get`.
    BC30630 = "BC" 30630, Error, "'End Get' must be preceded by a matching 'Get'.";
    /// `Get` without `End Get`.
    BC30631 = "BC" 30631, Error, "'Get' statement must end with a matching 'End Get'.";
    /// `End Set` without `Set`.
    BC30632 = "BC" 30632, Error, "'End Set' must be preceded by a matching 'Set'.";
    /// `Set` without `End Set`.
    BC30633 = "BC" 30633, Error, "'Set' statement must end with a matching 'End Set'.";
    /// An attribute block without its `>`.
    BC30636 = "BC" 30636, Error, "'>' expected.";
    /// `End` followed by something it cannot end.
    BC30678 = "BC" 30678, Error, "'End' statement not valid.";
    /// An executable statement outside a method body.
    BC30689 = "BC" 30689, Error, "Statement cannot appear outside of a method body.";
    /// `Continue` followed by nothing it can continue.
    BC30781 = "BC" 30781, Error, "'Continue' must be followed by 'Do', 'For' or 'While'.";
    /// A malformed argument list.
    BC32017 = "BC" 32017, Error, "Comma, ')', or a valid expression continuation expected.";
    /// A generic constraint that is neither a type nor `New`.
    BC32092 = "BC" 32092, Error, "Type or 'New' expected.";
    /// An operator without `End Operator`.
    BC33005 = "BC" 33005, Error, "'End Operator' expected.";
    /// `End Operator` without `Operator`.
    BC33007 = "BC" 33007, Error, "'End Operator' must be preceded by a matching 'Operator'.";
    /// `ElseIf` without `If`.
    BC36005 = "BC" 36005, Error, "'ElseIf' must be preceded by a matching 'If' or 'ElseIf'.";
    /// `End Using` without `Using`.
    BC36007 = "BC" 36007, Error, "'End Using' must be preceded by a matching 'Using'.";
    /// `Using` without `End Using`.
    BC36008 = "BC" 36008, Error, "'Using' must end with a matching 'End Using'.";
    /// A multi-line `Sub` lambda without `End Sub`.
    BC36673 = "BC" 36673, Error, "Multiline lambda expression is missing 'End Sub'.";
    /// A multi-line `Function` lambda without `End Function`.
    BC36674 = "BC" 36674, Error, "Multiline lambda expression is missing 'End Function'.";
    /// Nesting too deep for the compiler (the parser bounds its recursion).
    BC37241 = "BC" 37241, Error, "An expression is too long or complex to compile";
    // Binder errors (minivb): Roslyn's VB numbers and wording.
    BC30002 = "BC" 30002, Error, "Type '{0}' is not defined.";
    BC30020 = "BC" 30020, Error, "'Is' operator does not accept operands of type '{0}'. Operands must be reference or nullable types.";
    BC30043 = "BC" 30043, Error, "'Me' is valid only within an instance method.";
    BC30049 = "BC" 30049, Error, "'Redim' statement requires an array.";
    BC30057 = "BC" 30057, Error, "Too many arguments to '{0}'.";
    BC30059 = "BC" 30059, Error, "Constant expression is required.";
    BC30064 = "BC" 30064, Error, "'ReadOnly' variable cannot be the target of an assignment.";
    BC30065 = "BC" 30065, Error, "'Exit Sub' is not valid in a Function or Property.";
    BC30067 = "BC" 30067, Error, "'Exit Function' is not valid in a Sub or Property.";
    BC30068 = "BC" 30068, Error, "Expression is a value and therefore cannot be the target of an assignment.";
    BC30074 = "BC" 30074, Error, "Constant cannot be the target of an assignment.";
    BC30089 = "BC" 30089, Error, "'Exit Do' can only appear inside a 'Do' statement.";
    BC30096 = "BC" 30096, Error, "'Exit For' can only appear inside a 'For' statement.";
    BC30097 = "BC" 30097, Error, "'Exit While' can only appear inside a 'While' statement.";
    BC30099 = "BC" 30099, Error, "'Exit Select' can only appear inside a 'Select' statement.";
    BC30106 = "BC" 30106, Error, "Number of indices exceeds the number of dimensions of the indexed array.";
    BC30109 = "BC" 30109, Error, "'{0}' is a class type and cannot be used as an expression.";
    BC30112 = "BC" 30112, Error, "'{0}' is a namespace and cannot be used as an expression.";
    BC30149 = "BC" 30149, Error, "Class '{0}' must implement '{1}' for interface '{2}'.";
    BC30157 = "BC" 30157, Error, "Leading '.' or '!' can only appear inside a 'With' statement.";
    BC30179 = "BC" 30179, Error, "{0} '{1}' and {2} '{3}' conflict in {4} '{5}'.";
    BC30288 = "BC" 30288, Error, "Local variable '{0}' is already declared in the current block.";
    BC30299 = "BC" 30299, Error, "'{0}' cannot inherit from class '{1}' because '{1}' is declared 'NotInheritable'.";
    BC30367 = "BC" 30367, Error, "Class '{0}' cannot be indexed because it has no default property.";
    BC30369 = "BC" 30369, Error, "Cannot refer to an instance member of a class from within a shared method or shared member initializer without an explicit instance of the class.";
    BC30375 = "BC" 30375, Error, "'New' cannot be used on an interface.";
    BC30390 = "BC" 30390, Error, "'{0}' is not accessible in this context because it is '{1}'.";
    BC30393 = "BC" 30393, Error, "'Exit Try' can only appear inside a 'Try' statement.";
    BC30401 = "BC" 30401, Error, "'{0}' cannot implement '{1}' because there is no matching {2} on interface '{3}'.";
    BC30420 = "BC" 30420, Error, "'Sub Main' was not found in '{0}'.";
    BC30439 = "BC" 30439, Error, "Constant expression not representable in type '{0}'.";
    BC30452 = "BC" 30452, Error, "Operator '{0}' is not defined for types '{1}' and '{2}'.";
    BC30454 = "BC" 30454, Error, "Expression is not a method.";
    BC30455 = "BC" 30455, Error, "Argument not specified for parameter '{0}' of '{1}'.";
    BC30456 = "BC" 30456, Error, "'{0}' is not a member of '{1}'.";
    BC30469 = "BC" 30469, Error, "Reference to a non-shared member requires an object reference.";
    BC30487 = "BC" 30487, Error, "Operator '{0}' is not defined for type '{1}'.";
    BC30491 = "BC" 30491, Error, "Expression does not produce a value.";
    BC30512 = "BC" 30512, Error, "Option Strict On disallows implicit conversions from '{0}' to '{1}'.";
    BC30516 = "BC" 30516, Error, "Overload resolution failed because no accessible '{0}' accepts this number of arguments.";
    BC30517 = "BC" 30517, Error, "Overload resolution failed because no '{0}' is accessible.";
    BC30518 = "BC" 30518, Error, "Overload resolution failed because no accessible '{0}' can be called with these arguments:{1}";
    BC30521 = "BC" 30521, Error, "Overload resolution failed because no accessible '{0}' is most specific for these arguments:{1}";
    BC30526 = "BC" 30526, Error, "Property '{0}' is 'ReadOnly'.";
    BC30542 = "BC" 30542, Error, "Division by zero occurred while evaluating this expression.";
    BC30566 = "BC" 30566, Error, "Array initializer has too few dimensions.";
    BC30568 = "BC" 30568, Error, "Array initializer has too many elements.";
    BC30581 = "BC" 30581, Error, "'AddressOf' expression cannot be converted to '{0}' because '{0}' is not a delegate type.";
    BC30590 = "BC" 30590, Error, "Event '{0}' cannot be found.";
    BC30616 = "BC" 30616, Error, "Variable '{0}' hides a variable in an enclosing block.";
    BC30647 = "BC" 30647, Error, "'Return' statement in a Sub or a Set cannot return a value.";
    BC30654 = "BC" 30654, Error, "'Return' statement in a Function, Get, or Operator must return a value.";
    BC30676 = "BC" 30676, Error, "'{0}' is not an event of '{1}'.";
    BC30782 = "BC" 30782, Error, "'Continue Do' can only appear inside a 'Do' statement.";
    BC30783 = "BC" 30783, Error, "'Continue For' can only appear inside a 'For' statement.";
    BC30784 = "BC" 30784, Error, "'Continue While' can only appear inside a 'While' statement.";
    BC30792 = "BC" 30792, Error, "'TryCast' operand must be reference type, but '{0}' is a value type.";
    BC31084 = "BC" 31084, Error, "'For' loop control variable cannot be of type '{0}' because the type does not support the required operators.";
    /// A construct vbc-lite parses but does not compile yet (the VB twin of CL0001).
    CL0002 = "CL" 2, Error, "vbc-lite does not support {0} yet";
    BC32023 = "BC" 32023, Error, "Expression is of type '{0}', which is not a collection type.";
    BC31429 = "BC" 31429, Error, "'{0}' is ambiguous because multiple kinds of members with this name exist in {1} '{2}'.";
    BC31143 = "BC" 31143, Error, "Method '{0}' does not have a signature compatible with delegate '{1}'.";
    BC36010 = "BC" 36010, Error, "'Using' operand of type '{0}' must implement 'System.IDisposable'.";
    BC36625 = "BC" 36625, Error, "Lambda expression cannot be converted to '{0}' because '{0}' is not a delegate type.";
    BC36642 = "BC" 36642, Error, "Option Strict On requires each lambda expression parameter to be declared with an 'As' clause if its type cannot be inferred.";
    BC36670 = "BC" 36670, Error, "Nested sub does not have a signature that is compatible with delegate '{0}'.";
    BC36913 = "BC" 36913, Error, "Cannot infer a common type, and Option Strict On does not allow 'Object' to be assumed.";
    // VB flow warnings (vbc-lite, over the shared `flow` analysis).
    /// A local never read nor assigned.
    BC42024 = "BC" 42024, Warning, "Unused local variable: '{0}'.";
    /// A reference-type local passed `ByRef` before any assignment.
    BC42030 = "BC" 42030, Warning, "Variable '{0}' is passed by reference before it has been assigned a value. A null reference exception could result at runtime.";
    /// A reference-type local read before any assignment.
    BC42104 = "BC" 42104, Warning, "Variable '{0}' is used before it has been assigned a value. A null reference exception could result at runtime.";
    /// A `Function` returning a reference type that can end without a value.
    BC42105 = "BC" 42105, Warning, "Function '{0}' doesn't return a value on all code paths. A null reference exception could occur at run time when the result is used.";
    /// An `Operator` returning a reference type that can end without a value.
    BC42106 = "BC" 42106, Warning, "Operator '{0}' doesn't return a value on all code paths. A null reference exception could occur at run time when the result is used.";
    /// A property `Get` returning a reference type (or structure) that can end without a value.
    BC42107 = "BC" 42107, Warning, "Property '{0}' doesn't return a value on all code paths. A null reference exception could occur at run time when the result is used.";
    /// A structure local with reference fields passed `ByRef` before any assignment.
    BC42108 = "BC" 42108, Warning, "Variable '{0}' is passed by reference before it has been assigned a value. A null reference exception could result at runtime. Make sure the structure or all the reference members are initialized before use";
    /// A structure local with reference fields read before any assignment.
    BC42109 = "BC" 42109, Warning, "Variable '{0}' is used before it has been assigned a value. A null reference exception could result at runtime. Make sure the structure or all the reference members are initialized before use";
    /// A `Function` returning an intrinsic value type that can end without a value.
    BC42353 = "BC" 42353, Warning, "Function '{0}' doesn't return a value on all code paths. Are you missing a 'Return' statement?";
    /// An `Operator` returning an intrinsic value type that can end without a value.
    BC42354 = "BC" 42354, Warning, "Operator '{0}' doesn't return a value on all code paths. Are you missing a 'Return' statement?";
    /// A property `Get` returning an intrinsic value type that can end without a value.
    BC42355 = "BC" 42355, Warning, "Property '{0}' doesn't return a value on all code paths. Are you missing a 'Return' statement?";
    // csc-lite T4: out parameters, local functions, unsafe code.
    /// Reading an `out` parameter before it is assigned.
    CS0269 = "CS" 269, Error, "Use of unassigned out parameter '{0}'";
    /// A `static` local function naming a local or parameter of an enclosing body.
    CS8421 = "CS" 8421, Error, "A static local function cannot contain a reference to '{0}'.";
    /// A `static` local function using `this` or `base`.
    CS8422 = "CS" 8422, Error, "A static local function cannot contain a reference to 'this' or 'base'.";
    /// `*` or `->` applied to a non-pointer.
    CS0193 = "CS" 193, Error, "The * or -> operator must be applied to a pointer";
    /// A pointer to, address of or size of a managed type.
    CS0208 = "CS" 208, Error, "Cannot take the address of, get the size of, or declare a pointer to a managed type ('{0}')";
    /// `&` of a movable variable outside a `fixed` initializer.
    CS0212 = "CS" 212, Error, "You can only take the address of an unfixed expression inside of a fixed statement initializer";
    /// `fixed` over an already fixed expression.
    CS0213 = "CS" 213, Error, "You cannot use the fixed statement to take the address of an already fixed expression";
    /// A `fixed` local of a non-pointer type.
    CS0209 = "CS" 209, Error, "The type of a local declared in a fixed statement must be a pointer type";
    /// A `fixed` local without an initializer.
    CS0210 = "CS" 210, Error, "You must provide an initializer in a fixed or using statement declaration";
    /// A pointer indexed by more than one value.
    CS0196 = "CS" 196, Error, "A pointer must be indexed by only one value";
    /// Assigning to a `fixed` local.
    CS1656 = "CS" 1656, Error, "Cannot assign to '{0}' because it is a '{1}'";
    /// A lone candidate called with too few arguments.
    CS7036 = "CS" 7036, Error, "There is no argument given that corresponds to the required parameter '{0}' of '{1}'";
    // Command-line and reference errors: the drivers print them as text; the language
    // server shows a project's as diagnostics.
    /// A reference that is not there.
    CS0006 = "CS" 6, Error, "Metadata file '{0}' could not be found";
    /// A reference that is not an assembly.
    CS0009 = "CS" 9, Error, "Metadata file '{0}' could not be opened -- {1}";
    /// A source file that is not there.
    CS2001 = "CS" 2001, Error, "Source file '{0}' could not be found.";
    /// An option csc does not know.
    CS2007 = "CS" 2007, Error, "Unrecognized option: '{0}'";
    /// A response file that cannot be read.
    CS2011 = "CS" 2011, Error, "Unable to open response file '{0}'";
    /// A source file that is not there (VB).
    BC2001 = "BC" 2001, Error, "file '{0}' could not be found";
    /// A response file that cannot be read (VB).
    BC2011 = "BC" 2011, Error, "Unable to open response file '{0}'";
    /// A reference that is not there (VB).
    BC2017 = "BC" 2017, Error, "could not find library '{0}'";
    /// A reference that cannot be read (VB).
    BC31519 = "BC" 31519, Error, "'{0}' cannot be referenced: {1}";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_print_as_roslyn_does() {
        let mut seen = std::collections::HashSet::new();
        for c in Code::ALL {
            assert!(seen.insert(c.to_string()), "duplicate {c}");
            assert_eq!(
                format!("{c:?}"),
                c.to_string(),
                "variant name must be its code"
            );
        }
        assert_eq!(Code::CS0103.to_string(), "CS0103");
        assert_eq!(Code::parse("cs0103"), Some(Code::CS0103));
        assert_eq!(
            Code::CS0029.format(&["string", "int"]),
            "Cannot implicitly convert type 'string' to 'int'"
        );
    }
}
