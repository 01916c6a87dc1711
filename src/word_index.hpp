// Lexicon lookups by word in one probe of a flat hash table. Tokens carry
// their word_hash, so looking a token up never rehashes its text; most
// tokens of a text are in no lexicon and miss on the first empty slot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace keyfigures {

// A word to look up, with its word_hash.
struct WordKey {
  std::string_view word;
  std::uint32_t hash = 0;
  bool padded = false;  // readable bytes follow the word (a token's, in Tokens' copy)

  explicit WordKey(std::string_view w) : word(w), hash(word_hash(w)) {}
  WordKey(std::string_view w, std::uint32_t h) : word(w), hash(h) {}
  explicit WordKey(const Token& token) : word(token.lower()), hash(token.hash), padded(true) {}

  // word_head of the word: one load for a token's word. Computed only once a
  // tag matches, so that misses (most lookups) never pay for it.
  std::uint64_t head() const { return padded ? word_head_padded(word.data(), word.size()) : word_head(word); }
};

// The keys of a WordTable: words in a flat hash table, open addressing with
// linear probing. Not a template, so that the probing and growing code is
// compiled once for every WordTable (the wasm module's size counts).
class WordKeys {
 public:
  static constexpr std::size_t kNone = SIZE_MAX;

  // The slot holding the key's word, or kNone.
  [[gnu::always_inline]] std::size_t find(const WordKey& key) const {
    if (count_ == 0) return kNone;
    const std::size_t i = probe(key);
    return tags_[i] == 0 ? kNone : i;
  }

  // The slot for `word`, claimed if missing. When the table must grow first,
  // `moved` receives the new slot of every old slot (kNone for empty ones).
  std::size_t insert(std::string_view word, std::vector<std::size_t>& moved);

  std::size_t capacity() const { return tags_.size(); }
  void clear() {
    tags_.clear();
    keys_.clear();
    mask_ = count_ = 0;
  }

 private:
  struct Key {
    std::string_view word;
    std::uint64_t head = 0;  // word_head(word)
  };

  // Tags are probed apart from the keys: four bytes a slot keep a lexicon's
  // probe sequence in a cache line or two, and most probes (words in no
  // lexicon) end on an empty tag without touching a key. 0 marks empty.
  static std::uint32_t tag_of(std::uint32_t hash) { return hash | 1u; }

  // The slot holding the key's word, or the empty slot where it would go.
  [[gnu::always_inline]] std::size_t probe(const WordKey& key) const {
    const std::uint32_t tag = tag_of(key.hash);
    const std::size_t size = key.word.size();
    for (std::size_t i = key.hash & mask_;; i = (i + 1) & mask_) {
      const std::uint32_t t = tags_[i];
      if (t == 0) return i;
      if (t != tag) continue;
      const Key& slot = keys_[i];
      // Heads hold the first eight bytes: only longer words compare the rest.
      if (slot.word.size() == size && slot.head == key.head() &&
          (size <= 8 || is(slot.word.substr(8), key.word.substr(8))))
        return i;
    }
  }

  void grow(std::vector<std::size_t>& moved);

  std::vector<std::uint32_t> tags_;
  std::vector<Key> keys_;
  std::size_t mask_ = 0;  // capacity() - 1 (a power of two minus one)
  std::size_t count_ = 0;
};

inline std::size_t WordKeys::insert(std::string_view word, std::vector<std::size_t>& moved) {
  if ((count_ + 1) * 2 > tags_.size()) grow(moved);
  const WordKey key(word);
  const std::size_t i = probe(key);
  if (tags_[i] == 0) {
    tags_[i] = tag_of(key.hash);
    keys_[i] = Key{word, key.head()};
    ++count_;
  }
  return i;
}

inline void WordKeys::grow(std::vector<std::size_t>& moved) {
  std::vector<Key> old = std::move(keys_);
  std::vector<std::uint32_t> old_tags = std::move(tags_);
  const std::size_t size = old.empty() ? 16 : old.size() * 2;
  keys_.assign(size, Key{});
  tags_.assign(size, 0);
  mask_ = size - 1;
  moved.assign(old.size(), kNone);
  for (std::size_t k = 0; k < old.size(); ++k) {
    if (old_tags[k] == 0) continue;
    const std::size_t i = probe(WordKey(old[k].word));
    tags_[i] = old_tags[k];
    keys_[i] = old[k];
    moved[k] = i;
  }
}

// Words mapped to values: WordKeys with a value beside each slot. Built
// once, read only afterwards (safe to share between threads).
template <typename Value>
class WordTable {
 public:
  WordTable() = default;
  WordTable(const WordTable&) = default;
  WordTable& operator=(const WordTable&) = default;
  // A moved-from table is empty, not a table whose counts outlived its slots.
  WordTable(WordTable&& other) noexcept { *this = std::move(other); }
  WordTable& operator=(WordTable&& other) noexcept {
    keys_ = std::move(other.keys_);
    values_ = std::move(other.values_);
    other.keys_.clear();
    other.values_.clear();
    return *this;
  }

