#include "model/Templates.h"

#include <QDir>
#include <QFile>

namespace sky::Templates {

namespace {
const QString kFolder = QStringLiteral(":/templates/");
const QString kSuffix = QStringLiteral(".skyforge");
} // namespace

QStringList names()
{
    QStringList result;
    const QStringList files = QDir(kFolder).entryList({QStringLiteral("*.skyforge")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result << file.chopped(kSuffix.size());
    return result;
}

QByteArray bytes(const QString& name)
{
    if (!names().contains(name))
        return {};
    QFile file(kFolder + name + kSuffix);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LoadResult load(const QString& name)
{
    const QByteArray data = bytes(name);
    if (data.isEmpty())
        return {std::nullopt,
                QStringLiteral("no template '%1'; the templates are: %2").arg(name, names().join(QStringLiteral(", "))),
                {}};
    return DesignReader::readBytes(data, QStringLiteral("template ") + name);
}

QString title(const QString& name)
{
    const LoadResult result = load(name);
    return result.ok() ? result.design->name : QString();
}

} // namespace sky::Templates
