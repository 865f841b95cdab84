#include "LanguageController.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

namespace omnitill {

Q_LOGGING_CATEGORY(lcUi, "omnitill.ui")

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageController::available() const
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString LanguageController::nativeName(const QString &language) const
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English"); // QLocale says "American English"
    return QLocale(language).nativeLanguageName();
}

bool LanguageController::setLanguage(const QString &language)
{
    if (language == m_language)
        return true;
    QTranslator next;
    if (!next.load(QStringLiteral(":/i18n/omnitill_%1.qm").arg(language))) {
        qCWarning(lcUi) << "no translation for language" << language;
        return false;
    }
    QCoreApplication::removeTranslator(&m_translator);
    // QTranslator cannot be moved; load the same file into the installed one.
    if (!m_translator.load(QStringLiteral(":/i18n/omnitill_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(language));
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace omnitill