  // The value for `word`, inserted as Value{} if missing.
  Value& operator[](std::string_view word) {
    std::vector<std::size_t> moved;
    const std::size_t i = keys_.insert(word, moved);
    if (values_.size() != keys_.capacity()) {
      std::vector<Value> old = std::move(values_);
      values_.resize(keys_.capacity());
      for (std::size_t k = 0; k < moved.size(); ++k)
        if (moved[k] != WordKeys::kNone) values_[moved[k]] = std::move(old[k]);
    }
    return values_[i];
  }

  // Inlined: lookups sit in every per-token loop, and a call per miss costs
  // more than the probe.
  [[gnu::always_inline]] const Value* find(const WordKey& key) const {
    const std::size_t i = keys_.find(key);
    return i == WordKeys::kNone ? nullptr : &values_[i];
  }
  const Value* find(std::string_view word, std::uint32_t hash) const { return find(WordKey(word, hash)); }
  const Value* find(std::string_view word) const { return find(WordKey(word)); }
  const Value* find(const Token& token) const { return find(WordKey(token)); }

 private:
  WordKeys keys_;
  std::vector<Value> values_;
};

// A set of words (the words must outlive it: lexicon literals).
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (const auto word : words) insert(word);
  }
  void insert(std::string_view word) {
    std::vector<std::size_t> moved;  // no values to move
    keys_.insert(word, moved);
  }
  bool contains(std::string_view word) const { return keys_.find(WordKey(word)) != WordKeys::kNone; }
  bool contains(const Token& token) const { return keys_.find(WordKey(token)) != WordKeys::kNone; }

 private:
  WordKeys keys_;
};

// One word of a lexicon phrase, with its hash for a cheap mismatch.
struct PhraseWord {
  std::string_view word;
  std::uint32_t hash = 0;
};

// The lexicon entries that can start at a token: entries indexed by their
// first word, in table order (earlier entries win, so longer phrases listed
// first still match first). Each entry's other words are split once here,
// so matching the rest of a phrase never parses it again.
template <typename Entry>
class WordIndex {
 public:
  // `first_word_class`: the WordClass bit that the first words of `table`
  // carry (word_classes.cpp), so tokens without it miss without a probe; 0
  // for tables the word classes do not cover.
  explicit WordIndex(std::span<const Entry> table, std::uint32_t first_word_class = 0)
      : table_(table), first_word_class_(first_word_class), rest_(table.size()) {
    for (std::size_t i = 0; i < table.size(); ++i) {
      std::string_view words = table[i].words;
      std::size_t space = words.find(' ');
      by_first_word_[words.substr(0, space)].push_back(i);
      first_word_bits_ |= bloom_bit(word_hash(words.substr(0, space)));
      while (space != std::string_view::npos) {
        words = words.substr(space + 1);
        space = words.find(' ');
        const std::string_view word = words.substr(0, space);
        rest_[i].push_back({word, word_hash(word)});
      }
    }
  }

  // The words of entry i after its first.
  std::span<const PhraseWord> rest(std::size_t i) const { return rest_[i]; }

  // Entries whose first word is the token's (or `word`); empty when none.
  std::span<const std::size_t> starting_with(const Token& token) const {
    if (first_word_class_ != 0 ? !(token.classes & first_word_class_) : !(first_word_bits_ & bloom_bit(token.hash)))
      return {};
    return entries(by_first_word_.find(token));
  }
  std::span<const std::size_t> starting_with(std::string_view word) const {
    return entries(by_first_word_.find(word));
  }

  const Entry& operator[](std::size_t i) const { return table_[i]; }

 private:
  static std::span<const std::size_t> entries(const std::vector<std::size_t>* found) {
    return found ? std::span<const std::size_t>(*found) : std::span<const std::size_t>();
  }

  std::span<const Entry> table_;
  std::uint32_t first_word_class_;
  // Without a word class, a 64-bit filter of the first words' hashes (bits
  // apart from the table's slot bits): most tokens miss it, and a small
  // table's probe.
  std::uint64_t first_word_bits_ = 0;
  static std::uint64_t bloom_bit(std::uint32_t hash) { return std::uint64_t{1} << ((hash >> 20) & 63); }
  std::vector<std::vector<PhraseWord>> rest_;
  WordTable<std::vector<std::size_t>> by_first_word_;
};

// The first entry of `table` for each value of its `word` field: a linear
// "first match wins" search over a lexicon table, in one probe.
template <typename Entry>
WordTable<const Entry*> first_by_word(std::span<const Entry> table, std::string_view Entry::*word) {
  WordTable<const Entry*> out;
  for (const Entry& entry : table)
    if (const Entry*& slot = out[entry.*word]; slot == nullptr) slot = &entry;
  return out;
}

// The entry a token names in a first_by_word table, or nullptr.
template <typename Entry>
const Entry* entry_for(const WordTable<const Entry*>& table, const Token& token) {
  const Entry* const* found = table.find(token);
  return found ? *found : nullptr;
}

}  // namespace keyfigures
