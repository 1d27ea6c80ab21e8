// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
// What a customer-table import stores for dates, datetimes, yes/no and category columns (issue 3, type
// inference): ISO dates read in the file's decided format, booleans as 1/0, categories as text, each column
// tagged with its kind; and how the criteria, rules and profiles read such columns. Generated files with
// known values at known lines.
#include "Session.h"
#include "criteria/CriteriaMatrix.h"
#include "support/TempDir.h"

#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

using namespace segmenta::engine;
using segmenta::test::TempDir;

namespace {

constexpr int rowCount = 40;

/// UTF-8 text in Windows-1254, for the Turkish letters the fixtures use (everything else is ASCII).
std::string toWindows1254(const std::string &utf8)
{
    static const std::vector<std::pair<std::string, char>> letters {{"ü", '\xFC'}, {"Ü", '\xDC'},
        {"ş", '\xFE'}, {"Ş", '\xDE'}, {"ğ", '\xF0'}, {"Ğ", '\xD0'}, {"ı", '\xFD'}, {"İ", '\xDD'},
        {"ç", '\xE7'}, {"Ç", '\xC7'}, {"ö", '\xF6'}, {"Ö", '\xD6'}};
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        if (static_cast<unsigned char>(utf8[i]) < 0x80) {
            out.push_back(utf8[i++]);
            continue;
        }
        bool found = false;
        for (const auto &[letter, byte] : letters) {
            if (utf8.compare(i, letter.size(), letter) == 0) {
                out.push_back(byte);
                i += letter.size();
                found = true;
                break;
            }
        }
        if (!found) {
            throw std::runtime_error("no Windows-1254 byte for the text at " + std::to_string(i));
        }
    }
    return out;
}

std::string twoDigits(int value)
{
    return (value < 10 ? "0" : "") + std::to_string(value);
}

/// Customer i (1-based) was born on day 1 + (7i mod 28) of month 1 + (i mod 12) of 1960 + i: days above
/// 12 occur, so the column is day-first only.
int birthDay(int i)
{
    return 1 + (7 * i) % 28;
}
int birthMonth(int i)
{
    return 1 + i % 12;
}
int birthYear(int i)
{
    return 1960 + i;
}
std::string isoBirth(int i)
{
    return std::to_string(birthYear(i)) + "-" + twoDigits(birthMonth(i)) + "-" + twoDigits(birthDay(i));
}

/// A Turkish export: "Müşteri No;Doğum Tarihi;Üye;Şehir;Gelir" with DD.MM.YYYY birth dates, evet/hayır
/// (odd customers are members), three cities in turn and decimal-comma incomes ("1.234,50").
std::string turkishCustomers()
{
    static const char *cities[] = {"İstanbul", "Ankara", "İzmir"};
    std::string text = "Müşteri No;Doğum Tarihi;Üye;Şehir;Gelir\r\n";
    for (int i = 1; i <= rowCount; ++i) {
        text += "M" + std::to_string(1000 + i) + ";" + twoDigits(birthDay(i)) + "." + twoDigits(birthMonth(i))
            + "." + std::to_string(birthYear(i)) + ";" + (i % 2 == 1 ? "evet" : "hayır") + ";" + cities[i % 3]
            + ";" + std::to_string(1 + i) + "." + std::to_string(100 + i) + ",50\r\n";
    }
    return toWindows1254(text);
}

struct Fixture
{
    TempDir dir;
    Session session;
    Fixture()
        : session(Session::createProject(dir.file("p.segmenta")).value())
    { }
    Result<ImportReport> run(const std::string &name, const std::string &content,
        std::vector<ColumnOverride> columns = {}, RowErrorPolicy policy = RowErrorPolicy::Stop,
        std::optional<DateFormat> dateFormat = std::nullopt)
    {
        NullProgress progress;
        CsvImportParams params;
        params.filePath = dir.write(name, content);
        params.columns = std::move(columns);
        params.onError = policy;
        params.dateFormat = dateFormat;
        return session.importCustomersCsv(params, progress);
    }
    /// Column `c` of every customer, in table order.
    std::vector<CellValue> column(std::size_t c)
    {
        const auto page = session.customers(0, 100000);
        EXPECT_TRUE(page) << describe(page.error());
        std::vector<CellValue> values;
        for (const auto &row : page.value().values) {
            values.push_back(row[c]);
        }
        return values;
    }
};

