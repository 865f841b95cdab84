#include "GivenName.h"

#include <QTest>

using namespace omnitill;

class TestGivenName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givenName_dropsTheFamilyName_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("given");
        QTest::newRow("Korean, three syllables") << QStringLiteral("김민지") << QStringLiteral("민지");
        QTest::newRow("Korean, four syllables") << QStringLiteral("남궁민수") << QStringLiteral("궁민수");
        QTest::newRow("Korean, given name only") << QStringLiteral("민지") << QStringLiteral("민지");
        QTest::newRow("Korean, spaced") << QStringLiteral("김 민지") << QStringLiteral("민지");
        QTest::newRow("Western") << QStringLiteral("Jane  Doe") << QStringLiteral("Jane");
        QTest::newRow("one word") << QStringLiteral("Cher") << QStringLiteral("Cher");
        QTest::newRow("mixed script") << QStringLiteral("김J") << QStringLiteral("김J");
        QTest::newRow("empty") << QString() << QString();
    }
    void givenName_dropsTheFamilyName()
    {
        QFETCH(QString, full);
        QFETCH(QString, given);
        QCOMPARE(givenName(full), given);
    }
};

QTEST_GUILESS_MAIN(TestGivenName)
#include "tst_givenname.moc"
