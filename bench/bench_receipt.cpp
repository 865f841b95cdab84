// Time to lay out and encode a 40-line Korean receipt, and the bytes sent, in text mode (the printer's
// Korean font; lines it cannot print as images) and in full raster (the whole receipt as GS v 0), plus
// the image the screen shows (ESC/POS through the virtual printer). Run with QT_QPA_PLATFORM=offscreen.
//   bench_receipt [ITERATIONS]   (default 30)

#include "ReceiptPrinter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>

using namespace omnitill;

namespace {
Receipt fortyLineReceipt()
{
    Receipt receipt(Currency::fromCode(QStringLiteral("KRW")).value());
    receipt.storeName = QStringLiteral("옴니틸 성수점");
    receipt.addressLines = {QStringLiteral("서울특별시 성동구 성수이로 77"), QStringLiteral("사업자번호 123-45-67890")};
    receipt.saleId = QUuid(QStringLiteral("{5b1c0c3e-8f9a-4c57-9d8e-0f6f9a1b2c3d}"));
    receipt.sequence = 1234;
    receipt.terminalId = QStringLiteral("KR01-T1");
    receipt.time = QDateTime(QDate(2026, 11, 25), QTime(14, 30));
    const QStringList names = {QStringLiteral("오버핏 코튼 티셔츠 화이트 M"), QStringLiteral("바나나"),
                               QStringLiteral("오늘의 즉석 도시락"), QStringLiteral("제주 삼다수 2L"),
                               QStringLiteral("신라면 멀티팩 5입")};
    qint64 total = 0;
    for (int i = 0; i < 40; ++i) {
        Receipt::Line line;
        line.name = names.at(i % names.size());
        line.quantity = Quantity::pieces(1 + i % 3);
        line.unitPriceMinor = 1000 + 100 * i;
        line.grossMinor = line.unitPriceMinor * (1 + i % 3);
        total += line.grossMinor;
        receipt.lines.append(line);
    }
    receipt.subtotalMinor = receipt.totalMinor = total;
    receipt.payments = {{TenderMethod::Card, total, {}, {}}};
    receipt.taxRates = {
        {{QStringLiteral("VAT10"), QStringLiteral("부가세 10%"), 100'000}, total * 10 / 11, total / 11, total}};
    receipt.footer = QStringLiteral("교환·환불은 영수증 지참 30일 이내 / 온라인 주문도 매장 반품 가능");
    receipt.localeName = QStringLiteral("ko_KR");
    receipt.language = QStringLiteral("ko");
    return receipt;
}

template <typename F>
double medianMs(int iterations, F &&work)
{
    QList<double> times;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int iterations = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 30;
    const Receipt receipt = fortyLineReceipt();
    std::printf("## bench_receipt %d\n", iterations);
    for (const QString &model : {QStringLiteral("epson-tm-t88"), QStringLiteral("generic-58mm")}) {
        const PrinterProfile profile = PrinterProfile::named(model).value();
        qsizetype textBytes = 0, rasterBytes = 0;
        const double text = medianMs(iterations, [&] {
            textBytes = ReceiptPrinter::escPos(receipt, profile, ReceiptPrinter::Mode::Text).value().size();
        });
        const double raster = medianMs(iterations, [&] {
            rasterBytes = ReceiptPrinter::escPos(receipt, profile, ReceiptPrinter::Mode::Raster).value().size();
        });
        QSize size;
        const double image =
            medianMs(iterations, [&] { size = ReceiptPrinter::image(receipt, profile).value().size(); });
        std::printf("%s text mode:   %7.2f ms median, %7lld bytes\n", qPrintable(model), text, qlonglong(textBytes));
        std::printf("%s full raster: %7.2f ms median, %7lld bytes\n", qPrintable(model), raster,
                    qlonglong(rasterBytes));
        std::printf("%s image (virtual printer): %7.2f ms median, %dx%d dots\n", qPrintable(model), image, size.width(),
                    size.height());
    }
    return 0;
}
