#pragma once

#include <QString>

/// The one rule for control characters in user text (names, labels, notes, ...), shared by
/// the loader and the Document so that whatever the window accepts, the file loads again.
namespace sky::SafeText {

/// ESC, NUL, CR, DEL, C1 codes (U+0080-U+009F) and the rest of C0 are control characters;
/// tab and line break are text; `multiline` text (notes, reasons) may hold a carriage return.
bool isControl(char16_t ch, bool multiline);
/// "" when `text` is acceptable, else why not ("holds the control character U+001b at character 3").
QString check(const QString& text, bool multiline);
/// For messages that reach terminals and logs: control characters (and line breaks) become U+FFFD.
QString printable(QString text);

} // namespace sky::SafeText