ColumnOverride kindOf(const std::string &name, ValueKind kind)
{
    ColumnOverride choice;
    choice.name = name;
    choice.type = kind;
    return choice;
}

const ColumnInfo &named(const std::vector<ColumnInfo> &columns, const std::string &name)
{
    for (const ColumnInfo &c : columns) {
        if (c.name == name) {
            return c;
        }
    }
    throw std::runtime_error("no column " + name);
}

std::string text(const CellValue &cell)
{
    const auto *value = std::get_if<std::string>(&cell);
    return value ? *value : std::string("(not text)");
}

/// "id,Joined,Plan" with 12 customers: Joined as written by `date(i)`, Plan Basic/Plus/Pro in turn.
std::string joinedFile(const std::function<std::string(int)> &date)
{
    static const char *plans[] = {"Basic", "Plus", "Pro"};
    std::string out = "id,Joined,Plan\n";
    for (int i = 1; i <= 12; ++i) {
        out += std::to_string(i) + "," + date(i) + "," + plans[i % 3] + "\n";
    }
    return out;
}

} // namespace

TEST(CustomerImportKinds, TurkishWindows1254FileKeepsDatesYesNoAndCategoriesAsTheirKinds)
{
    Fixture f;
    auto report = f.run("musteriler.csv", turkishCustomers());
    ASSERT_TRUE(report) << describe(report.error());
    const ImportReport &r = report.value();
    EXPECT_EQ(r.customerCount, rowCount);
    EXPECT_EQ(r.idColumn, "Müşteri No");
    // The two Turkish code pages write these letters with the same bytes: either reading is right.
    EXPECT_TRUE(
        r.dialect.encoding == TextEncoding::Windows1254 || r.dialect.encoding == TextEncoding::Iso8859_9)
        << encodingName(r.dialect.encoding);
    ASSERT_EQ(r.columns.size(), 4u);
    EXPECT_EQ(named(r.columns, "Doğum Tarihi").valueKind(), ValueKind::Date);
    EXPECT_EQ(named(r.columns, "Doğum Tarihi").type, ColumnType::Text);
    EXPECT_EQ(named(r.columns, "Üye").valueKind(), ValueKind::Boolean);
    EXPECT_EQ(named(r.columns, "Üye").type, ColumnType::Integer);
    EXPECT_EQ(named(r.columns, "Şehir").valueKind(), ValueKind::Categorical);
    EXPECT_EQ(named(r.columns, "Şehir").type, ColumnType::Text);
    EXPECT_EQ(named(r.columns, "Gelir").valueKind(), ValueKind::Decimal);

    const auto births = f.column(0);
    const auto members = f.column(1);
    const auto cities = f.column(2);
    const auto incomes = f.column(3);
    for (int i = 1; i <= rowCount; ++i) {
        const auto r0 = static_cast<std::size_t>(i - 1);
        EXPECT_EQ(text(births[r0]), isoBirth(i)) << "customer " << i;
        EXPECT_EQ(std::get<std::int64_t>(members[r0]), i % 2 == 1 ? 1 : 0) << "customer " << i;
        EXPECT_DOUBLE_EQ(std::get<double>(incomes[r0]), (1 + i) * 1000.0 + 100 + i + 0.5);
    }
    EXPECT_EQ(text(births[0]), "1961-02-08"); // 08.02.1961: day first
    EXPECT_EQ(text(cities[0]), "Ankara");
    EXPECT_EQ(text(cities[1]), "İzmir");

    // The kinds are stored: a reopened project reports them.
    const auto summary = Session::openProject(f.dir.file("p.segmenta")).value().summary().value();
    ASSERT_EQ(summary.columns.size(), 4u);
    EXPECT_EQ(summary.columns[0].valueKind(), ValueKind::Date);
    EXPECT_EQ(summary.columns[1].valueKind(), ValueKind::Boolean);
    EXPECT_EQ(summary.columns[2].valueKind(), ValueKind::Categorical);
    EXPECT_EQ(summary.columns[3].valueKind(), ValueKind::Decimal);
}

