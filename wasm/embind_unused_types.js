// Embind registers every built-in type at start-up, whether a binding uses it
// or not. bindings.cpp passes std::string only, so booleans, integers, floats,
// the wide strings (with their UTF-16/UTF-32 codecs), emscripten::val and
// typed-array views are registered as nothing here, and their JS is left out
// of the module (~1.5 KB gzip). A binding that took one of them would fail at
// start-up naming the unbound type.
mergeInto(LibraryManager.library, {
  _embind_register_bool__deps: [],
  _embind_register_bool: function () {},
  _embind_register_integer__deps: [],
  _embind_register_integer: function () {},
  _embind_register_bigint__deps: [],
  _embind_register_bigint: function () {},
  _embind_register_float__deps: [],
  _embind_register_float: function () {},
  _embind_register_std_wstring__deps: [],
  _embind_register_std_wstring: function () {},
  _embind_register_emval__deps: [],
  _embind_register_emval: function () {},
  _embind_register_memory_view__deps: [],
  _embind_register_memory_view: function () {},
});
