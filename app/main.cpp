// The composition root of the till: opens the store, builds the services and view models, publishes
// them to QML and runs the cashier screen. Everything long-lived is made here and nowhere else.

#include "CashierViewModel.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "DemoStores.h"
#include "LanguageController.h"
#include "QmlSingletons.h"
#include "SchemaManager.h"
#include "ScreenProbe.h"
#include "StoreSettings.h"
#include "TillAssembly.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QScreen>
#include <QStandardPaths>
#include <QUrl>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CustomerDisplayPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_KioskPlugin)

using namespace omnitill;

namespace {
// Where qt_add_qml_module puts the modules in the resources; Qt 6.4 does not search there by itself.
const auto qmlModules = QStringLiteral("qrc:/qt/qml");

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int fail(const QString &what)
{
    std::fprintf(stderr, "omnitill: %s\n", qPrintable(what));
    return 1;
}

// The cashier sees why the till did not start, in the machine's language, not only a log line.
int failOnScreen(const QString &what)
{
    std::fprintf(stderr, "omnitill: %s\n", qPrintable(what));
    LanguageController language;
    if (!language.setLanguage(QLocale::system().name().left(2)))
        language.setLanguage(QStringLiteral("en"));
    QQmlApplicationEngine engine;
    engine.addImportPath(qmlModules);
    engine.setInitialProperties({{QStringLiteral("message"), what}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Omnitill/Cashier/StartupError.qml")));
    if (!engine.rootObjects().isEmpty())
        QGuiApplication::exec();
    return 1;
}

// The customer's window goes full screen on the last screen when the till has a second one.
void showCustomerDisplay(QQmlApplicationEngine &engine)
{
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Omnitill/CustomerDisplay/CustomerDisplay.qml")));
    auto *window = qobject_cast<QWindow *>(engine.rootObjects().constLast());
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (window && screens.size() > 1) {
        window->setScreen(screens.constLast());
        window->setGeometry(screens.constLast()->geometry());
        window->showFullScreen();
    }
}

struct Options
{
    QString store = QStringLiteral("seoul");
    QString databasePath;
    QString language;
    bool customerDisplay = false;
    bool fullScreen = false;
    bool kiosk = false;
    std::optional<ScreenProbe::Mode> probe;
    QString screenshotPath;
    QUrl centralUrl;
    QString enrollmentCode;
    QList<std::pair<QString, QString>> settings; // --setting key=value, saved before the till starts
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Omnitill point of sale"));
    parser.addHelpOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Demo store for a new database: seoul or us."),
                                   QStringLiteral("name"), QStringLiteral("seoul"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The store's SQLite file."),
                                      QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Screen language: ko or en."),
                                      QStringLiteral("code"));
    const QCommandLineOption customerDisplay(
        QStringLiteral("customer-display"),
        QStringLiteral("Show the customer display in a window (it opens by itself on a second screen)."));
    const QCommandLineOption fullScreen(QStringLiteral("fullscreen"),
                                        QStringLiteral("Fill the screen, as on a till's touchscreen."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral(
            "Run as a self-service kiosk: full screen, for shoppers; staff open and close it with their PIN."));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every screen and quit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the first frame and quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption startupReport(QStringLiteral("startup-report"),
                                           QStringLiteral("Print time to ready-to-scan and memory, and quit."));
    const QCommandLineOption central(QStringLiteral("central"),
                                     QStringLiteral("The central store to enroll at, e.g. http://127.0.0.1:8470."),
                                     QStringLiteral("url"));
    const QCommandLineOption enroll(QStringLiteral("enroll"),
                                    QStringLiteral("Enroll this till with the central store's one-time code."),
                                    QStringLiteral("code"));
    const QCommandLineOption setting(
        QStringLiteral("setting"),
        QStringLiteral("Save a store setting first (repeatable), e.g. payment.terminal=nexo+https://10.0.0.20:8443."),
        QStringLiteral("key=value"));
    parser.addOptions({store, database, language, customerDisplay, fullScreen, kiosk, selfTest, screenshot,
                       startupReport, central, enroll, setting});
    parser.process(app);

    Options options;
    options.store = parser.value(store);
    if (!DemoStores::fromName(options.store))
        return std::nullopt;
    options.databasePath = parser.isSet(database) ? parser.value(database)
                                                  : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                                        QStringLiteral("/%1.sqlite").arg(options.store);
    options.language = parser.value(language);
    options.customerDisplay = parser.isSet(customerDisplay);
    options.kiosk = parser.isSet(kiosk);
    options.fullScreen = parser.isSet(fullScreen) || options.kiosk;
    if (parser.isSet(selfTest))
        options.probe = ScreenProbe::Mode::SelfTest;
    if (parser.isSet(screenshot)) {
        options.probe = ScreenProbe::Mode::Screenshot;
        options.screenshotPath = parser.value(screenshot);
    }
    if (parser.isSet(startupReport))
        options.probe = ScreenProbe::Mode::StartupReport;
    options.centralUrl = QUrl(parser.value(central));
    options.enrollmentCode = parser.value(enroll);
    for (const QString &pair : parser.values(setting)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        options.settings.append({pair.left(equals), pair.mid(equals + 1)});
    }
    return options;
}
} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fprintf(stderr, "omnitill: no display found. Start it from a desktop session, or without a screen "
                             "as: xvfb-run -a omnitill (or QT_QPA_PLATFORM=offscreen omnitill)\n");
        return 2;
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("omnitill"));
    QGuiApplication::setOrganizationName(QStringLiteral("Omnitill"));
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK KR")));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    const auto options = parseOptions(app);
    if (!options)
        return fail(QStringLiteral("unknown store (use --store seoul or --store us) or a --setting without key=value"));

    const auto failure = [&](const QString &what) { return options->probe ? fail(what) : failOnScreen(what); };
    QDir().mkpath(QFileInfo(options->databasePath).absolutePath());
    // The schema check reads a few pages; the full page-by-page check belongs to the back office, not to
    // every start of a till with a million products (0.4 s).
    auto opened = Database::open(options->databasePath, Database::IntegrityCheck::Schema);
    if (!opened)
        return failure(opened.error());
    const Database &database = **opened;
    if (const auto schema = SchemaManager(database).upgrade(); !schema.ok())
        return failure(schema.message);

    StoreSettings settings(database);
    if (!settings.isConfigured()) {
        if (auto seeded = DemoStores::seed(database, *DemoStores::fromName(options->store)); !seeded)
            return failure(seeded.error());
    }
    for (const auto &[key, value] : options->settings)
        if (auto saved = settings.setValue(key, value); !saved)
            return failure(saved.error());
    CatalogRepository catalog(database);
    auto profile = settings.loadProfile(catalog.taxClasses());
    if (!profile)
        return failure(profile.error());
    if (!options->language.isEmpty())
        profile->language = options->language;

    TillAssembly assembly(database, catalog, settings, *profile);
    // A code for a till that is already enrolled is left unused: the till keeps its credential.
    if (!options->enrollmentCode.isEmpty() && !assembly.centralAccount.enrolled()) {
        assembly.enroll(options->centralUrl, options->enrollmentCode, [](Result<void> enrolled) {
            std::fprintf(stderr, "omnitill: %s\n",
                         enrolled ? "enrolled at the central store" : qPrintable(enrolled.error()));
        });
    }
    const auto restored = assembly.restore();
    if (options->kiosk)
        assembly.enterKioskMode();
    LanguageController language;
    QQmlApplicationEngine engine;
    assembly.publishToQml(engine);
    qml::LanguageSingleton::instance = &language;
    engine.addImportPath(qmlModules);
    language.setEngine(&engine);
    if (!language.setLanguage(profile->language))
        language.setLanguage(QStringLiteral("en"));
    QObject::connect(&language, &LanguageController::languageChanged, &assembly.till, [&](const QString &code) {
        assembly.setLanguage(code);
        if (options->kiosk)
            return; // a shopper's choice is theirs alone: the next one starts in the store's language
        if (auto saved = settings.setValue(QStringLiteral("ui.language"), code); !saved)
            std::fprintf(stderr, "omnitill: %s\n", qPrintable(saved.error()));
    });
    assembly.setLanguage(language.language());
    if (!restored)
        std::fprintf(stderr, "omnitill: the open sale could not be restored: %s\n", qPrintable(restored.error()));

    std::unique_ptr<ScreenProbe> probe;
    if (options->probe) {
        probe = std::make_unique<ScreenProbe>(engine, *options->probe, options->screenshotPath);
        probe->arm();
    }
    engine.load(QUrl(options->kiosk ? QStringLiteral("qrc:/qt/qml/Omnitill/Kiosk/Main.qml")
                                    : QStringLiteral("qrc:/qt/qml/Omnitill/Cashier/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the till's screen could not be loaded"));
    if (options->fullScreen) {
        // The geometry too: without a window manager (a kiosk session) nobody else resizes the window.
        if (auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst())) {
            window->setGeometry(window->screen()->geometry());
            window->showFullScreen();
        }
    }
    if (options->customerDisplay || QGuiApplication::screens().size() > 1)
        showCustomerDisplay(engine);
    return app.exec();
}
