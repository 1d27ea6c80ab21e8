// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace segmenta::cli {

/// `segmenta-cli COMMAND [--option VALUE | --option=VALUE | --switch] …`, checked against what the
/// command accepts, so a misspelt option is a usage error instead of being ignored.
class CommandLine
{
public:
    /// What a command accepts: options that take a value, and switches that do not.
    struct Grammar
    {
        std::set<std::string> valueOptions;
        std::set<std::string> switches;
    };

    /// Parses argv after the command name. Returns an error message for the user, or nothing.
    std::optional<std::string> parse(const std::vector<std::string> &arguments, const Grammar &grammar);

    bool has(const std::string &name) const { return m_values.count(name) > 0 || m_switches.count(name) > 0; }
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    /// Every value given to a repeatable option, in order (value() gives the last).
    std::vector<std::string> values(const std::string &name) const;

private:
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_allValues;
    std::set<std::string> m_switches;
};

/// Splits "a,b,c" into its parts; empty parts are kept so they can be reported.
std::vector<std::string> splitList(const std::string &text);

} // namespace segmenta::cli
