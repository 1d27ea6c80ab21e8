# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Segmenta developers
# cmake -DSEGMENTA_UI_DIR=<ui/> -P CheckNoSql.cmake
# Fails when a ui/ source includes sqlite3.h or holds SQL text: the UI reads and writes projects only
# through the engine's Session facade. This script is the one file allowed to spell the patterns.
if(NOT SEGMENTA_UI_DIR)
    message(FATAL_ERROR "Pass -DSEGMENTA_UI_DIR=<path to ui/>")
endif()
file(GLOB_RECURSE sources ${SEGMENTA_UI_DIR}/*.h ${SEGMENTA_UI_DIR}/*.hpp ${SEGMENTA_UI_DIR}/*.cpp
     ${SEGMENTA_UI_DIR}/*.ui ${SEGMENTA_UI_DIR}/*.qml)
set(patterns
    "#[ \t]*include[ \t]*[<\"][^>\"]*sqlite3\\.h"
    "SELECT[ \t]+[^ \t]+[ \t]+FROM"
    "SELECT "
    "INSERT INTO"
    "INSERT OR"
    "UPDATE [A-Za-z_]+ SET"
    "DELETE FROM"
    "CREATE TABLE"
    "CREATE INDEX"
    "DROP TABLE"
    "ALTER TABLE"
    "PRAGMA ")
set(violations "")
foreach(source IN LISTS sources)
    file(READ ${source} text)
    foreach(pattern IN LISTS patterns)
        string(REGEX MATCH "${pattern}" found "${text}")
        if(found)
            file(RELATIVE_PATH relative ${SEGMENTA_UI_DIR} ${source})
            list(APPEND violations "ui/${relative}: '${found}'")
        endif()
    endforeach()
endforeach()
list(LENGTH sources count)
if(violations)
    list(JOIN violations "\n  " report)
    message(FATAL_ERROR "The UI must go through engine/Session.h, but found:\n  ${report}")
endif()
message(STATUS "ui/: ${count} files, no sqlite3.h and no SQL")
