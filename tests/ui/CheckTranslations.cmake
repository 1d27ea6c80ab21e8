# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
# cmake -DTS_FILE=<translations/segmenta_tr.ts> -P CheckTranslations.cmake
# Fails when a message of a (non-source-language) .ts file is unfinished or empty, so a new tr() string
# cannot ship untranslated: build segmenta_ui_lupdate, translate, and this passes again.
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "No translation file at '${TS_FILE}'")
endif()
file(READ "${TS_FILE}" text)
string(REGEX MATCHALL "<message[^>]*>" messages "${text}")
list(LENGTH messages total)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${text}")
string(REGEX MATCHALL "<translation>[ \t\r\n]*</translation>" empty "${text}")
list(LENGTH unfinished unfinished_count)
list(LENGTH empty empty_count)
if(unfinished_count GREATER 0 OR empty_count GREATER 0 OR total EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: ${total} messages, ${unfinished_count} unfinished, ${empty_count} empty")
endif()
message(STATUS "${TS_FILE}: all ${total} messages translated")
