// Smaller stand-ins for two libc functions that the module calls only from
// nlohmann/json (and one fmt path that formats long double, which the core
// never does). musl's versions work in long double, which wasm emulates in
// software: strtod alone links __floatscan, __multf3, __divtf3, __addtf3,
// fmodl and scalbnl, and snprintf links printf_core and fmt_fp, together
// about 5 KB gzip of the 150 KB payload budget.
//
// Defined here, they take the place of libc's (a static archive member is
// only linked for a symbol still undefined). Both serve only what nlohmann
// asks of them: strtod reads the number tokens its lexer has already
// validated (bundle numbers are never used as values: every field of the
// contract is a string), and snprintf formats its "\u%04x" and "<U+%.4X>"
// escapes. tests/node/wasm.test.mjs compares every report with native output
// byte for byte, control characters and JSON numbers included.
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// 10^e for |e| <= 308 by squaring: within a few units in the last place,
// which is all a value nobody reads needs.
double power_of_ten(int e) {
  double result = 1, base = 10;
  for (unsigned n = static_cast<unsigned>(e < 0 ? -e : e); n != 0; n >>= 1, base *= base)
    if (n & 1) result *= base;
  return e < 0 ? 1 / result : result;
}

// Appends `text` to the buffer while it has room, always counting it.
struct Output {
  char* buffer;
  std::size_t size;
  std::size_t written = 0;
  void put(char c) {
    if (written + 1 < size) buffer[written] = c;
    ++written;
  }
};

void put_unsigned(Output& out, unsigned long long value, unsigned base, bool upper, int min_digits, char pad,
                  int width) {
  char digits[24];
  int n = 0;
  do {
    const unsigned d = static_cast<unsigned>(value % base);
    digits[n++] = static_cast<char>(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
    value /= base;
  } while (value != 0);
  while (n < min_digits && n < 23) digits[n++] = '0';
  for (int i = n; i < width; ++i) out.put(pad);
  while (n > 0) out.put(digits[--n]);
}

}  // namespace

extern "C" {

double strtod(const char* text, char** end);
// musl defines these three in one object: all three here keep it out.
float strtof(const char* text, char** end) { return static_cast<float>(strtod(text, end)); }
long double strtold(const char* text, char** end) { return strtod(text, end); }

double strtod(const char* text, char** end) {
  const char* p = text;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  std::uint64_t mantissa = 0;
  int exponent = 0, digits = 0;
  for (; is_digit(*p); ++p, ++digits) {
    if (mantissa < 1000000000000000000ull) mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    else ++exponent;  // digits past 19 only scale the value
  }
  if (*p == '.') {
    for (++p; is_digit(*p); ++p, ++digits) {
      if (mantissa < 1000000000000000000ull) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        --exponent;
      }
    }
  }
  if (digits == 0) {
    if (end) *end = const_cast<char*>(text);
    return 0;
  }
  if ((*p == 'e' || *p == 'E') && (is_digit(p[1]) || ((p[1] == '-' || p[1] == '+') && is_digit(p[2])))) {
    ++p;
    const bool negative_exponent = *p == '-';
    if (*p == '-' || *p == '+') ++p;
    int e = 0;
    for (; is_digit(*p); ++p)
      if (e < 100000) e = e * 10 + (*p - '0');
    exponent += negative_exponent ? -e : e;
  }
  if (end) *end = const_cast<char*>(p);
  double value = static_cast<double>(mantissa);
  if (mantissa != 0) {
    if (exponent > 308 - 19) {
      value *= power_of_ten(exponent - 19 > 308 ? 308 : exponent - 19);
      value *= power_of_ten(19);
    } else if (exponent < -308) {
      value /= power_of_ten(308);
      value /= power_of_ten(-exponent - 308 > 308 ? 308 : -exponent - 308);
    } else {
      value = exponent < 0 ? value / power_of_ten(-exponent) : value * power_of_ten(exponent);
    }
    if (std::isinf(value) || value == 0) errno = ERANGE;
  }
  return negative ? -value : value;
}

}  // extern "C"

namespace {

int format_to_buffer(char* buffer, std::size_t size, const char* format, va_list args) {
  Output out{buffer, size};
  for (const char* f = format; *f; ++f) {
    if (*f != '%') {
      out.put(*f);
      continue;
    }
    ++f;
    if (*f == '%') {
      out.put('%');
      continue;
    }
    char pad = ' ';
    if (*f == '0') pad = '0', ++f;
    int width = 0, precision = -1;
    while (is_digit(*f)) width = width * 10 + (*f++ - '0');
    if (*f == '.') {
      precision = 0;
      for (++f; is_digit(*f);) precision = precision * 10 + (*f++ - '0');
    }
    int longs = 0;
    while (*f == 'l') ++longs, ++f;
    switch (*f) {
      case 'x':
      case 'X':
      case 'u': {
        const unsigned long long v = longs >= 2 ? va_arg(args, unsigned long long)
                                     : longs == 1 ? va_arg(args, unsigned long)
                                                  : va_arg(args, unsigned);
        put_unsigned(out, v, *f == 'u' ? 10 : 16, *f == 'X', precision, pad, width);
        break;
      }
      case 'd':
      case 'i': {
        const long long v = longs >= 2 ? va_arg(args, long long) : longs == 1 ? va_arg(args, long) : va_arg(args, int);
        if (v < 0) out.put('-');
        put_unsigned(out, v < 0 ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v), 10,
                     false, precision, pad, v < 0 ? width - 1 : width);
        break;
      }
      case 'c': out.put(static_cast<char>(va_arg(args, int))); break;
      case 's':
        for (const char* s = va_arg(args, const char*); s && *s; ++s) out.put(*s);
        break;
      default:
        // Anything else (floating point) is never asked for: write nothing.
        if (*f == '\0') --f;
        break;
    }
  }
  if (size > 0) buffer[out.written < size ? out.written : size - 1] = '\0';
  return static_cast<int>(out.written);
}

}  // namespace

extern "C" {

int snprintf(char* buffer, std::size_t size, const char* format, ...) {
  va_list args;
  va_start(args, format);
  const int n = format_to_buffer(buffer, size, format, args);
  va_end(args);
  return n;
}

}  // extern "C"
