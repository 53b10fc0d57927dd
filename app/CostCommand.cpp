#include "app/CliSupport.h"
#include "app/Commands.h"
#include "model/Catalog.h"
#include "model/cost/CostReport.h"

namespace sky {

ExitCode runCostCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("cost");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("users"), QStringLiteral("Estimate for N daily users."), QStringLiteral("N")});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command, QStringLiteral("usage: skyforge cost FILE [--format text|json] [--users N]"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cliError(io, command, QStringLiteral("unknown format '%1'; use text or json").arg(format));
    CostOptions options;
    if (parser.isSet(QStringLiteral("users"))) {
        bool ok = false;
        const int users = parser.value(QStringLiteral("users")).toInt(&ok);
        if (!ok || users < 0 || users > 100'000'000)
            return cliError(io, command, QStringLiteral("--users needs a whole number of daily users from 0 to 100000000, got '%1'")
                                             .arg(parser.value(QStringLiteral("users"))));
        options.dailyUsers = users;
    }
    const auto design = loadDesignForCli(positional.first(), io);
    if (!design)
        return ExitCode::BadInput;
    const Catalog& catalog = Catalog::builtin();
    const CostEstimate estimate = CostEstimator::estimate(*design, catalog, options);
    if (!estimate.ok())
        return cliError(io, command, estimate.error);
    // The growth table always spans the standard steps; --users only moves the estimate itself.
    CostOptions growthOptions = options;
    growthOptions.dailyUsers.reset();
    const auto growth = CostGrowth::project(*design, catalog, growthOptions);
    const auto optimisations = CostOptimiser::suggest(*design, catalog, options);
    if (format == QLatin1String("json")) {
        io.out << QString::fromStdString(CostReport::toJson(estimate, growth, optimisations).dump(2)) << Qt::endl;
    } else {
        for (const QString& w : estimate.warnings)
            io.err << positional.first() << ": warning: " << w << Qt::endl;
        io.out << CostReport::toText(design->name, estimate, growth, optimisations);
        io.out.flush();
    }
    return ExitCode::Ok;
}

} // namespace sky
