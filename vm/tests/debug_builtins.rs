//! `breakpoint()` and `help()`: ophis has no pdb or pydoc yet, so these are deliberate
//! stand-ins (CPython's output differs, which is why they are not conformance cases).

use ophis_vm::embed::Engine;

#[test]
fn breakpoint_says_it_is_not_supported() {
    let mut engine = Engine::new();
    engine
        .run("try:\n    breakpoint()\n    r = 'no error'\nexcept RuntimeError as e:\n    r = str(e)\n")
        .expect("runs");
    let r = engine.get("r").expect("r");
    let text = engine.to_string(&r).expect("str");
    assert!(text.contains("not supported"), "{text}");
}

#[test]
fn help_of_a_function_does_not_raise() {
    let mut engine = Engine::new();
    engine.run("def f():\n    'Doc.'\nhelp(f)\nhelp(len)\nhelp(int)\n").expect("help runs");
}
