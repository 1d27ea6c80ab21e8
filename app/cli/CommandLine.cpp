// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "CommandLine.h"

namespace segmenta::cli {

std::optional<std::string> CommandLine::parse(
    const std::vector<std::string> &arguments, const Grammar &grammar)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument.rfind("--", 0) != 0 || argument.size() < 3) {
            return "unexpected argument '" + argument + "'";
        }
        std::string name = argument.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        if (grammar.switches.count(name)) {
            if (inlineValue) {
                return "--" + name + " takes no value";
            }
            m_switches.insert(name);
            continue;
        }
        if (!grammar.valueOptions.count(name)) {
            return "unknown option --" + name;
        }
        if (inlineValue) {
            m_values[name] = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            m_values[name] = arguments[++i];
        } else {
            return "--" + name + " needs a value";
        }
        m_allValues[name].push_back(m_values[name]);
    }
    return std::nullopt;
}

std::string CommandLine::value(const std::string &name, const std::string &fallback) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? fallback : found->second;
}

std::vector<std::string> CommandLine::values(const std::string &name) const
{
    const auto found = m_allValues.find(name);
    return found == m_allValues.end() ? std::vector<std::string>() : found->second;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (c == ',') {
            parts.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    parts.push_back(current);
    return parts;
}

} // namespace segmenta::cli
