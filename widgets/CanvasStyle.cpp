#include "widgets/CanvasStyle.h"

#include "model/Severity.h"

namespace sky::CanvasStyle {

QColor categoryColor(const QString& category)
{
    if (category == QLatin1String("networking")) return QColor(0x8C, 0x4F, 0xFF);
    if (category == QLatin1String("compute") || category == QLatin1String("containers")) return QColor(0xED, 0x71, 0x00);
    if (category == QLatin1String("database")) return QColor(0x33, 0x34, 0xB9);
    if (category == QLatin1String("storage")) return QColor(0x7A, 0xA1, 0x16);
    if (category == QLatin1String("security")) return QColor(0xDD, 0x34, 0x4C);
    if (category == QLatin1String("management")) return QColor(0xE7, 0x15, 0x7B);
    if (category == QLatin1String("devtools")) return QColor(0x3B, 0x48, 0xCC);
    if (category == QLatin1String("groups")) return QColor(0x14, 0x7E, 0xBA);
    return QColor(0x23, 0x2F, 0x3E);
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QColor(0xB0, 0x00, 0x20);
    case Severity::High: return QColor(0xE0, 0x3C, 0x31);
    case Severity::Medium: return QColor(0xF2, 0x9D, 0x0C);
    case Severity::Low: return QColor(0x1E, 0x88, 0xE5);
    }
    return Qt::gray;
}

QColor containerOutline(const QString& type, bool publicTier)
{
    if (type == QLatin1String("region")) return QColor(0x14, 0x7E, 0xBA);
    if (type == QLatin1String("vpc")) return QColor(0x8C, 0x4F, 0xFF);
    if (type == QLatin1String("subnet")) return publicTier ? QColor(0x7A, 0xA1, 0x16) : QColor(0x14, 0x7E, 0xBA);
    return QColor(0x7D, 0x89, 0x98);
}

QColor containerFill(const QString& type, bool publicTier)
{
    if (type == QLatin1String("subnet")) {
        QColor c = publicTier ? QColor(0x7A, 0xA1, 0x16) : QColor(0x14, 0x7E, 0xBA);
        c.setAlphaF(publicTier ? 0.10f : 0.08f);
        return c;
    }
    return Qt::transparent;
}

QColor connectionColor(bool traffic) { return traffic ? QColor(0x23, 0x2F, 0x3E) : QColor(0x8A, 0x94, 0xA3); }
QColor highlightColor() { return QColor(0xFF, 0x99, 0x00); }
QColor selectionColor() { return QColor(0x00, 0x73, 0xBB); }

} // namespace sky::CanvasStyle
