#pragma once

#include "model/DesignReader.h"

#include <QFile>
#include <QString>
#include <nlohmann/json.hpp>

namespace docstest {

inline const QString kTemplate = QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/templates/web-app-ecs.skyforge");

/// The canonical design as JSON, to be varied by a test.
inline nlohmann::json templateJson()
{
    QFile file(kTemplate);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString());
}

inline sky::Design load(const nlohmann::json& json)
{
    sky::LoadResult result = sky::DesignReader::readBytes(QByteArray::fromStdString(json.dump()), QStringLiteral("test"));
    if (!result.ok())
        qFatal("fixture does not load: %s", qPrintable(result.error));
    return std::move(*result.design);
}

/// The hostile names every text exporter must make inert.
inline QStringList hostileNames()
{
    return {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("| broken | table"),
            QStringLiteral("\"quotes\" & 'apostrophes'"), QStringLiteral("line one\nline two\n| x |"),
            QStringLiteral("${x} %1 %2 `code` **bold** [link](javascript:alert(1))"),
            QStringLiteral("<img src=x onerror=alert(1)>")};
}

/// The template with every component, the design and the connections' labels given hostile names.
inline nlohmann::json hostileJson(const QString& hostile)
{
    nlohmann::json json = templateJson();
    json["name"] = hostile.toStdString();
    for (auto& c : json["components"])
        c["name"] = (hostile + QStringLiteral(" ") + QString::fromStdString(c["id"].get<std::string>())).toStdString();
    json["components"][15]["notes"] = hostile.toStdString();
    for (auto& k : json["connections"])
        k["label"] = hostile.toStdString();
    return json;
}

} // namespace docstest
