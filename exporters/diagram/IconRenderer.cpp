#include "exporters/diagram/IconRenderer.h"

#include <QFile>
#include <QHash>
#include <QSvgRenderer>
#include <memory>

namespace sky {

QSvgRenderer* iconRenderer(const QString& type)
{
    // Owned here, so the renderers are freed at exit (LeakSanitizer checks the GUI tests).
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    auto it = cache.find(type);
    if (it == cache.end()) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(type);
        auto renderer = QFile::exists(path) ? std::make_shared<QSvgRenderer>(path) : nullptr;
        it = cache.insert(type, renderer && renderer->isValid() ? renderer : nullptr);
    }
    return it->get();
}

} // namespace sky
