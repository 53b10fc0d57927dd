#include "model/Regions.h"

#include <QHash>
#include <utility>
#include <vector>

namespace sky::Regions {

namespace {

const std::vector<std::pair<QString, QString>>& table()
{
    static const std::vector<std::pair<QString, QString>> regions{
        {QStringLiteral("us-east-1"), QStringLiteral("US East (N. Virginia)")},
        {QStringLiteral("us-east-2"), QStringLiteral("US East (Ohio)")},
        {QStringLiteral("us-west-1"), QStringLiteral("US West (N. California)")},
        {QStringLiteral("us-west-2"), QStringLiteral("US West (Oregon)")},
        {QStringLiteral("af-south-1"), QStringLiteral("Africa (Cape Town)")},
        {QStringLiteral("ap-east-1"), QStringLiteral("Asia Pacific (Hong Kong)")},
        {QStringLiteral("ap-east-2"), QStringLiteral("Asia Pacific (Taipei)")},
        {QStringLiteral("ap-south-1"), QStringLiteral("Asia Pacific (Mumbai)")},
        {QStringLiteral("ap-south-2"), QStringLiteral("Asia Pacific (Hyderabad)")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("Asia Pacific (Singapore)")},
        {QStringLiteral("ap-southeast-2"), QStringLiteral("Asia Pacific (Sydney)")},
        {QStringLiteral("ap-southeast-3"), QStringLiteral("Asia Pacific (Jakarta)")},
        {QStringLiteral("ap-southeast-4"), QStringLiteral("Asia Pacific (Melbourne)")},
        {QStringLiteral("ap-southeast-5"), QStringLiteral("Asia Pacific (Malaysia)")},
        {QStringLiteral("ap-southeast-7"), QStringLiteral("Asia Pacific (Thailand)")},
        {QStringLiteral("ap-northeast-1"), QStringLiteral("Asia Pacific (Tokyo)")},
        {QStringLiteral("ap-northeast-2"), QStringLiteral("Asia Pacific (Seoul)")},
        {QStringLiteral("ap-northeast-3"), QStringLiteral("Asia Pacific (Osaka)")},
        {QStringLiteral("ca-central-1"), QStringLiteral("Canada (Central)")},
        {QStringLiteral("ca-west-1"), QStringLiteral("Canada West (Calgary)")},
        {QStringLiteral("eu-central-1"), QStringLiteral("Europe (Frankfurt)")},
        {QStringLiteral("eu-central-2"), QStringLiteral("Europe (Zurich)")},
        {QStringLiteral("eu-west-1"), QStringLiteral("Europe (Ireland)")},
        {QStringLiteral("eu-west-2"), QStringLiteral("Europe (London)")},
        {QStringLiteral("eu-west-3"), QStringLiteral("Europe (Paris)")},
        {QStringLiteral("eu-south-1"), QStringLiteral("Europe (Milan)")},
        {QStringLiteral("eu-south-2"), QStringLiteral("Europe (Spain)")},
        {QStringLiteral("eu-north-1"), QStringLiteral("Europe (Stockholm)")},
        {QStringLiteral("il-central-1"), QStringLiteral("Israel (Tel Aviv)")},
        {QStringLiteral("me-south-1"), QStringLiteral("Middle East (Bahrain)")},
        {QStringLiteral("me-central-1"), QStringLiteral("Middle East (UAE)")},
        {QStringLiteral("mx-central-1"), QStringLiteral("Mexico (Central)")},
        {QStringLiteral("sa-east-1"), QStringLiteral("South America (São Paulo)")},
    };
    return regions;
}

} // namespace

const QStringList& all()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const auto& [code, name] : table())
            list << code;
        return list;
    }();
    return codes;
}

bool isKnown(const QString& code) { return all().contains(code); }

QString displayName(const QString& code)
{
    for (const auto& [c, name] : table())
        if (c == code)
            return name;
    return code;
}

} // namespace sky::Regions
