#pragma once

#include <QLocale>

namespace sky::Translations {

/// Installs the window's translation for `locale` (":/i18n/skyforge_<lang>.qm", built from
/// resources/i18n/*.ts) and Qt's own (qtbase_<lang>.qm, for standard buttons and dialogs) on the
/// running application. English is the source language: nothing is installed for it, nor for a
/// language without a translation. Returns whether Skyforge's own translation was installed.
bool install(const QLocale& locale);

/// Removes what install() put in place (tests switch languages back and forth).
void uninstall();

/// True while the Spanish translation is installed: text that does not come through tr()
/// (the cost engine's wording, which exists in both languages) is then taken in Spanish.
bool spanish();

} // namespace sky::Translations
