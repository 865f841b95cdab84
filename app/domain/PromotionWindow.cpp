#include "PromotionWindow.h"

namespace omnitill {

bool PromotionWindow::contains(const QDateTime &localMoment) const
{
    const QDate day = localMoment.date();
    if (firstDay.isValid() && day < firstDay)
        return false;
    if (lastDay.isValid() && day > lastDay)
        return false;
    if (weekdays != everyDay && (weekdays & weekdayBit(day.dayOfWeek())) == 0)
        return false;
    if (dailyStart.isNull() && dailyEnd.isNull())
        return true;
    const QTime time = localMoment.time();
    const QTime start = dailyStart.isNull() ? QTime(0, 0) : dailyStart;
    if (dailyEnd.isNull())
        return time >= start;
    if (start < dailyEnd)
        return time >= start && time < dailyEnd;
    return time >= start || time < dailyEnd; // runs past midnight
}

bool PromotionWindow::isValid() const
{
    if (firstDay.isValid() && lastDay.isValid() && lastDay < firstDay)
        return false;
    return weekdays >= 0 && weekdays < (1 << 7);
}

} // namespace omnitill
