// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The RFM maps in common use, as data. Each is a partition of the 5 x 5 R x F grid (checked by RfmTest).
#include "segments/Rfm.h"

namespace segmenta::engine {

namespace {

RfmRectangle cells(int recencyLow, int recencyHigh, int frequencyLow, int frequencyHigh)
{
    return RfmRectangle {{recencyLow, recencyHigh}, {frequencyLow, frequencyHigh}, std::nullopt};
}

// The segments both R x F maps share, named as the widely used map names them.
RfmSegmentDefinition champions()
{
    return {"champions", "Champions", "Şampiyonlar", "#1a9850",
        "Bought recently and often: reward them, ask for reviews, offer early access.", {cells(5, 5, 4, 5)}};
}
RfmSegmentDefinition loyal()
{
    return {"loyal_customers", "Loyal Customers", "Sadık Müşteriler", "#66bd63",
        "Buy often and fairly recently: upsell, loyalty programme.", {cells(3, 4, 4, 5)}};
}
RfmSegmentDefinition potentialLoyalist()
{
    return {"potential_loyalist", "Potential Loyalist", "Potansiyel Sadıklar", "#a6d96a",
        "Recent buyers with a few orders: membership, recommendations.", {cells(4, 5, 2, 3)}};
}
RfmSegmentDefinition newCustomers()
{
    return {"new_customers", "New Customers", "Yeni Müşteriler", "#4575b4",
        "Bought once, very recently: onboarding, a reason for a second order.", {cells(5, 5, 1, 1)}};
}
RfmSegmentDefinition promising()
{
    return {"promising", "Promising", "Umut Vaat Edenler", "#74add1",
        "Bought once, recently: build awareness, free trials.", {cells(4, 4, 1, 1)}};
}
RfmSegmentDefinition needAttention()
{
    return {"need_attention", "Need Attention", "İlgi Bekleyenler", "#fee08b",
        "Average recency and frequency: limited-time offers before they slip.", {cells(3, 3, 3, 3)}};
}
RfmSegmentDefinition aboutToSleep()
{
    return {"about_to_sleep", "About To Sleep", "Uykuya Dalmak Üzere", "#fdae61",
        "Below average recency and frequency: reconnect with popular products.", {cells(3, 3, 1, 2)}};
}
RfmSegmentDefinition atRisk()
{
    return {"at_risk", "At Risk", "Risk Altında", "#f46d43",
        "Bought often, but long ago: personal win-back messages.", {cells(1, 2, 3, 4)}};
}
RfmSegmentDefinition cantLose()
{
    return {"cant_lose_them", "Can't Lose Them", "Kaybedilmemesi Gerekenler", "#d73027",
        "Were among the most frequent buyers, but have not come back: win them back first.",
        {cells(1, 2, 5, 5)}};
}
RfmSegmentDefinition hibernating(int recencyLow)
{
    return {"hibernating", "Hibernating", "Kış Uykusunda", "#bababa",
        "Long ago and rarely: offer other products, special discounts.", {cells(recencyLow, 2, 1, 2)}};
}
RfmSegmentDefinition lost()
{
    return {"lost", "Lost", "Kaybedilenler", "#878787",
        "The longest ago and rarely: revive interest with an outreach campaign, or let go.",
        {cells(1, 1, 1, 2)}};
}

std::vector<RfmMapPreset> makePresets()
{
    std::vector<RfmMapPreset> presets;
    presets.push_back({"rf11", "11 segments on R x F (Champions … Lost)",
        "The widely used R x F map (segments as score rectangles: Champions R5 F4-5, Loyal Customers R3-4 "
        "F4-5, "
        "…), with its Hibernating corner (R1-2 F1-2) split into Lost (R1) and Hibernating (R2), so that all "
        "eleven common names appear. Monetary does not enter.",
        {"RFM 11 segments",
            {champions(), loyal(), potentialLoyalist(), newCustomers(), promising(), needAttention(),
                aboutToSleep(), atRisk(), cantLose(), hibernating(2), lost()}}});
    presets.push_back({"rf10", "10 segments on R x F (the classic map, without Lost)",
        "The widely used R x F map as it is usually published: Hibernating covers R1-2 F1-2.",
        {"RFM 10 segments",
            {champions(), loyal(), potentialLoyalist(), newCustomers(), promising(), needAttention(),
                aboutToSleep(), atRisk(), cantLose(), hibernating(1)}}});
    presets.push_back({"simple6", "6 segments on R x F (a simple map for a first look)",
        "Recent customers split by frequency (Champions, Potential Loyalist, New Customers), the middle "
        "recency as Need Attention, and the long-ago customers split into At Risk (frequent) and Lost.",
        {"RFM 6 segments",
            {{"champions", "Champions", "Şampiyonlar", "#1a9850",
                 "Recent and frequent: reward and keep them.", {cells(4, 5, 4, 5)}},
                {"potential_loyalist", "Potential Loyalist", "Potansiyel Sadıklar", "#a6d96a",
                    "Recent, a few orders: make them regulars.", {cells(4, 5, 2, 3)}},
                {"new_customers", "New Customers", "Yeni Müşteriler", "#4575b4",
                    "Recent, one order band: a reason for a second order.", {cells(4, 5, 1, 1)}},
                {"need_attention", "Need Attention", "İlgi Bekleyenler", "#fee08b",
                    "Middle recency, any frequency: remind them before they slip.", {cells(3, 3, 1, 5)}},
                {"at_risk", "At Risk", "Risk Altında", "#f46d43", "Long ago but frequent: win them back.",
                    {cells(1, 2, 3, 5)}},
                {"lost", "Lost", "Kaybedilenler", "#878787", "Long ago and rarely.", {cells(1, 2, 1, 2)}}}}});
    return presets;
}

} // namespace

const std::vector<RfmMapPreset> &rfmPresets()
{
    static const std::vector<RfmMapPreset> presets = makePresets();
    return presets;
}

std::optional<RfmMap> rfmPreset(std::string_view key)
{
    for (const RfmMapPreset &preset : rfmPresets()) {
        if (preset.key == key) {
            return preset.map;
        }
    }
    return std::nullopt;
}

} // namespace segmenta::engine
