// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "common/ErrorPresenter.h"

#include <QFileInfo>

namespace segmenta::ui {

namespace {

QString argument(const engine::Error &error, std::size_t index)
{
    return index < error.args.size() ? QString::fromStdString(error.args[index]) : QStringLiteral("?");
}

// Paths in messages show the file name only: the full path rarely fits a dialog and the user chose the file.
QString fileArgument(const engine::Error &error, std::size_t index)
{
    const QString path = argument(error, index);
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

// The engine names column types by their stable lower-case names ("text", "integer", "real").
QString columnTypeText(const QString &type)
{
    if (type == QLatin1String("text")) {
        return ErrorPresenter::tr("text");
    }
    if (type == QLatin1String("integer")) {
        return ErrorPresenter::tr("whole numbers");
    }
    if (type == QLatin1String("real")) {
        return ErrorPresenter::tr("decimal numbers");
    }
    return type;
}

// A formula's problem key and detail (engine/criteria/CriteriaExpression.h); empty for an unknown key.
QString formulaProblem(const QString &problem, const QString &detail)
{
    if (problem == QLatin1String("empty")) {
        return ErrorPresenter::tr("it is empty");
    }
    if (problem == QLatin1String("unopened_parenthesis")) {
        return ErrorPresenter::tr("this “)” has no “(” before it");
    }
    if (problem == QLatin1String("operator_or_end")) {
        return ErrorPresenter::tr("an operator (+ - * /) or the end of the formula should come here");
    }
    if (problem == QLatin1String("ends_early")) {
        return ErrorPresenter::tr("it ends too early; a number, a column or “(” should follow");
    }
    if (problem == QLatin1String("unclosed_parenthesis")) {
        return ErrorPresenter::tr("the “(” at character %1 is never closed with “)”").arg(detail);
    }
    if (problem == QLatin1String("unclosed_bracket")) {
        return ErrorPresenter::tr("the “[” is never closed with “]”");
    }
    if (problem == QLatin1String("empty_column_name")) {
        return ErrorPresenter::tr("a column name is missing inside “[ ]”");
    }
    if (problem == QLatin1String("unknown_function")) {
        return ErrorPresenter::tr("“%1” is not a function; use log, sqrt or abs").arg(detail);
    }
    if (problem == QLatin1String("bad_number")) {
        return ErrorPresenter::tr("“%1” is not a number").arg(detail);
    }
    if (problem == QLatin1String("unexpected")) {
        return ErrorPresenter::tr("“%1” cannot stand here; a number, a column or “(” was expected")
            .arg(detail);
    }
    return {};
}

// The engine names column roles in English ("customer id", "date", "amount").
QString roleText(const QString &role)
{
    if (role == QLatin1String("customer id")) {
        return ErrorPresenter::tr("customer id column");
    }
    if (role == QLatin1String("date")) {
        return ErrorPresenter::tr("date column");
    }
    if (role == QLatin1String("amount")) {
        return ErrorPresenter::tr("amount column");
    }
    return role;
}

// Line and column numbers are not grouped ("line 1204", not "line 1,204"), as editors show them.
QString number(std::int64_t value)
{
    return QString::number(value);
}

} // namespace

QString ErrorPresenter::place(const engine::Error &error)
{
    if (!error.where) {
        return QString();
    }
    const engine::Location &where = *error.where;
    const QString file = QFileInfo(QString::fromStdString(where.file)).fileName();
    if (file.isEmpty()) {
        if (where.line > 0 && where.column > 0) {
            //: Where an error is, when the file is not known: line number, column number.
            return tr("line %1, column %2").arg(number(where.line), number(where.column));
        }
        return where.line > 0 ? tr("line %1").arg(number(where.line)) : QString();
    }
    if (where.line > 0 && where.column > 0) {
        //: Where an error is: file name, line number, column number.
        return tr("%1, line %2, column %3").arg(file, number(where.line), number(where.column));
    }
    if (where.line > 0) {
        //: Where an error is: file name, line number.
        return tr("%1, line %2").arg(file, number(where.line));
    }
    return file;
}

QString ErrorPresenter::sentence(const engine::Error &error)
{
    const auto a = [&error](std::size_t index) { return argument(error, index); };
    const auto file = [&error](std::size_t index) { return fileArgument(error, index); };
    const std::int64_t line = error.where ? error.where->line : 0;
    const std::int64_t column = error.where ? error.where->column : 0;

    switch (error.code) {
    case engine::ErrorCode::Cancelled:
        return tr("Cancelled. Nothing was changed.");
    case engine::ErrorCode::FileNotFound:
        return tr("The file “%1” does not exist.").arg(file(0));
    case engine::ErrorCode::FileUnreadable:
        return tr("The file “%1” cannot be read: %2.").arg(file(0), a(1));
    case engine::ErrorCode::FileUnwritable:
        return tr("The file “%1” cannot be written: %2.").arg(file(0), a(1));
    case engine::ErrorCode::NotAProject:
        return tr("“%1” is not a Segmenta project file.").arg(file(0));
    case engine::ErrorCode::ProjectFromNewerVersion:
        return tr("“%1” was saved by a newer Segmenta (project format %2; this version reads up to %3). "
                  "Update Segmenta to open it.")
            .arg(file(0), a(1), a(2));
    case engine::ErrorCode::ProjectAlreadyExists:
        return tr("“%1” already exists. Choose another name, or open it instead.").arg(file(0));
    case engine::ErrorCode::StorageFailure:
        return tr("The project file “%1” could not be updated (%2). Nothing was changed; check that there "
                  "is free disk space and that no other program has the file open.")
            .arg(file(0), a(1));
    case engine::ErrorCode::EmptyFile:
        return tr("“%1” is empty: the first row must hold the column names.").arg(file(0));
    case engine::ErrorCode::InvalidEncoding:
        // args[1] names the encoding the file was read as; older errors carry none (UTF-8).
        return tr(
            "Line %1, byte %2 is not valid %3 text. Choose the file's encoding, or save it as UTF-8 (in "
            "Excel: “CSV UTF-8”) and import it again.")
            .arg(number(line), number(column),
                error.args.size() > 1 ? QString::fromStdString(error.args[1]) : QStringLiteral("UTF-8"));
    case engine::ErrorCode::RaggedRow:
        return tr("Line %1 has %2 fields, but the header has %3. Check the delimiter (currently “%4”) and "
                  "the quotes around values that contain it.")
            .arg(number(line), a(1), a(2), a(3));
    case engine::ErrorCode::UnterminatedQuote:
        return tr("The quote opened at line %1, column %2 is never closed.")
            .arg(number(line), number(column));
    case engine::ErrorCode::DuplicateColumnName:
        return tr("The column name “%1” appears twice in the header (field %2). Rename one of them.")
            .arg(a(1), number(column));
    case engine::ErrorCode::EmptyColumnName:
        return tr("Header field %1 has no name. Give every column a name.").arg(number(column));
    case engine::ErrorCode::DuplicateCustomerId:
        return tr("Customer id “%1” in column “%2” appears again at line %3 (first at line %4). Each "
                  "customer must appear only once.")
            .arg(a(1), a(2), number(line), a(3));
    case engine::ErrorCode::MissingCustomerId:
        return tr("Line %1 has no customer id in column “%2”.").arg(number(line), a(1));
    case engine::ErrorCode::ProjectHasCustomers:
        return tr("“%1” already holds %2 customers. Import into a new project (File › New project…); adding "
                  "to existing customers is not supported yet.")
            .arg(file(0), a(1));
    case engine::ErrorCode::UnknownColumn:
        return tr("There is no column named “%1”.").arg(a(0));
    case engine::ErrorCode::NonNumericColumn:
        return tr("Column “%1” holds %2, not numbers. Choose numeric columns to segment on.")
            .arg(a(0), columnTypeText(a(1)));
    case engine::ErrorCode::TooFewCustomers:
        return tr("Only %1 customers have a value in every chosen column; at least %2 are needed.")
            .arg(a(0), a(1));
    case engine::ErrorCode::InvalidParameter:
        if (error.args.size() >= 5 && error.where) {
            const QString problem = formulaProblem(a(3), a(4));
            if (!problem.isEmpty()) {
                return tr("The formula %1 cannot be read at character %2: %3.")
                    .arg(a(1), number(error.where->column), problem);
            }
        }
        return tr("“%1” is %2, but must be %3.").arg(a(0), a(1), a(2));
    case engine::ErrorCode::UnknownSegmentation:
        return tr("There is no segmentation named “%1”.").arg(a(0));
    case engine::ErrorCode::SegmentationExists:
        return tr("A segmentation named “%1” already exists. Choose another name.").arg(a(0));
    case engine::ErrorCode::NoProjectOpen:
        return tr("No project is open. Open or create one first (File menu).");
    case engine::ErrorCode::UnparseableValue: {
        // args[3] names what was expected: "date", "number", "whole number" or "yes/no value (…)".
        const QString expected = a(3);
        QString wanted = tr("number");
        if (expected == QLatin1String("date")) {
            wanted = tr("date");
        } else if (expected == QLatin1String("whole number")) {
            wanted = tr("whole number");
        } else if (expected.startsWith(QLatin1String("yes/no"))) {
            //: What a yes/no column accepts, in "… which is not a %3".
            wanted = tr("yes/no value (yes/no, evet/hayır, true/false, 1/0, e/h)");
        }
        //: %1 column name, %2 the value, %3 what was expected (translated), at a file place shown before.
        return tr("Column “%1” holds “%2”, which is not a %3. Fix the value, or choose to skip such rows or "
                  "to treat the value as missing.")
            .arg(a(1), a(2), wanted);
    }
    case engine::ErrorCode::AmbiguousDateFormat:
        return tr("The dates in column “%1” (such as “%2”) can be read day-first or month-first. Choose the "
                  "date format.")
            .arg(a(1), a(2));
    case engine::ErrorCode::MissingColumnRole:
        return tr("No column of “%1” was recognised as the %2. Choose that column.")
            .arg(file(0), roleText(a(1)));
    case engine::ErrorCode::DuplicateImport:
        return tr("“%1” was already imported on %2 (same content). Nothing was added; import a newer export "
                  "to add its new rows.")
            .arg(file(0), a(2));
    case engine::ErrorCode::NoTransactions:
        return tr("“%1” holds no transactions. Import a transaction log first.").arg(file(0));
    }
    return tr("Something went wrong (%1).").arg(QString::fromLatin1(engine::errorCodeName(error.code)));
}

QString ErrorPresenter::message(const engine::Error &error)
{
    const QString where = place(error);
    if (where.isEmpty()) {
        return sentence(error);
    }
    //: An error message: %1 is the place (file, line, column), %2 what is wrong.
    return tr("%1: %2").arg(where, sentence(error));
}

QString ErrorPresenter::title(const engine::Error &error)
{
    switch (error.code) {
    case engine::ErrorCode::Cancelled:
        return tr("Cancelled");
    case engine::ErrorCode::FileNotFound:
    case engine::ErrorCode::FileUnreadable:
    case engine::ErrorCode::NotAProject:
    case engine::ErrorCode::ProjectFromNewerVersion:
        return tr("Cannot open the file");
    case engine::ErrorCode::FileUnwritable:
    case engine::ErrorCode::ProjectAlreadyExists:
        return tr("Cannot save the file");
    case engine::ErrorCode::StorageFailure:
        return tr("Project not updated");
    case engine::ErrorCode::EmptyFile:
    case engine::ErrorCode::InvalidEncoding:
    case engine::ErrorCode::RaggedRow:
    case engine::ErrorCode::UnterminatedQuote:
    case engine::ErrorCode::DuplicateColumnName:
    case engine::ErrorCode::EmptyColumnName:
    case engine::ErrorCode::DuplicateCustomerId:
    case engine::ErrorCode::MissingCustomerId:
    case engine::ErrorCode::ProjectHasCustomers:
    case engine::ErrorCode::UnparseableValue:
    case engine::ErrorCode::AmbiguousDateFormat:
    case engine::ErrorCode::MissingColumnRole:
    case engine::ErrorCode::DuplicateImport:
        return tr("Import failed");
    case engine::ErrorCode::NoTransactions:
        return tr("No transactions");
    case engine::ErrorCode::UnknownColumn:
    case engine::ErrorCode::NonNumericColumn:
    case engine::ErrorCode::TooFewCustomers:
    case engine::ErrorCode::InvalidParameter:
    case engine::ErrorCode::UnknownSegmentation:
    case engine::ErrorCode::SegmentationExists:
        return tr("Cannot segment");
    case engine::ErrorCode::NoProjectOpen:
        return tr("No project");
    }
    return tr("Error");
}

} // namespace segmenta::ui