TEST(CustomerImportKinds, MonthFirstDatesAreReadMonthFirstAndDatetimesKeepTheirTime)
{
    Fixture f;
    std::string csv = "id,Birthday,Last visit,Newsletter\n";
    for (int i = 1; i <= 12; ++i) {
        csv += std::to_string(i) + "," + twoDigits(i) + "/" + twoDigits(12 + i) + "/1990,2024-03-"
            + twoDigits(i) + " 14:3" + std::to_string(i % 10) + "," + (i % 3 == 0 ? "No" : "Yes") + "\n";
    }
    auto report = f.run("us.csv", csv);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(named(report.value().columns, "Birthday").valueKind(), ValueKind::Date);
    EXPECT_EQ(named(report.value().columns, "Last visit").valueKind(), ValueKind::DateTime);
    EXPECT_EQ(named(report.value().columns, "Newsletter").valueKind(), ValueKind::Boolean);
    const auto birthdays = f.column(0);
    const auto visits = f.column(1);
    const auto newsletter = f.column(2);
    EXPECT_EQ(text(birthdays[0]), "1990-01-13"); // 01/13/1990
    EXPECT_EQ(text(birthdays[11]), "1990-12-24");
    EXPECT_EQ(text(visits[0]), "2024-03-01T14:31:00");
    EXPECT_EQ(text(visits[9]), "2024-03-10T14:30:00");
    EXPECT_EQ(std::get<std::int64_t>(newsletter[0]), 1);
    EXPECT_EQ(std::get<std::int64_t>(newsletter[2]), 0);
}

TEST(CustomerImportKinds, AmbiguousDatesStopTheImportNamingTheColumnUntilADateFormatIsGiven)
{
    // Every day is 12 or less: 03.04.2020 is 3 April or 4 March.
    const std::string csv
        = joinedFile([](int i) { return twoDigits(i) + "." + twoDigits(13 - i) + ".2020"; });
    {
        Fixture f;
        auto report = f.run("ambiguous.csv", csv);
        ASSERT_FALSE(report);
        EXPECT_EQ(report.error().code, ErrorCode::AmbiguousDateFormat);
        ASSERT_GE(report.error().args.size(), 3u);
        EXPECT_EQ(report.error().args[1], "Joined");
        EXPECT_NE(describe(report.error()).find("--date-format"), std::string::npos)
            << describe(report.error());
        EXPECT_EQ(f.session.summary().value().customerCount, 0); // nothing written
    }
    {
        Fixture f;
        auto report = f.run("ambiguous.csv", csv, {}, RowErrorPolicy::Stop, DateFormat::DayMonthYear);
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_EQ(named(report.value().columns, "Joined").valueKind(), ValueKind::Date);
        EXPECT_EQ(text(f.column(0)[2]), "2020-10-03"); // 03.10.2020, day first
    }
    {
        Fixture f;
        auto report = f.run("ambiguous.csv", csv, {}, RowErrorPolicy::Stop, DateFormat::MonthDayYear);
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_EQ(text(f.column(0)[2]), "2020-03-10");
    }
}

TEST(CustomerImportKinds, AnAmbiguousColumnFollowsTheFilesOtherDateColumn)
{
    Fixture f;
    std::string csv = "id,Born,Joined\n";
    for (int i = 1; i <= 12; ++i) {
        csv += std::to_string(i) + "," + twoDigits(13 + i) + "/" + twoDigits(i) + "/1980," + twoDigits(i)
            + "/" + twoDigits(13 - i) + "/2020\n";
    }
    auto report = f.run("mixed.csv", csv);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(text(f.column(0)[0]), "1980-01-14"); // 14/01/1980: day first decides the file
    EXPECT_EQ(text(f.column(1)[2]), "2020-10-03"); // 03/10/2020 then reads day first too
}

