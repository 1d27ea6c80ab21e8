// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/Dialect.h"
#include "import/ValueParsing.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;

namespace {

const NumberFormat dotDecimals {'.', ','};
const NumberFormat commaDecimals {',', '.'};

} // namespace

TEST(NumberFormat, CommaDecimalsWithDotOrSpaceGroups)
{
    EXPECT_DOUBLE_EQ(*parseReal("1.234,56", commaDecimals), 1234.56);
    EXPECT_DOUBLE_EQ(*parseReal("1 234,56", commaDecimals), 1234.56);
    EXPECT_DOUBLE_EQ(*parseReal("1\xC2\xA0"
                                "234,56",
                         commaDecimals),
        1234.56); // U+00A0, as Excel writes it
    EXPECT_DOUBLE_EQ(*parseReal("-12.345.678,9", commaDecimals), -12345678.9);
    EXPECT_DOUBLE_EQ(*parseReal("0,5", commaDecimals), 0.5);
    EXPECT_EQ(parseInteger("1.234", commaDecimals), 1234);
    EXPECT_EQ(parseInteger("1.234.567", commaDecimals), 1234567);
    // Grouping is strictly in threes: a loose reading is how "1.5" would silently become 15.
    EXPECT_FALSE(parseReal("1.5", commaDecimals));
    EXPECT_FALSE(parseReal("1.2345", commaDecimals));
    EXPECT_FALSE(parseReal("0.234", commaDecimals));
    EXPECT_FALSE(parseReal("1.234 567", commaDecimals)); // one separator kind per number
    EXPECT_FALSE(parseReal("1,2,3", commaDecimals));
    EXPECT_FALSE(parseInteger("007", commaDecimals)); // still a code
    EXPECT_FALSE(parseInteger("1,5", commaDecimals));
    // Space-grouped whole numbers stay text: "212 555 123" is a phone number, not 212555123.
    EXPECT_FALSE(parseInteger("212 555 123", commaDecimals));
    EXPECT_FALSE(parseReal("1 234", commaDecimals));
    EXPECT_EQ(inferColumnType({"212 555 123", "216 444 000"}, commaDecimals), ColumnType::Text);
}

TEST(NumberFormat, DotDecimalsWithCommaGroups)
{
    EXPECT_DOUBLE_EQ(*parseReal("1,234.56", dotDecimals), 1234.56);
    EXPECT_DOUBLE_EQ(*parseReal("1.234", dotDecimals), 1.234);
    EXPECT_DOUBLE_EQ(*parseReal("1e3", dotDecimals), 1000.0);
    EXPECT_EQ(parseInteger("1,234,567", dotDecimals), 1234567);
    EXPECT_FALSE(parseReal("1,5", dotDecimals));
    EXPECT_FALSE(parseReal("1,234e3", dotDecimals)); // no exponent with grouping
    // The plain functions are unchanged: no grouping at all.
    EXPECT_FALSE(parseReal("1,234.56"));
    EXPECT_FALSE(parseInteger("1 234"));
}

TEST(NumberFormat, ColumnTypeFollowsTheFormat)
{
    EXPECT_EQ(inferColumnType({"1.234", "5"}, commaDecimals), ColumnType::Integer);
    EXPECT_EQ(inferColumnType({"1.234", "5"}, dotDecimals), ColumnType::Real);
    EXPECT_EQ(inferColumnType({"1,5", "2"}, dotDecimals), ColumnType::Text);
    EXPECT_EQ(inferColumnType({"1,5", "2"}, commaDecimals), ColumnType::Real);
}

TEST(Dialect, EncodingNamesAndAliases)
{
    EXPECT_EQ(encodingFromName("UTF-8"), TextEncoding::Utf8);
    EXPECT_EQ(encodingFromName("cp1254"), TextEncoding::Windows1254);
    EXPECT_EQ(encodingFromName("Windows-1254"), TextEncoding::Windows1254);
    EXPECT_EQ(encodingFromName("latin5"), TextEncoding::Iso8859_9);
    EXPECT_EQ(encodingFromName("utf-16"), TextEncoding::Utf16Le);
    EXPECT_EQ(encodingFromName("windows-1252"), TextEncoding::Windows1252);
    EXPECT_FALSE(encodingFromName("klingon"));
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16Le, TextEncoding::Utf16Be,
             TextEncoding::Windows1254, TextEncoding::Iso8859_9, TextEncoding::Windows1252}) {
        EXPECT_EQ(encodingFromName(encodingName(encoding)), encoding) << encodingName(encoding);
    }
}

