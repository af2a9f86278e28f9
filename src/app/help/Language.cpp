#include "app/help/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace fcte::Language {
namespace {

const QString SettingKey = QStringLiteral("interface/language");

// The translators installed now (owned by the application), replaced on each install().
QPointer<QTranslator> &programTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

Choice chosen()
{
    const QString value = QSettings().value(SettingKey).toString();
    if (value == QLatin1String("es"))
        return Choice::Spanish;
    if (value == QLatin1String("en"))
        return Choice::English;
    return Choice::System;
}

void choose(Choice choice)
{
    QSettings settings;
    switch (choice) {
    case Choice::System:
        settings.remove(SettingKey);
        break;
    case Choice::Spanish:
        settings.setValue(SettingKey, QStringLiteral("es"));
        break;
    case Choice::English:
        settings.setValue(SettingKey, QStringLiteral("en"));
        break;
    }
}

QLocale effective(Choice choice, const QLocale &systemLocale)
{
    const QLocale spanish(QLocale::Spanish, QLocale::Mexico);
    switch (choice) {
    case Choice::Spanish:
        return spanish;
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::System:
        break;
    }
    // Only two languages exist: English if the system speaks it, otherwise the original.
    if (systemLocale.language() == QLocale::English)
        return QLocale(QLocale::English, systemLocale.territory());
    return spanish;
}

bool install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    bool complete = true;
    QTranslator *program = nullptr;
    if (locale.language() != QLocale::Spanish) {
        program = new QTranslator(QCoreApplication::instance());
        if (!program->load(locale, QStringLiteral("facilitador-cte"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"))) {
            delete program;
            program = nullptr;
            complete = false;
        }
    }
    replace(programTranslator(), program);
    // Qt's own strings (Aceptar, Cancelar…) are English in the source: only Spanish loads them.
    QTranslator *qt = nullptr;
    if (locale.language() == QLocale::Spanish) {
        qt = new QTranslator(QCoreApplication::instance());
        if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
            complete = false;
        }
    }
    replace(qtTranslator(), qt);
    return complete;
}

} // namespace fcte::Language
