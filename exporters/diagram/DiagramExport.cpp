#include "exporters/diagram/DiagramExport.h"

#include "exporters/Escaping.h"
#include "model/Catalog.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace sky::DiagramExport {

QByteArray png(const Design& design, const DiagramOptions& options, double* usedScale)
{
    DiagramRenderer renderer(design, Catalog::builtin());
    renderer.setBadges(options.badges);
    renderer.setLanguage(options.language);
    const QSizeF size = renderer.size();
    double scale = options.scale > 0 ? options.scale : 1;
    if (size.width() * size.height() * scale * scale > kMaxPixels)
        scale = std::sqrt(kMaxPixels / (size.width() * size.height()));
    if (usedScale)
        *usedScale = scale;
    QImage image(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        renderer.paint(painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
    return bytes;
}

QByteArray svg(const Design& design, const DiagramOptions& options)
{
    DiagramRenderer renderer(design, Catalog::builtin());
    renderer.setBadges(options.badges);
    renderer.setLanguage(options.language);
    const QSizeF size = renderer.size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    // QSvgGenerator (Qt 6.4) writes the title verbatim while it escapes drawn text: escape it here.
    generator.setTitle(Escaping::xml(design.name));
    generator.setDescription(QStringLiteral("AWS architecture diagram drawn by Skyforge"));
    {
        QPainter painter(&generator);
        renderer.paint(painter);
    }
    return bytes;
}

QHash<QString, Severity> loadIssueBadges(const Design& design)
{
    const Catalog& catalog = Catalog::builtin();
    QHash<QString, Severity> badges;
    for (const Component& c : design.components()) {
        const ComponentType* type = catalog.type(c.type);
        if (!type) {
            badges.insert(c.id, Severity::High);
            continue;
        }
        for (auto it = c.properties.begin(); it != c.properties.end(); ++it) {
            const PropertySpec* spec = type->property(QString::fromStdString(it.key()));
            if (spec && !Catalog::checkValue(*spec, it.value()).isEmpty()) {
                badges.insert(c.id, Severity::High);
                break;
            }
        }
    }
    return badges;
}

} // namespace sky::DiagramExport