TEST(CustomerImportKinds, ABadDateStopsSkipsOrBecomesMissingWithItsLineAndColumn)
{
    // Line 5 (customer 4) holds a 31st of February.
    const std::string csv = joinedFile([](int i) {
        return i == 4 ? std::string("31.02.2020") : twoDigits(12 + i) + "." + twoDigits(i) + ".2020";
    });
    {
        Fixture f;
        auto report = f.run("bad.csv", csv);
        ASSERT_TRUE(report) << describe(report.error()); // without a choice the column stays text
        EXPECT_EQ(named(report.value().columns, "Joined").type, ColumnType::Text);
        EXPECT_FALSE(named(report.value().columns, "Joined").isDate());
        EXPECT_EQ(text(f.column(0)[3]), "31.02.2020");
    }
    const std::vector<ColumnOverride> asDate {kindOf("Joined", ValueKind::Date)};
    {
        Fixture f;
        auto report = f.run("bad.csv", csv, asDate, RowErrorPolicy::Stop);
        ASSERT_FALSE(report);
        EXPECT_EQ(report.error().code, ErrorCode::UnparseableValue);
        ASSERT_TRUE(report.error().where);
        EXPECT_EQ(report.error().where->line, 5);
        EXPECT_EQ(report.error().where->column, 2);
        EXPECT_EQ(report.error().args[1], "Joined");
        EXPECT_EQ(report.error().args[3], "date");
        EXPECT_EQ(f.session.summary().value().customerCount, 0);
    }
    {
        Fixture f;
        auto report = f.run("bad.csv", csv, asDate, RowErrorPolicy::Skip);
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_EQ(report.value().customerCount, 11);
        ASSERT_EQ(report.value().skipped.size(), 1u);
        EXPECT_EQ(report.value().skipped[0].line, 5);
        EXPECT_EQ(report.value().skipped[0].column, 2);
        EXPECT_EQ(text(f.column(0)[3]), "2020-05-17"); // customer 5 follows customer 3
    }
    {
        Fixture f;
        auto report = f.run("bad.csv", csv, asDate, RowErrorPolicy::Missing);
        ASSERT_TRUE(report) << describe(report.error());
        EXPECT_EQ(report.value().customerCount, 12);
        EXPECT_EQ(named(report.value().columns, "Joined").missingCount, 1);
        EXPECT_EQ(named(report.value().columns, "Joined").valueKind(), ValueKind::Date);
        const auto joined = f.column(0);
        EXPECT_TRUE(std::holds_alternative<std::monostate>(joined[3]));
        EXPECT_EQ(text(joined[0]), "2020-01-13");
    }
}

TEST(CustomerImportKinds, ChoicesSetAnyKindAndUnreadableYesNoFollowsOnError)
{
    Fixture f;
    std::string csv = "id,Code,Active,Score\n";
    for (int i = 1; i <= 10; ++i) {
        csv += std::to_string(i) + ",00" + std::to_string(i) + "," + (i == 6 ? "belki" : (i % 2 ? "E" : "H"))
            + "," + std::to_string(i % 2) + "\n";
    }
    auto report = f.run("choices.csv", csv,
        {kindOf("Code", ValueKind::Categorical), kindOf("Active", ValueKind::Boolean),
            kindOf("Score", ValueKind::Integer)},
        RowErrorPolicy::Missing);
    ASSERT_TRUE(report) << describe(report.error());
    EXPECT_EQ(named(report.value().columns, "Code").valueKind(), ValueKind::Categorical);
    EXPECT_EQ(named(report.value().columns, "Active").valueKind(), ValueKind::Boolean);
    EXPECT_EQ(named(report.value().columns, "Active").missingCount, 1);
    EXPECT_EQ(named(report.value().columns, "Score").valueKind(), ValueKind::Integer); // 0/1, but as chosen
    const auto codes = f.column(0);
    const auto active = f.column(1);
    EXPECT_EQ(text(codes[0]), "001");
    EXPECT_EQ(std::get<std::int64_t>(active[0]), 1);
    EXPECT_EQ(std::get<std::int64_t>(active[1]), 0);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(active[5]));
}

