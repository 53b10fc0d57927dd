#include "widgets/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace sky::Translations {

namespace {

// Owned here so a second install() replaces the first instead of stacking up.
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

bool& spanishInstalled()
{
    static bool installed = false;
    return installed;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

bool install(const QLocale& locale)
{
    uninstall();
    auto own = std::make_unique<QTranslator>();
    // load(QLocale, ...) walks the locale's UI languages (es_ES, es, ...) and finds skyforge_es.qm.
    if (!own->load(locale, QStringLiteral("skyforge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(own.get());
    spanishInstalled() = own->language().startsWith(QLatin1String("es"));
    ownTranslator() = std::move(own);
    // Qt's translations are optional (Debian: qt6-translations-l10n); without them the standard
    // buttons stay in English and the rest of the window is still translated.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

bool spanish() { return spanishInstalled(); }

void uninstall()
{
    spanishInstalled() = false;
    for (auto* slot : {&ownTranslator(), &qtTranslator()})
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
}

} // namespace sky::Translations