TEST(Dialect, EncodingFromBomThenUtf8ThenTurkishLetters)
{
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBF"
                             "a,b\n",
                  {})
                  .value,
        TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("\xFF\xFE"
                             "a\0",
                  {})
                  .value,
        TextEncoding::Utf16Le);
    EXPECT_EQ(detectEncoding("\xFE\xFF\0a", {}).value, TextEncoding::Utf16Be);
    const auto utf8 = detectEncoding("şehir,İzmir\n", {});
    EXPECT_EQ(utf8.value, TextEncoding::Utf8);
    EXPECT_EQ(utf8.confidence, DetectionConfidence::Certain);
    // Turkish letters (ş, İ) with a Windows-only byte (€ = 0x80): Windows-1254.
    const auto cp1254 = detectEncoding("\xFE"
                                       "ehir,\xDDzmir,\x80\n",
        {});
    EXPECT_EQ(cp1254.value, TextEncoding::Windows1254);
    EXPECT_EQ(cp1254.confidence, DetectionConfidence::Guessed);
    // The same letters without 0x80–0x9F read the same in ISO-8859-9.
    EXPECT_EQ(detectEncoding("\xFE"
                             "ehir,\xDDzmir\n",
                  {})
                  .value,
        TextEncoding::Iso8859_9);
    // UTF-16 without a BOM: NULs in every other byte.
    EXPECT_EQ(detectEncoding(std::string("i\0d\0,\0x\0\n\0", 10), {}).value, TextEncoding::Utf16Le);
    EXPECT_EQ(detectEncoding(std::string("\0i\0d\0,\0x\0\n", 10), {}).value, TextEncoding::Utf16Be);
    // Western letters only (é, ü): Windows-1252.
    EXPECT_EQ(detectEncoding("caf\xE9,M\xFCller\n", {}).value, TextEncoding::Windows1252);
    // A hint wins, except that the BOM decides UTF-16's byte order.
    const auto given = detectEncoding("caf\xE9\n", TextEncoding::Windows1254);
    EXPECT_EQ(given.value, TextEncoding::Windows1254);
    EXPECT_EQ(given.confidence, DetectionConfidence::Given);
    EXPECT_EQ(detectEncoding("\xFE\xFF\0a", TextEncoding::Utf16Le).value, TextEncoding::Utf16Be);
}

TEST(Dialect, DecodesTurkishCodePagesToUtf8)
{
    const std::string cp1254 = "\xDE"
                               "anl\xFDurfa,\xDDzmir,A\xF0r\xFD,\x80";
    EXPECT_EQ(decodeToUtf8(cp1254, TextEncoding::Windows1254).value(), "Şanlıurfa,İzmir,Ağrı,€");
    EXPECT_EQ(decodeToUtf8("\xC7"
                           "a\xF0r\xFD",
                  TextEncoding::Iso8859_9)
                  .value(),
        "Çağrı");
    EXPECT_EQ(decodeToUtf8("caf\xE9", TextEncoding::Windows1252).value(), "café");
    const std::string utf16 {"\xFF\xFE\x5E\x01"
                             "a\0",
        6}; // BOM, Ş, a
    EXPECT_EQ(decodeToUtf8(utf16, TextEncoding::Utf16Le).value(), "Şa");
    EXPECT_EQ(decodeToUtf8("\xEF\xBB\xBFx", TextEncoding::Utf8).value(), "x");
}

TEST(Dialect, InvalidByteReportsLineAndByteColumn)
{
    // 0x81 is not defined in Windows-1254.
    auto cp1254 = decodeToUtf8("id,name\n1,a\n2,b\x81\n", TextEncoding::Windows1254, "t.csv");
    ASSERT_FALSE(cp1254);
    EXPECT_EQ(cp1254.error().code, ErrorCode::InvalidEncoding);
    EXPECT_EQ(cp1254.error().args.at(1), "windows-1254");
    EXPECT_EQ(cp1254.error().where->line, 3);
    EXPECT_EQ(cp1254.error().where->column, 4);
    // A lone low surrogate on UTF-16 line 2; columns count bytes after the BOM.
    const std::string utf16 {"\xFF\xFE"
                             "a\0\n\0b\0\x00\xDC",
        10};
    auto bad = decodeToUtf8(utf16, TextEncoding::Utf16Le, "u.csv");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().where->line, 2);
    EXPECT_EQ(bad.error().where->column, 3);
    auto utf8 = decodeToUtf8("a\nb\xFE", TextEncoding::Utf8, "v.csv");
    ASSERT_FALSE(utf8);
    EXPECT_EQ(utf8.error().where->line, 2);
    EXPECT_EQ(utf8.error().where->column, 2);
}

