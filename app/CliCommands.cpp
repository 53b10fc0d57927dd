#include "app/CliCommand.h"

#include "app/Commands.h"

namespace sky {

const std::vector<CliCommand>& cliCommands()
{
    static const std::vector<CliCommand> commands{
        {QStringLiteral("templates"), QStringLiteral("skyforge templates                      list the bundled templates"),
         false, runTemplatesCommand},
        {QStringLiteral("new"), QStringLiteral("skyforge new TEMPLATE -o FILE           write a bundled template to FILE"),
         false, runNewCommand},
        {QStringLiteral("check"),
         QStringLiteral("skyforge check FILE [--format text|json|sarif] [--rules EXTRA.yaml]... [--fail-on critical|high|medium|low]\n"
                        "                                        check a design against the rules (exit 1: findings at or above --fail-on)"),
         false, runCheckCommand},
        // Cost estimate (issue #6).
        {QStringLiteral("cost"),
         QStringLiteral("skyforge cost FILE [--format text|json] [--users N]   monthly cost estimate, growth, optimisations"),
         false, runCostCommand},
        // iac (issue #5)
        {QStringLiteral("export terraform"),
         QStringLiteral("skyforge export terraform FILE -o DIR   Terraform module (versions.tf, providers.tf, variables.tf, *.tf, outputs.tf)"),
         false, runExportTerraformCommand},
        {QStringLiteral("export github-actions"),
         QStringLiteral("skyforge export github-actions FILE -o FILE.yml   CI/CD workflow: test, build image, push to ECR, deploy to ECS"),
         false, runExportGithubActionsCommand},
        // Diagrams and the architecture document (issue #7).
        {QStringLiteral("export png"),
         QStringLiteral("skyforge export png FILE -o OUT.png [--scale S] [--highlight-issues]"), true, runExportPngCommand},
        {QStringLiteral("export svg"), QStringLiteral("skyforge export svg FILE -o OUT.svg [--highlight-issues]"), true,
         runExportSvgCommand},
        {QStringLiteral("export docs"),
         QStringLiteral("skyforge export docs FILE -o DIR [--lang en|es]   architecture.md: diagram, request flows, design decisions"),
         true, runExportDocsCommand},
    };
    return commands;
}

bool isCommandGroup(const QString& word)
{
    for (const CliCommand& c : cliCommands())
        if (c.name.startsWith(word + QLatin1Char(' ')))
            return true;
    return false;
}

const CliCommand* findCliCommand(const QString& name)
{
    for (const CliCommand& c : cliCommands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace sky