TEST(CustomerImportKinds, DateColumnsAreDatesForCriteriaAndRulesAndAreNotAveragedInProfiles)
{
    Fixture f;
    const std::string csv = joinedFile([](int i) { return "2024-01-" + twoDigits(10 + i); });
    ASSERT_TRUE(f.run("joined.csv", csv));

    // A criteria variable on the column, without a kind: days before the analysis date.
    CriteriaSet set;
    set.name = "Joined";
    set.analysisDay = *daysFromCivil(2024, 2, 1);
    CriteriaVariable joined;
    joined.name = "Joined";
    joined.column = "Joined";
    joined.transform = CriteriaTransform::None;
    set.variables.push_back(joined);
    EXPECT_TRUE(f.session.validate(set).empty());
    NullProgress progress;
    auto preview = f.session.previewCriteria(set, {}, progress);
    ASSERT_TRUE(preview) << describe(preview.error());
    ASSERT_TRUE(f.session.saveCriteriaSet(set)) << "saving the set";
    SegmentationParams params;
    params.criteria = set.name;
    params.segmentCount = 2;
    params.name = "By join date";
    auto segmented = f.session.runSegmentation(params, progress);
    ASSERT_TRUE(segmented) << describe(segmented.error());

    // Rules' date operators on the column.
    auto before = parseRuleNode(R"j({"column": "Joined", "op": "before", "value": "2024-01-15"})j", "match");
    ASSERT_TRUE(before) << describe(before.error());
    EXPECT_EQ(f.session.countRuleMatches(before.value(), std::nullopt).value(), 4); // 11th to 14th
    auto recent = parseRuleNode(R"j({"column": "Joined", "op": "within_last_days", "value": 5})j", "match");
    ASSERT_TRUE(recent) << describe(recent.error());
    EXPECT_EQ(f.session.countRuleMatches(recent.value(), *daysFromCivil(2024, 1, 23)).value(), 5);

    // Profiles: a date has no mean.
    auto profile = f.session.profileSegments("By join date", {}, progress);
    ASSERT_TRUE(profile) << describe(profile.error());
    EXPECT_TRUE(std::isnan(profile.value().overall[0].mean));
}

TEST(CriteriaKinds, ANumericVariableOnADateColumnCountsDaysAndBooleansAreZeroOrOne)
{
    CriteriaTable table;
    table.columns.push_back({"Joined", ColumnType::Text, CriteriaFamily::Other, ValueKind::Date});
    table.columns.push_back({"Member", ColumnType::Integer, CriteriaFamily::Other, ValueKind::Boolean});
    table.values.push_back({std::string("2024-01-31"), std::string("2024-01-21T10:00:00")});
    table.values.push_back({std::int64_t {1}, std::int64_t {0}});
    CriteriaSet set;
    set.name = "s";
    set.analysisDay = *daysFromCivil(2024, 2, 1);
    for (const char *name : {"Joined", "Member"}) {
        CriteriaVariable variable;
        variable.name = name;
        variable.column = name;
        variable.transform = CriteriaTransform::None;
        set.variables.push_back(variable);
    }
    EXPECT_EQ(effectiveKind(set.variables[0], table.columns), VariableKind::Date);
    EXPECT_EQ(effectiveKind(set.variables[1], table.columns), VariableKind::Numeric);
    EXPECT_TRUE(validate(set, table.columns).empty());
    NullProgress progress;
    auto matrix = buildCriteriaMatrix(set, table, progress);
    ASSERT_TRUE(matrix) << describe(matrix.error());
    EXPECT_DOUBLE_EQ(matrix.value().originalValues(0, 0), 1.0);
    EXPECT_DOUBLE_EQ(matrix.value().originalValues(1, 0), 11.0);
    EXPECT_DOUBLE_EQ(matrix.value().originalValues(0, 1), 1.0);
    EXPECT_DOUBLE_EQ(matrix.value().originalValues(1, 1), 0.0);

    // The same column without a kind (a project from before kinds) is text: numeric is refused as before.
    table.columns[0].kind.reset();
    EXPECT_FALSE(validate(set, table.columns).empty());
}
