#include "model/SafeText.h"

namespace sky::SafeText {

bool isControl(char16_t ch, bool multiline)
{
    if (ch == u'\t' || ch == u'\n')
        return false;
    if (ch == u'\r')
        return !multiline;
    return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F);
}

QString check(const QString& text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text[i].unicode(), multiline))
            return QStringLiteral("holds the control character U+%1 at character %2; only tab and line break are allowed")
                .arg(text[i].unicode(), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    return {};
}

QString printable(QString text)
{
    for (QChar& ch : text)
        if (isControl(ch.unicode(), false) || ch == u'\n' || ch == u'\t')
            ch = QChar(0xFFFD);
    return text;
}

} // namespace sky::SafeText
