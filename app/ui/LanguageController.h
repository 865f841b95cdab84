#pragma once

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QQmlEngine;

namespace omnitill {

// The language of the screens: loads the translation for it and retranslates every qsTr() binding
// at once. Korean and English ship in the binary; other languages fall back to English.
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the language")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit LanguageController(QObject *parent = nullptr);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    QString language() const { return m_language; }
    // The languages the till ships, as codes ("ko", "en").
    QStringList available() const;
    // A language's name in that language, for the switch ("한국어", "English"): never translated.
    Q_INVOKABLE QString nativeName(const QString &language) const;
    // Switches and retranslates; returns false (and keeps the language) when no translation exists.
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
    QString m_language;
};

} // namespace omnitill
