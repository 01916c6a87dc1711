// A value or an error message, so that no exception crosses a module
// boundary (CLI exit codes, the WASM binding).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace keyfigures {

enum class ErrorKind { bad_input, internal };

struct Error {
  ErrorKind kind = ErrorKind::bad_input;
  std::string message;
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace keyfigures
