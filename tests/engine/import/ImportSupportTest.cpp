// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/ImportSupport.h"
#include "core/Sha256.h"

#include <gtest/gtest.h>

using namespace segmenta::engine;

TEST(ImportSupport, FamiliesAreSuggestedFromEnglishAndTurkishNames)
{
    EXPECT_EQ(suggestFamily("Age"), CriteriaFamily::Demographic);
    EXPECT_EQ(suggestFamily("Yaş"), CriteriaFamily::Demographic);
    EXPECT_EQ(suggestFamily("Cinsiyet"), CriteriaFamily::Demographic);
    EXPECT_EQ(suggestFamily("Genre"), CriteriaFamily::Demographic); // the Mall file's spelling
    EXPECT_EQ(suggestFamily("Annual Income (k$)"), CriteriaFamily::Demographic);
    EXPECT_EQ(suggestFamily("Şehir"), CriteriaFamily::Demographic);
    EXPECT_EQ(suggestFamily("İl"), CriteriaFamily::Demographic);
    EXPECT_EQ(suggestFamily("Email"), CriteriaFamily::Other); // "il" only as the whole name
    EXPECT_EQ(suggestFamily("Spending Score (1-100)"), CriteriaFamily::Behavioural);
    EXPECT_EQ(suggestFamily("Satış Kanalı"), CriteriaFamily::Behavioural);
    EXPECT_EQ(suggestFamily("Müşteri Memnuniyeti"), CriteriaFamily::Psychographic);
    EXPECT_EQ(suggestFamily("Lifestyle"), CriteriaFamily::Psychographic);
    EXPECT_EQ(suggestFamily("Yıllık Harcama"), CriteriaFamily::Value);
    EXPECT_EQ(suggestFamily("Total Spend"), CriteriaFamily::Value);
    EXPECT_EQ(suggestFamily("Fresh"), CriteriaFamily::Other);
}

// FIPS 180-4 test vectors (checked against Python's hashlib).
TEST(Sha256, KnownDigests)
{
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // Fed in uneven pieces, as a file read in chunks: the same digest as in one piece.
    const std::string million(1000000, 'a');
    Sha256 pieces;
    for (std::size_t at = 0; at < million.size(); at += 777) {
        pieces.update(std::string_view(million).substr(at, 777));
    }
    EXPECT_EQ(pieces.hexDigest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
