// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::cli {

/// A small streaming JSON writer for the CLI's --json output: objects and arrays nest, commas and
/// string escaping are handled, numbers are written in shortest round-trip form.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// The key of the next value inside an object.
    JsonWriter &key(std::string_view name);
    JsonWriter &value(std::string_view text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(const std::string &text) { return value(std::string_view(text)); }
    JsonWriter &value(std::int64_t number);
    JsonWriter &value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter &value(std::uint64_t number);
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &stringArray(const std::vector<std::string> &items);

    const std::string &text() const { return m_text; }

private:
    void separate();
    void writeString(std::string_view text);
    std::string m_text;
    std::vector<bool> m_hasItems; // per open container
    bool m_afterKey = false;
};

} // namespace segmenta::cli
