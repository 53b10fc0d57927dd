#include "IacDesigns.h"

#include "model/DesignReader.h"
#include "model/Templates.h"

namespace IacDesigns {

using namespace sky;

Design load(const QString& templateName)
{
    LoadResult r = Templates::load(templateName);
    Q_ASSERT(r.ok());
    return *r.design;
}

Design fixture(const QString& name)
{
    LoadResult r = DesignReader::readFile(QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/iac/fixtures/") + name + QStringLiteral(".skyforge"));
    if (!r.ok())
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(r.error));
    return *r.design;
}

Design fixtureVariant(const QString& name, const std::function<void(Design&)>& change)
{
    Design d = fixture(name);
    change(d);
    return d;
}

Design variant(const std::function<void(Design&)>& change)
{
    Design d = load(QStringLiteral("web-app-ecs"));
    change(d);
    return d;
}

void setProperty(Design& d, const QString& id, const QString& key, const Json& value)
{
    d.mutableComponent(id)->properties[key.toStdString()] = value;
}

void removeComponent(Design& d, const QString& id)
{
    for (const QString& k : d.connectionsOf(id))
        d.takeConnection(k);
    d.takeComponent(id);
}

void copyComponent(Design& d, const QString& id, const QString& newId)
{
    Component c = *d.component(id);
    c.id = newId;
    d.appendComponent(c);
}

QString hostileText()
{
    return QStringLiteral("x\" \\ \n}\nresource \"null_resource\" \"pwn\" {}\n${file(\"/etc/passwd\")} %{ if true }EOF\nEOF");
}

Design hostile()
{
    return variant([](Design& d) {
        const QString h = hostileText();
        const std::string hs = h.toStdString();
        d.name = QStringLiteral("Evil ") + h;
        d.settings["tags"] = Json{{"Owner", hs}, {hs, "value"}};
        d.settings["app_domain"] = "app.example.com" + hs;
        d.settings["api_domain"] = hs;
        setProperty(d, QStringLiteral("dns"), QStringLiteral("domain"), "example.com" + hs);
        setProperty(d, QStringLiteral("cert_app"), QStringLiteral("domain"), "app.example.com" + hs);
        setProperty(d, QStringLiteral("cert_api"), QStringLiteral("domain"), hs);
        setProperty(d, QStringLiteral("github"), QStringLiteral("repository"), "org/" + hs);
        setProperty(d, QStringLiteral("github"), QStringLiteral("branch"), hs);
        setProperty(d, QStringLiteral("api"), QStringLiteral("image"), "app:" + hs);
        setProperty(d, QStringLiteral("api"), QStringLiteral("health_check_path"), "/" + hs);
        // (A hostile alarm_email is refused by the e-mail validation of its variable at plan time.)
        for (const QString& id : {QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("alb")}) {
            d.mutableComponent(id)->name = h;
            d.mutableComponent(id)->notes = h;
        }
    });
}

} // namespace IacDesigns
