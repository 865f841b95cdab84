#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace omnitill {

// When a promotion is in force, in the store's local time: a range of dates, some weekdays, and a daily
// period ("happy hour"). Every part is optional; an empty window is always open.
//
// Dates are inclusive. The daily period starts at dailyStart and ends just before dailyEnd; a period
// whose end is not after its start runs past midnight (22:00–02:00), and then the weekday and the dates
// are those of the moment itself, not of the evening the period began.
struct PromotionWindow
{
    // Bit (dayOfWeek − 1) for each day on which the promotion runs: Monday is 1, Sunday is 64; 0 is every day.
    static constexpr int everyDay = 0;
    static constexpr int weekdayBit(int dayOfWeek) { return 1 << (dayOfWeek - 1); }

    QDate firstDay; // null: no start
    QDate lastDay;  // null: no end
    int weekdays = everyDay;
    QTime dailyStart; // null (with dailyEnd null): all day
    QTime dailyEnd;

    // Whether the moment, already converted to the store's local time, is inside the window.
    [[nodiscard]] bool contains(const QDateTime &localMoment) const;
    [[nodiscard]] bool isValid() const;
};

} // namespace omnitill
