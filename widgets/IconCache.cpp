#include "widgets/IconCache.h"

#include <QFile>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QSvgRenderer>

namespace sky::IconCache {

namespace {

QSvgRenderer* renderer(const QString& type)
{
    static QHash<QString, QSvgRenderer*> renderers; // lives as long as the program
    auto it = renderers.find(type);
    if (it != renderers.end())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(type);
    auto* r = QFile::exists(path) ? new QSvgRenderer(path) : nullptr;
    if (r && !r->isValid()) {
        delete r;
        r = nullptr;
    }
    renderers.insert(type, r);
    return r;
}

} // namespace

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
    if (QSvgRenderer* r = renderer(type)) {
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
