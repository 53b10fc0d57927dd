#include "widgets/IconCache.h"

#include "exporters/diagram/IconRenderer.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QSvgRenderer>

namespace sky::IconCache {

QPixmap pixmap(const QString& type, int pixels)
{
    pixels = qBound(4, pixels, 512);
    static QHash<QString, QPixmap> cache;
    const QString key = type + QLatin1Char('@') + QString::number(pixels);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pm(pixels, pixels);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (QSvgRenderer* r = iconRenderer(type)) {
        r->render(&p, QRectF(0, 0, pixels, pixels));
    } else {
        p.setBrush(QColor(0x7D, 0x89, 0x98));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(0, 0, pixels, pixels), pixels / 8.0, pixels / 8.0);
    }
    p.end();
    cache.insert(key, pm);
    return pm;
}

QIcon icon(const QString& type)
{
    QIcon result;
    for (int size : {16, 24, 32, 48})
        result.addPixmap(pixmap(type, size));
    return result;
}

} // namespace sky::IconCache
