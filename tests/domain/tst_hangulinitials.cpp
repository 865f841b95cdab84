#include "HangulInitials.h"

#include <QTest>

using namespace omnitill;

class TestHangulInitials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialsKey_takesTheFirstConsonantOfEachSyllable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("milk") << QStringLiteral("새로운 우유") << QStringLiteral("ㅅㄹㅇㅇㅇ");
        QTest::newRow("tense consonants") << QStringLiteral("까르보 떡볶이") << QStringLiteral("ㄲㄹㅂㄸㅂㅇ");
        QTest::newRow("mixed with Latin")
            << QStringLiteral("오버핏 코튼 티셔츠 M") << QStringLiteral("ㅇㅂㅍㅋㅌㅌㅅㅊm");
        QTest::newRow("first and last syllables") << QStringLiteral("가힣") << QStringLiteral("ㄱㅎ");
        QTest::newRow("digits kept") << QStringLiteral("생수 500ml") << QStringLiteral("ㅅㅅ500ml");
        QTest::newRow("no Hangul") << QStringLiteral("Still Water") << QStringLiteral("stillwater");
    }
    void initialsKey_takesTheFirstConsonantOfEachSyllable()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(hangul::initialsKey(name), key);
    }

    void isInitialsQuery_acceptsOnlyConsonants()
    {
        QVERIFY(hangul::isInitialsQuery(QStringLiteral("ㅅㄹㅇ")));
        QVERIFY(hangul::isInitialsQuery(QStringLiteral("ㅇㅂㅍ ㅋㅌ")));
        QVERIFY(!hangul::isInitialsQuery(QStringLiteral("새로")));
        QVERIFY(!hangul::isInitialsQuery(QStringLiteral("ㅅa")));
        QVERIFY(!hangul::isInitialsQuery(QStringLiteral("ㅏ"))); // a vowel is not an initial
        QVERIFY(!hangul::isInitialsQuery(QStringLiteral("  ")));
    }
};

QTEST_GUILESS_MAIN(TestHangulInitials)
#include "tst_hangulinitials.moc"