TEST(Dialect, DelimiterIsTheOneWithAConsistentFieldCount)
{
    EXPECT_EQ(detectDelimiter("a,b,c\n1,2,3\n").value, ',');
    EXPECT_EQ(detectDelimiter("a;b;c\n1,5;2;3\n4;5,25;6\n").value, ';');
    EXPECT_EQ(detectDelimiter("a\tb\n1\t2\n").value, '\t');
    EXPECT_EQ(detectDelimiter("a|b\n1|2\n").value, '|');
    // Quotes are respected: the commas and the line break inside quotes do not count.
    const auto quoted = detectDelimiter("id;note\n1;\"a, b, c\"\n2;\"x,\ny\"\n");
    EXPECT_EQ(quoted.value, ';');
    EXPECT_EQ(quoted.confidence, DetectionConfidence::Certain);
    // One ragged record still leaves ';' the best reading, so the importer can name it.
    EXPECT_EQ(detectDelimiter("a;b\n1;2\n3;4\n5\n").value, ';');
    // A one-column file stays one column.
    const auto single = detectDelimiter("name\nAnkara\n");
    EXPECT_EQ(single.value, ',');
    EXPECT_EQ(single.confidence, DetectionConfidence::Guessed);
}

TEST(Dialect, DecimalMarkFromWholeColumns)
{
    using Columns = std::vector<std::vector<std::string_view>>;
    // Any "1.234,5" decides the column, and "1.234" in it is then a thousand.
    auto mark = detectDecimalMark(Columns {{"1.234", "1.234,5"}}, ',');
    EXPECT_EQ(mark.value, DecimalMark::Comma);
    EXPECT_EQ(mark.confidence, DetectionConfidence::Certain);
    EXPECT_EQ(detectDecimalMark(Columns {{"1.234", "12.5"}}, ';').value, DecimalMark::Dot);
    EXPECT_EQ(detectDecimalMark(Columns {{"1,5", "2"}, {"x", "y"}}, ';').value, DecimalMark::Comma);
    // Only ambiguous values: the delimiter decides (semicolon files come from comma-decimal locales).
    mark = detectDecimalMark(Columns {{"1.234", "5.678"}}, ';');
    EXPECT_EQ(mark.value, DecimalMark::Comma);
    EXPECT_EQ(mark.confidence, DetectionConfidence::Guessed);
    EXPECT_EQ(detectDecimalMark(Columns {{"1.234", "5.678"}}, ',').value, DecimalMark::Dot);
    EXPECT_EQ(detectDecimalMark(Columns {{"1", "2"}}, '\t').value, DecimalMark::Dot);
    // Columns disagreeing: the majority wins, and it is only a guess.
    mark = detectDecimalMark(Columns {{"1,5"}, {"2,5"}, {"3.5"}}, '\t');
    EXPECT_EQ(mark.value, DecimalMark::Comma);
    EXPECT_EQ(mark.confidence, DetectionConfidence::Guessed);
}

TEST(Dialect, DetectDialectOnRawBytes)
{
    const std::string bytes = "M\xFC\xFEteri No;Gelir\r\n1;1.234,56\r\n2;\x80 7\r\n";
    auto detection = detectDialect(bytes, {});
    ASSERT_TRUE(detection) << describe(detection.error());
    EXPECT_EQ(detection.value().dialect.encoding, TextEncoding::Windows1254);
    EXPECT_EQ(detection.value().dialect.delimiter, ';');
    EXPECT_EQ(detection.value().delimiter, DetectionConfidence::Certain);
    EXPECT_EQ(detection.value().dialect.decimalMark, DecimalMark::Comma);
    EXPECT_EQ(detection.value().dialect.thousandsSeparator, '.');

    DialectHints hints;
    hints.delimiter = ',';
    hints.decimalMark = DecimalMark::Dot;
    hints.encoding = TextEncoding::Windows1252;
    auto given = detectDialect(bytes, hints);
    ASSERT_TRUE(given);
    EXPECT_EQ(given.value().dialect.delimiter, ',');
    EXPECT_EQ(given.value().dialect.decimalMark, DecimalMark::Dot);
    EXPECT_EQ(given.value().dialect.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(given.value().delimiter, DetectionConfidence::Given);
}
